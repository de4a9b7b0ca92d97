import { For, Show, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import DocumentPicker from '../form/DocumentPicker';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../domain/document-files';
import { APPLICATION_LIMITS } from '../../domain/online-application';
import { STATUS_ACCESS_HOURS } from '../../domain/public-status';
import type { StatusAccess } from '../../lib/status-api';
import { ROUTES, routeUrl } from '../../lib/api-address';
import type { AnswerOf } from '../../domain/routes';
import { uploadRecord } from '../../lib/upload';
import type { StoredFile } from '../../lib/stored-file';

interface Props {
  /** The requirements sent as documents, one of which staff asked for. */
  requirements: string[];
  access: StatusAccess;
  onSent: () => void;
}

/**
 * Sends the document staff asked for, with the access the lookup gave this page (POST
 * /api/layanan/lengkapi): no new application, the same number. The access lasts hours, so a
 * slow upload on a weak signal is not refused at its end.
 */
export default function ResendDocuments(props: Props) {
  const [requirement, setRequirement] = createSignal(props.requirements.length === 1 ? props.requirements[0]! : '');
  const [files, setFiles] = createSignal<StoredFile[]>([]);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [progress, setProgress] = createSignal<number>();
  const errorFor = (id: string) => errors().find((error) => error.fieldId === id)?.message;

  async function send(event: SubmitEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!requirement())
      problems.push({ fieldId: 'lengkapi-dokumen', message: 'Pilih dokumen mana yang Anda kirim ulang.' });
    if (files().length === 0) problems.push({ fieldId: 'lengkapi-file', message: 'Pilih foto atau PDF dokumennya.' });
    setErrors(problems);
    if (problems.length > 0) return;
    const form = new FormData();
    form.append('akses', props.access.token);
    form.append('document_requirements', JSON.stringify(files().map(() => requirement())));
    for (const file of files()) form.append('documents', file.blob, file.name);
    setProgress(0);
    const outcome = await uploadRecord<AnswerOf<typeof ROUTES.documentResend>>(
      routeUrl(ROUTES.documentResend),
      form,
      null,
      (sent, total) => setProgress(sent / Math.max(1, total)),
    );
    setProgress(undefined);
    if (outcome.kind === 'sent') return props.onSent();
    const message =
      outcome.kind === 'refused'
        ? (outcome.problems[0]?.message ?? outcome.message)
        : outcome.kind === 'signed-out'
          ? `Halaman ini sudah lebih dari ${STATUS_ACCESS_HOURS} jam terbuka. Tekan "Cek status" lagi, lalu kirim ` +
            'dokumennya; file yang Anda pilih tetap di sini.'
          : 'Dokumen belum terkirim: sambungan terputus atau server sibuk. File yang Anda pilih tetap di sini; tekan "Kirim dokumen" lagi.';
    setErrors([{ fieldId: 'lengkapi-file', message }]);
  }

  return (
    <form onSubmit={send} novalidate>
      <ErrorSummary errors={errors()} />
      <Show when={props.requirements.length > 1}>
        <div class={`field${errorFor('lengkapi-dokumen') ? ' field-error' : ''}`}>
          <fieldset>
            <legend>Dokumen yang dikirim ulang</legend>
            <Show when={errorFor('lengkapi-dokumen')}>
              <p class="error-message">{errorFor('lengkapi-dokumen')}</p>
            </Show>
            <div class="radios">
              <For each={props.requirements}>
                {(option, index) => (
                  <label class="radio">
                    <input
                      type="radio"
                      id={index() === 0 ? 'lengkapi-dokumen' : `lengkapi-dokumen-${index()}`}
                      name="lengkapi-dokumen"
                      checked={requirement() === option}
                      onChange={() => setRequirement(option)}
                    />
                    <span>{option}</span>
                  </label>
                )}
              </For>
            </div>
          </fieldset>
        </div>
      </Show>
      <DocumentPicker
        id="lengkapi-file"
        label={requirement() ? `Foto atau PDF: ${requirement()}` : 'Foto atau PDF dokumennya'}
        hint={`Paling banyak ${APPLICATION_LIMITS.filesPerDocument} file. Foto diperkecil otomatis sebelum dikirim.`}
        maxFiles={APPLICATION_LIMITS.filesPerDocument}
        allowedTypes={ALLOWED_FILE_TYPES}
        maxBytes={MAX_FILE_BYTES}
        files={files()}
        error={errorFor('lengkapi-file')}
        onChange={setFiles}
        onProblem={(message) => setErrors([{ fieldId: 'lengkapi-file', message }])}
      />
      <Show when={progress() !== undefined}>
        <p class="hint" role="status">
          Mengirim dokumen… {Math.round(progress()! * 100)}%
        </p>
        <progress max={1} value={progress()} aria-label="Kemajuan pengiriman dokumen" />
      </Show>
      <button class="button" type="submit" disabled={progress() !== undefined}>
        Kirim dokumen
      </button>
    </form>
  );
}
