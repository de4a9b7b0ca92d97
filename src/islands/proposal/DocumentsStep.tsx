import { For, Show, createSignal, onCleanup } from 'solid-js';
import { fieldId, type StepProps } from './steps';
import { ALLOWED_FILE_TYPES, DOCUMENTS, MAX_FILE_BYTES, type DocumentField } from '../../domain/proposal';
import type { StoredFile } from '../../lib/proposal-draft';
import { shrinkPhoto } from '../../lib/image-resize';

export const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

function Thumbnail(props: { file: StoredFile }) {
  if (!props.file.type.startsWith('image/')) return <span class="meta">PDF</span>;
  const url = URL.createObjectURL(props.file.blob);
  onCleanup(() => URL.revokeObjectURL(url));
  return <img src={url} alt="" width="48" height="48" />;
}

/** The four documents. Photos are shrunk on the phone as they are added, with progress shown. */
export default function DocumentsStep(props: StepProps & { onFileProblem: (field: DocumentField, message: string) => void }) {
  const [work, setWork] = createSignal<{ field: DocumentField; done: number; total: number }>();

  async function add(field: DocumentField, files: FileList | null) {
    const document = DOCUMENTS.find((candidate) => candidate.field === field)!;
    const chosen = [...(files ?? [])];
    const room = document.maxFiles - props.draft.documents[field].length;
    if (chosen.length > room) {
      props.onFileProblem(field, `${document.label}: paling banyak ${document.maxFiles} file; ${chosen.length - Math.max(0, room)} file tidak ditambahkan.`);
    }
    const accepted: StoredFile[] = [];
    const toProcess = chosen.slice(0, Math.max(0, room));
    for (const [index, file] of toProcess.entries()) {
      setWork({ field, done: index, total: toProcess.length });
      if (!(ALLOWED_FILE_TYPES as readonly string[]).includes(file.type)) {
        props.onFileProblem(field, `${document.label}: "${file.name}" bukan foto (JPEG, PNG, WebP) atau PDF.`);
        continue;
      }
      const blob = await shrinkPhoto(file).catch(() => file);
      if (blob.size > MAX_FILE_BYTES) {
        props.onFileProblem(field, `${document.label}: "${file.name}" lebih dari 10 MB.`);
        continue;
      }
      const name = blob === file ? file.name : file.name.replace(/\.[^.]+$/, '') + '.jpg';
      accepted.push({ id: crypto.randomUUID(), name, type: blob.type || file.type, size: blob.size, originalSize: file.size, blob });
    }
    setWork(undefined);
    if (accepted.length > 0) props.update({ documents: { ...props.draft.documents, [field]: [...props.draft.documents[field], ...accepted] } });
  }

  const remove = (field: DocumentField, id: string) =>
    props.update({ documents: { ...props.draft.documents, [field]: props.draft.documents[field].filter((file) => file.id !== id) } });

  return (
    <>
      <p class="hint">Foto dari kamera ponsel diperkecil otomatis (sisi terpanjang sekitar 1.600 piksel) sebelum disimpan dan dikirim, supaya cepat terkirim walau sinyal lemah.</p>
      <For each={DOCUMENTS}>
        {(document) => (
          <div class={`field${props.errors[document.field] ? ' field-error' : ''}`}>
            <label for={fieldId(document.field)}>{document.label}</label>
            <p class="hint" id={`${fieldId(document.field)}-petunjuk`}>
              Foto atau PDF, paling banyak {document.maxFiles} file.
            </p>
            <Show when={props.errors[document.field]}>
              <p class="error-message" id={`${fieldId(document.field)}-kesalahan`}>
                {props.errors[document.field]}
              </p>
            </Show>
            <input
              id={fieldId(document.field)}
              type="file"
              accept={ALLOWED_FILE_TYPES.join(',')}
              multiple={document.maxFiles > 1}
              disabled={work() !== undefined}
              aria-describedby={`${fieldId(document.field)}-petunjuk${props.errors[document.field] ? ` ${fieldId(document.field)}-kesalahan` : ''}`}
              onChange={(event) => {
                const input = event.currentTarget;
                void add(document.field, input.files).then(() => (input.value = ''));
              }}
            />
            <Show when={work()?.field === document.field}>
              <p class="hint" role="status">
                Memperkecil foto {work()!.done + 1} dari {work()!.total}…
              </p>
              <progress max={work()!.total} value={work()!.done} aria-label="Kemajuan memperkecil foto" />
            </Show>
            <ul class="file-list">
              <For each={props.draft.documents[document.field]}>
                {(file) => (
                  <li>
                    <Thumbnail file={file} />
                    <span>{file.name}</span>
                    <span class="meta">
                      {formatBytes(file.size)}
                      {file.originalSize > file.size && ` (diperkecil dari ${formatBytes(file.originalSize)})`}
                    </span>
                    <button type="button" class="link-button" onClick={() => remove(document.field, file.id)}>
                      Hapus<span class="visually-hidden"> {file.name}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </For>
    </>
  );
}
