import { Show, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { RadioGroup } from '../form/fields';
import {
  DATA_SUBJECT_REQUESTS,
  type DataSubjectRequestKind,
  isDataSubjectRequestKind,
} from '../../domain/data-subject-request';
import type { StatusAccess } from '../../lib/status-api';
import { ROUTES, type AnswerOf, type RequestOf } from '../../domain/routes';
import { routeUrl } from '../../lib/api-address';
import { PRIVACY_PATH, statusPagePath } from '../../lib/paths';

const KINDS = Object.keys(DATA_SUBJECT_REQUESTS) as DataSubjectRequestKind[];

interface Props {
  access: StatusAccess;
}

/**
 * "Data pribadi Anda": a copy of what is kept, or its erasure (src/domain/data-subject-request.ts),
 * asked with the access the lookup gave this page; the request gets a number of its own.
 */
export default function DataSubjectRequest(props: Props) {
  const [kind, setKind] = createSignal<DataSubjectRequestKind | ''>('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [filed, setFiled] = createSignal<string | null>(null);
  // One request however often the button is pressed or the connection drops (the server answers a retry with the first).
  const key = crypto.randomUUID();
  const problem = (message: string) => setErrors([{ fieldId: 'data-pribadi-pilihan', message }]);

  async function send(event: SubmitEvent) {
    event.preventDefault();
    const chosen = kind();
    if (!isDataSubjectRequestKind(chosen)) return problem('Pilih: salinan data atau penghapusan data.');
    setBusy(true);
    try {
      const response = await fetch(routeUrl(ROUTES.dataSubjectRequest), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          akses: props.access.token,
          request: chosen,
          key,
        } satisfies RequestOf<typeof ROUTES.dataSubjectRequest>),
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) return problem(body.message ?? 'Permintaan belum terkirim. Coba lagi.');
      setErrors([]);
      setFiled((body as AnswerOf<typeof ROUTES.dataSubjectRequest>).number);
    } catch {
      problem(
        'Permintaan belum terkirim: tidak ada sambungan. Pilihan Anda tetap di sini; tekan "Kirim permintaan" lagi.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="callout" aria-labelledby="data-pribadi-judul">
      <h3 id="data-pribadi-judul">Data pribadi Anda</h3>
      <Show
        when={filed()}
        fallback={
          <form onSubmit={send} novalidate>
            <ErrorSummary errors={errors()} />
            <p>
              Anda berhak mendapat salinan data yang disimpan kantor tentang Anda, atau meminta penghapusannya.{' '}
              <a href={PRIVACY_PATH}>Apa yang disimpan dan hak Anda</a>.
            </p>
            <RadioGroup
              id="data-pribadi-pilihan"
              name="data-pribadi"
              label="Apa yang Anda minta?"
              hint={KINDS.map(
                (value) => `${DATA_SUBJECT_REQUESTS[value].label}: ${DATA_SUBJECT_REQUESTS[value].hint}`,
              ).join(' ')}
              value={kind()}
              options={KINDS.map((value) => ({
                value,
                label: DATA_SUBJECT_REQUESTS[value].label,
              }))}
              error={errors()[0]?.message}
              onChange={(value) => {
                setKind(value as DataSubjectRequestKind);
                setErrors([]);
              }}
            />
            <button class="button" type="submit" disabled={busy()}>
              {busy() ? 'Mengirim…' : 'Kirim permintaan'}
            </button>
          </form>
        }
      >
        {(number) => (
          <p role="status">
            Permintaan Anda tercatat dengan nomor <strong>{number()}</strong>. Kantor menjawabnya di halaman statusnya:{' '}
            <a href={statusPagePath(number())}>cek nomor {number()}</a> dengan 4 angka yang sama.
          </p>
        )}
      </Show>
    </section>
  );
}
