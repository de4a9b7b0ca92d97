// Sends one proposal with upload progress (XMLHttpRequest: fetch cannot report upload progress)
// and says what happened in terms the outbox acts on.
import type { RecordModel } from 'pocketbase';
import { POCKETBASE_URL } from './pocketbase-client';

export type SendOutcome =
  | { kind: 'sent'; record: RecordModel }
  /** The server refused the content: show the problems, do not retry as is. */
  | { kind: 'refused'; problems: { field: string; message: string }[]; message: string }
  /** The session ended: sign in again, then it is sent. */
  | { kind: 'signed-out' }
  /** No connection, a timeout, a busy or failing server: try again later. */
  | { kind: 'retry-later'; reason: string };

const TIMEOUT_MS = 10 * 60 * 1000;
/** A connection that moved no byte for this long has dropped, even if the phone does not know yet. */
const STALL_MS = 30 * 1000;

export function sendProposal(form: FormData, token: string, onProgress: (sent: number, total: number) => void): Promise<SendOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    let stall: ReturnType<typeof setTimeout> | undefined;
    const dropped = () => request.abort();
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(dropped, STALL_MS);
    };
    const settle = (outcome: SendOutcome) => {
      clearTimeout(stall);
      window.removeEventListener('offline', dropped);
      resolve(outcome);
    };
    window.addEventListener('offline', dropped);
    request.open('POST', new URL('api/collections/proposals/records', new URL(POCKETBASE_URL, location.href)).href);
    request.setRequestHeader('Authorization', token);
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
      if (request.status === 200) return settle({ kind: 'sent', record: body as RecordModel });
      if (request.status === 401 || request.status === 403) return settle({ kind: 'signed-out' });
      if (request.status === 400) {
        const problems = Object.entries((body.data ?? {}) as Record<string, { message: string }>).map(([field, problem]) => ({ field, message: problem.message }));
        return settle({ kind: 'refused', problems, message: body.message ?? 'Usulan ditolak server.' });
      }
      settle({ kind: 'retry-later', reason: `Server menjawab ${request.status}` });
    });
    request.addEventListener('error', () => settle({ kind: 'retry-later', reason: 'Tidak ada sambungan' }));
    request.addEventListener('abort', () => settle({ kind: 'retry-later', reason: 'Sambungan terputus' }));
    request.addEventListener('timeout', () => settle({ kind: 'retry-later', reason: 'Sambungan terlalu lambat' }));
    watch();
    request.send(form);
  });
}
