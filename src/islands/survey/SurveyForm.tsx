import { For, Show, createSignal, onMount } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { RadioGroup, SelectField, TextArea } from '../form/fields';
import {
  PROFILE_FIELDS,
  RESPONDENT_PROFILE,
  SURVEY_ELEMENTS,
  SURVEY_LIMITS,
  SURVEY_TICKET_FIELD,
  readSurveyInput,
  readTicket,
  type SurveyOffer,
} from '../../domain/satisfaction-survey';
import { COUNTER_FORM_ACTION, sendSurvey } from '../../lib/survey-api';
import SurveyConfirmation from './SurveyConfirmation';

/** The form's id of a field (the first radio of an element), for the error summary's links. */
const fieldId = (field: string) => `survei-${field}`;

const UNREACHABLE =
  'Penilaian belum terkirim: tidak dapat terhubung ke server. Periksa sinyal, lalu tekan "Kirim penilaian" lagi; jawaban Anda tetap di sini.';

interface Props {
  /** At the counter: the office's services to choose from. The form then also works without JavaScript (a plain HTML form). */
  counter?: { services: { slug: string; title: string }[] };
  /** From the status page of a finished request, proposal or complaint: the access its lookup gave. */
  access?: string;
  /** Answers to start from (the response this device sent before, to change it). */
  initial?: Record<string, string>;
  onSent?: (offer: SurveyOffer | null, answers: Record<string, string>) => void;
}

/**
 * The questionnaire of PermenPANRB 14/2017 on one page (src/domain/satisfaction-survey.ts): nine
 * questions of four answers each, any of which may be skipped, an optional profile, a suggestion;
 * then a confirmation saying what happens next.
 */
export default function SurveyForm(props: Props) {
  const [values, setValues] = createSignal<Record<string, string>>({ ...props.initial });
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [sending, setSending] = createSignal(false);
  const [checking, setChecking] = createSignal<number>();
  const [problem, setProblem] = createSignal<string>();
  const [sent, setSent] = createSignal<{ state: 'baru' | 'diubah'; offer: SurveyOffer | null }>();
  const value = (field: string) => values()[field] ?? '';
  const set = (field: string) => (next: string) => setValues({ ...values(), [field]: next });
  const errorFor = (field: string) => errors().find((error) => error.fieldId === fieldId(field))?.message;

  /** From the receipt's QR code: its request's ticket (SURVEY_TICKET_FIELD), so the response counts. */
  const [ticket, setTicket] = createSignal<{ text: string; number: string }>();

  onMount(() => {
    // The receipt's QR code names the service received: chosen already.
    const named = new URLSearchParams(location.search).get('layanan');
    if (props.counter && named && props.counter.services.some((service) => service.slug === named))
      set('service')(named);
    const text = new URLSearchParams(location.hash.slice(1)).get(SURVEY_TICKET_FIELD) ?? '';
    const read = props.counter ? readTicket(text) : null;
    if (read) setTicket({ text, number: read.number });
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (sending()) return;
    setProblem(undefined);
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const { problems } = readSurveyInput((field) => String(form.get(field) ?? ''), { counter: !!props.counter });
    setErrors(problems.map((found) => ({ fieldId: fieldId(found.field), message: found.message })));
    if (problems.length > 0) return;
    if (props.access) form.set('akses', props.access);
    const fromReceipt = ticket();
    if (fromReceipt) form.set(SURVEY_TICKET_FIELD, fromReceipt.text);
    setSending(true);
    const outcome = await sendSurvey(props.access || fromReceipt ? 'nomor' : 'loket', form, setChecking);
    setSending(false);
    setChecking(undefined);
    switch (outcome.kind) {
      case 'sent':
        setSent({ state: outcome.state, offer: outcome.offer });
        props.onSent?.(outcome.offer, values());
        queueMicrotask(() => document.getElementById('survei-terkirim')?.focus());
        break;
      case 'invalid':
        setErrors(outcome.problems.map((found) => ({ fieldId: fieldId(found.field), message: found.message })));
        break;
      case 'refused':
        setProblem(outcome.message);
        break;
      case 'unreachable':
        setProblem(UNREACHABLE);
        break;
      case 'server-error':
        setProblem('Server sedang bermasalah. Coba kirim lagi beberapa menit lagi; jawaban Anda tetap di sini.');
        break;
    }
  }

  return (
    <Show
      when={sent()}
      fallback={
        <form
          class="survey-form"
          method="post"
          action={props.counter ? COUNTER_FORM_ACTION : undefined}
          enctype="multipart/form-data"
          onSubmit={submit}
          novalidate
          aria-busy={sending()}
        >
          <ErrorSummary errors={errors()} />
          <Show when={ticket()}>
            {(fromReceipt) => (
              <p class="callout">
                Penilaian untuk permohonan <strong class="nomor">{fromReceipt().number}</strong> (dari kode QR tanda
                terima): dihitung dalam nilai kinerja yang diumumkan, satu kali untuk permohonan ini.
              </p>
            )}
          </Show>
          <Show when={props.counter}>
            {(counter) => (
              <SelectField
                id={fieldId('service')}
                name="service"
                label="Layanan yang Anda terima"
                empty="— Pilih layanan —"
                value={value('service')}
                error={errorFor('service')}
                options={counter().services.map((service) => ({ value: service.slug, label: service.title }))}
                onChange={set('service')}
              />
            )}
          </Show>
          <p class="hint">
            Pilih satu jawaban untuk tiap pertanyaan. Lewati pertanyaan tentang hal yang tidak Anda alami.
          </p>
          <For each={SURVEY_ELEMENTS}>
            {(element, index) => (
              <RadioGroup
                id={fieldId(element.key)}
                name={element.key}
                label={`${index() + 1}. ${element.question}`}
                hint={element.explanation}
                value={value(element.key)}
                error={errorFor(element.key)}
                options={element.answers.map((answer, score) => ({ value: String(score + 1), label: answer }))}
                onChange={set(element.key)}
              />
            )}
          </For>
          <fieldset class="survey-profile">
            <legend>Tentang Anda (boleh dikosongkan)</legend>
            <p class="hint">
              Dipakai hanya untuk menghitung berapa responden per kelompok. Nama, NIK dan nomor HP tidak ditanyakan.
            </p>
            <For each={PROFILE_FIELDS}>
              {(field) => (
                <SelectField
                  id={fieldId(field)}
                  name={field}
                  label={RESPONDENT_PROFILE[field].label}
                  empty="Tidak diisi"
                  value={value(field)}
                  error={errorFor(field)}
                  options={Object.entries(RESPONDENT_PROFILE[field].options).map(([option, label]) => ({
                    value: option,
                    label,
                  }))}
                  onChange={set(field)}
                />
              )}
            </For>
          </fieldset>
          <TextArea
            id={fieldId('suggestion')}
            name="suggestion"
            label="Saran untuk perbaikan layanan (boleh dikosongkan)"
            hint="Dibaca kepala bidang tanpa nama Anda. Jangan menuliskan nama, NIK atau nomor HP."
            maxlength={SURVEY_LIMITS.suggestion}
            value={value('suggestion')}
            error={errorFor('suggestion')}
            onInput={set('suggestion')}
          />
          <div aria-live="polite">
            <Show when={checking() !== undefined}>
              <p class="hint">Perangkat Anda memeriksa keamanan sebentar…</p>
              <progress max={1} value={checking()} aria-label="Pemeriksaan keamanan" />
            </Show>
            <Show when={problem()}>
              <p class="callout" role="alert">
                {problem()}
              </p>
            </Show>
          </div>
          <div class="form-actions">
            <button class="button" type="submit" disabled={sending()}>
              {sending() ? 'Sedang mengirim…' : 'Kirim penilaian'}
            </button>
          </div>
        </form>
      }
    >
      {(done) => (
        <SurveyConfirmation changed={done().state === 'diubah'} offer={done().offer} headingId="survei-terkirim" />
      )}
    </Show>
  );
}
