import { Show, Suspense, createSignal, lazy } from 'solid-js';
import type SurveyFormComponent from '../survey/SurveyForm';
import type { StatusLookupAnswer as Result } from '../../domain/public-status';
import type { StatusAccess } from '../../lib/status-api';
import type { SurveyOffer as Offer } from '../../domain/satisfaction-survey';
import { formatDateTime } from '../../lib/dates';
import { keep, readKept } from '../../lib/kept-on-device';

// The questionnaire loads only when the applicant chooses to answer it, and is not precached (a
// response cannot be sent offline): if it cannot be fetched (offline, or the server has a newer
// build by then), it asks to reload.
const FormUnavailable: typeof SurveyFormComponent = () => (
  <p class="callout" role="alert">
    Formulir penilaian belum dapat dimuat. Muat ulang halaman saat terhubung ke internet, lalu cek status lagi.
  </p>
);
const SurveyForm = lazy(() => import('../survey/SurveyForm').catch(() => ({ default: FormUnavailable })));

/** This device's own answers per number, so changing a response starts from it (nothing else is kept). */
const SAVED_PREFIX = 'penilaian:';

/**
 * "Beri penilaian layanan" on the status page of a finished request or proposal: the satisfaction
 * survey, answered once with this number and changed within 7 days.
 */
export default function SurveyOffer(props: { result: Result; access: StatusAccess | undefined }) {
  const [offer, setOffer] = createSignal<Offer>(props.result.survey ?? { submittedAt: null, editableUntil: null });
  const [open, setOpen] = createSignal(false);
  const editable = () => !offer().editableUntil || new Date(offer().editableUntil!).getTime() > Date.now();
  return (
    <section class="survey-offer" aria-labelledby="penilaian-judul">
      <h3 id="penilaian-judul">Beri penilaian layanan</h3>
      <Show
        when={offer().submittedAt}
        fallback={
          <p>
            Bagaimana layanan yang Anda terima? Jawab sembilan pertanyaan singkat (Survei Kepuasan Masyarakat);
            penilaian Anda tidak dikaitkan dengan nama Anda.
          </p>
        }
      >
        {(submittedAt) => (
          <p>
            Anda sudah memberi penilaian pada {formatDateTime(submittedAt())}.{' '}
            {editable()
              ? `Anda dapat mengubahnya sampai ${formatDateTime(offer().editableUntil!)}.`
              : 'Terima kasih atas penilaian Anda.'}
          </p>
        )}
      </Show>
      <Show when={editable()}>
        <Show
          when={props.access}
          fallback={
            <p class="hint">
              Untuk memberi penilaian, buka halaman ini saat terhubung ke internet dan cek status lagi.
            </p>
          }
        >
          {(access) => (
            <Show
              when={open()}
              fallback={
                <button class="button" type="button" onClick={() => setOpen(true)}>
                  {offer().submittedAt ? 'Ubah penilaian' : 'Beri penilaian layanan'}
                </button>
              }
            >
              <Suspense fallback={<p class="hint">Memuat formulir penilaian…</p>}>
                <SurveyForm
                  access={access().token}
                  initial={readKept<Record<string, string>>(SAVED_PREFIX + props.result.number)}
                  onSent={(sent, answers) => {
                    if (sent) setOffer(sent);
                    keep(SAVED_PREFIX + props.result.number, answers);
                  }}
                />
              </Suspense>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
