// Creates a record with a multipart upload and reports its progress (XMLHttpRequest: fetch cannot
// report upload progress), ending in the terms the outbox acts on (src/lib/outbox.ts).
import type { SendOutcome } from './outbox';

const TIMEOUT_MS = 10 * 60 * 1000;
/** A connection that moved no byte for this long has dropped, even if the phone does not know yet. */
const STALL_MS = 30 * 1000;

/** POSTs `form` to `url` (a PocketBase create route), as the account whose token is given, if any. */
export function uploadRecord<Result>(
  url: string,
  form: FormData,
  token: string | null,
  onProgress: (sent: number, total: number) => void,
): Promise<SendOutcome<Result>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    let stall: ReturnType<typeof setTimeout> | undefined;
    const dropped = () => request.abort();
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(dropped, STALL_MS);
    };
    const settle = (outcome: SendOutcome<Result>) => {
      clearTimeout(stall);
      window.removeEventListener('offline', dropped);
      resolve(outcome);
    };
    window.addEventListener('offline', dropped);
    request.open('POST', url);
    if (token) request.setRequestHeader('Authorization', token);
    request.timeout = TIMEOUT_MS;
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      watch();
      onProgress(event.loaded, event.total);
    });
    // Once everything is uploaded the server may take a moment; only the upload can stall.
    request.upload.addEventListener('load', () => clearTimeout(stall));
    request.addEventListener('load', () => {
      const body = request.response ?? {};
      if (request.status === 200) return settle({ kind: 'sent', result: body as Result });
      if (request.status === 401 || request.status === 403) return settle({ kind: 'signed-out' });
      if (request.status === 400) {
        const problems = Object.entries((body.data ?? {}) as Record<string, { message: string }>).map(
          ([field, problem]) => ({ field, message: problem.message }),
        );
        return settle({
          kind: 'refused',
          problems,
          message: body.message ?? 'Server menolak kiriman ini; periksa isiannya.',
        });
      }
      // The server may say why (a full disk, today's upload budget): its words, without the final stop.
      const said = typeof body.message === 'string' ? body.message.replace(/\.$/, '') : '';
      settle({ kind: 'retry-later', reason: said || `Server menjawab ${request.status}` });
    });
    request.addEventListener('error', () => settle({ kind: 'retry-later', reason: 'Tidak ada sambungan' }));
    request.addEventListener('abort', () => settle({ kind: 'retry-later', reason: 'Sambungan terputus' }));
    request.addEventListener('timeout', () => settle({ kind: 'retry-later', reason: 'Sambungan terlalu lambat' }));
    watch();
    request.send(form);
  });
}
