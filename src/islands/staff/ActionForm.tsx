import { For, Show, createSignal, type JSX } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { RadioGroup, TextArea } from '../form/fields';
import { withoutFixed, type Problem } from '../form/step-form';
import { serverProblems } from './server-problems';

export interface ActionValues {
  status: string;
  publicNote: string;
  internalNote: string;
}

interface Props {
  idPrefix: string;
  statuses: { value: string; label: string }[];
  /** Extra fields above the notes (the step of a request). */
  children?: JSX.Element;
  /** Fields the chosen status needs (the unit a complaint is passed to), below the choice. */
  fieldsFor?: (status: string) => JSX.Element;
  /** What is chosen, and what the error says when nothing is: by default the next status. */
  choice?: { label: string; missing: string };
  /** Said instead of the form when there is nothing left to choose (a finished record). */
  noActions?: string;
  /** What the public note is for this record; by default a note for the applicant. */
  publicNoteLabel?: string;
  save: (values: ActionValues) => Promise<unknown>;
  /** After saving; a promise when the record is being reloaded, so the confirmation is scrolled to once it has. */
  onSaved: () => unknown;
}

/** Moves a request or proposal along: a status, a public note for the applicant, an internal note. */
export default function ActionForm(props: Props) {
  // No decision is chosen for the user: pressing "Simpan" without choosing does nothing but ask.
  const [status, setStatus] = createSignal('');
  const [saved, setSaved] = createSignal<string>();
  const [publicNote, setPublicNote] = createSignal('');
  const [internalNote, setInternalNote] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  let confirmation: HTMLParagraphElement | undefined;
  const fieldIds = {
    status: `${props.idPrefix}-status`,
    public_note: `${props.idPrefix}-publik`,
    internal_note: `${props.idPrefix}-internal`,
  };
  /** What the form itself checks: a status or decision is chosen. The server checks the rest. */
  const problems = (chosen: string): Problem[] =>
    props.statuses.some((option) => option.value === chosen)
      ? []
      : [{ field: fieldIds.status, message: props.choice?.missing ?? 'Pilih status atau keputusan berikutnya.' }];
  /** Edits a field: an error it fixed goes at once (src/islands/form/step-form.ts). */
  function edit(fieldId: string, change: () => void) {
    const before = problems(status());
    change();
    const shown = errors().map((error) => ({ ...error, field: error.fieldId }));
    setErrors(withoutFixed(shown, before, problems(status()), [fieldId]));
  }

  const errorFor = (fieldId: string) => errors().find((error) => error.fieldId === fieldId)?.message;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setSaved(undefined);
    const missing = problems(status());
    if (missing.length > 0) {
      setErrors(missing.map((problem) => ({ fieldId: problem.field, message: problem.message })));
      return;
    }
    setBusy(true);
    try {
      await props.save({ status: status(), publicNote: publicNote().trim(), internalNote: internalNote().trim() });
      setSaved(props.statuses.find((option) => option.value === status())?.label);
      setStatus('');
      setPublicNote('');
      setInternalNote('');
      setErrors([]);
      const reloaded = props.onSaved();
      // What the reload adds above (a new timeline entry) must not push the confirmation out of sight.
      void Promise.resolve(reloaded)
        .catch(() => undefined)
        .then(() => confirmation?.scrollIntoView({ block: 'nearest' }));
    } catch (error) {
      // Each of the server's reasons at its own field where the form has it (a note), else at the choice.
      setErrors(
        serverProblems(error, {
          fieldId: (field) => fieldIds[field as keyof typeof fieldIds],
          fallback: fieldIds.status,
          unreachable: 'Tidak dapat menyimpan. Periksa koneksi, lalu coba lagi.',
          // A refusal naming no field is the create rule's: this account may not record that status.
          refused: (_message, status) =>
            status === 400
              ? 'Anda tidak berwenang mengambil keputusan ini. Muat ulang halaman: pilihan yang tampil adalah yang boleh Anda ambil.'
              : undefined,
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} novalidate class="action-form">
      <ErrorSummary errors={errors()} />
      {props.children}
      <Show
        when={props.statuses.length > 0}
        fallback={<p>{props.noActions ?? 'Tidak ada langkah lanjutan yang dapat Anda ambil.'}</p>}
      >
        <RadioGroup
          id={fieldIds.status}
          name={fieldIds.status}
          label={props.choice?.label ?? 'Status'}
          value={status()}
          options={props.statuses}
          error={errorFor(fieldIds.status)}
          onChange={(value) => edit(fieldIds.status, () => setStatus(value))}
        />
        {props.fieldsFor?.(status())}
        <TextArea
          id={fieldIds.public_note}
          label={props.publicNoteLabel ?? 'Catatan untuk pemohon (tampil di halaman cek status)'}
          rows={2}
          value={publicNote()}
          error={errorFor(fieldIds.public_note)}
          onInput={(value) => edit(fieldIds.public_note, () => setPublicNote(value))}
        />
        <TextArea
          id={fieldIds.internal_note}
          label="Catatan internal (tidak pernah tampil untuk publik)"
          rows={2}
          value={internalNote()}
          error={errorFor(fieldIds.internal_note)}
          onInput={(value) => edit(fieldIds.internal_note, () => setInternalNote(value))}
        />
        <button class="button" type="submit" disabled={busy()}>
          {busy() ? 'Menyimpan…' : 'Simpan'}
        </button>
      </Show>
      {/* Beside "Simpan", where the eye is after pressing it; present from the start so screen readers announce it,
          and still there when the decision just saved finished the record and left nothing to choose. */}
      <p role="status" ref={confirmation} class={saved() ? 'callout saved' : 'visually-hidden'}>
        {saved() ? `Tersimpan: ${saved()}.` : ''}
      </p>
    </form>
  );
}

export function Timeline(props: {
  events: { at: string; label: string; publicNote: string; internalNote: string; by: string }[];
  format: (iso: string) => string;
  /** Who reads the public notes: "pemohon" by default, "pelapor" for complaints, "desa" for proposals. */
  reader?: string;
}) {
  return (
    <ol class="timeline">
      <For each={props.events}>
        {(event) => (
          <li class="timeline-step step-selesai">
            <span class="step-name">{event.label}</span>
            <p class="step-event">
              {props.format(event.at)}
              {event.by && ` — ${event.by}`}
            </p>
            <Show when={event.publicNote}>
              <p class="step-event">
                Untuk {props.reader ?? 'pemohon'}: {event.publicNote}
              </p>
            </Show>
            <Show when={event.internalNote}>
              <p class="step-event">Internal: {event.internalNote}</p>
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
