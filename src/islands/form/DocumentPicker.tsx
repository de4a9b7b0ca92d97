// One document of a form: photos or PDFs chosen on the phone, shrunk as they are added (with
// progress), listed with their size and a way to remove each. Used by the village proposal and
// the online application forms. The picker stays busy until its form has kept the files (onChange's
// promise), so a reload once it is free again cannot lose them.
import { For, Show, createSignal, onCleanup } from 'solid-js';
import { storedFileFrom, type StoredFile } from '../../lib/stored-file';
import { formatBytes } from '../../lib/bytes';

function Thumbnail(props: { file: StoredFile }) {
  if (!props.file.type.startsWith('image/')) return <span class="meta">PDF</span>;
  const url = URL.createObjectURL(props.file.blob);
  onCleanup(() => URL.revokeObjectURL(url));
  return <img src={url} alt="" width="48" height="48" />;
}

interface Props {
  id: string;
  label: string;
  hint: string;
  maxFiles: number;
  allowedTypes: readonly string[];
  maxBytes: number;
  files: StoredFile[];
  error?: string | undefined;
  /** The files now chosen; a form that keeps them on the phone resolves once they are kept. */
  onChange: (files: StoredFile[]) => void | Promise<void>;
  onProblem: (message: string) => void;
}

export default function DocumentPicker(props: Props) {
  const [work, setWork] = createSignal<{ done: number; total: number }>();

  async function add(chosenFiles: FileList | null) {
    const chosen = [...(chosenFiles ?? [])];
    const room = props.maxFiles - props.files.length;
    if (chosen.length > room)
      props.onProblem(
        `${props.label}: paling banyak ${props.maxFiles} file; ${chosen.length - Math.max(0, room)} file tidak ditambahkan.`,
      );
    const accepted: StoredFile[] = [];
    const toProcess = chosen.slice(0, Math.max(0, room));
    for (const [index, file] of toProcess.entries()) {
      setWork({ done: index, total: toProcess.length });
      const stored = await storedFileFrom(file, props.allowedTypes, props.maxBytes, props.label);
      if ('problem' in stored) props.onProblem(stored.problem);
      else accepted.push(stored);
    }
    if (accepted.length > 0) {
      setWork({ done: toProcess.length, total: toProcess.length });
      await props.onChange([...props.files, ...accepted]);
    }
    setWork(undefined);
  }

  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <p class="hint" id={`${props.id}-petunjuk`}>
        {props.hint}
      </p>
      <Show when={props.error}>
        <p class="error-message" id={`${props.id}-kesalahan`}>
          {props.error}
        </p>
      </Show>
      <input
        id={props.id}
        type="file"
        accept={props.allowedTypes.join(',')}
        multiple={props.maxFiles > 1}
        disabled={work() !== undefined}
        aria-describedby={`${props.id}-petunjuk${props.error ? ` ${props.id}-kesalahan` : ''}`}
        onChange={(event) => {
          const input = event.currentTarget;
          void add(input.files).then(() => (input.value = ''));
        }}
      />
      <Show when={work()}>
        {(progress) => (
          <>
            <p class="hint" role="status">
              {progress().done < progress().total
                ? `Memperkecil foto ${progress().done + 1} dari ${progress().total}…`
                : 'Menyimpan di ponsel ini…'}
            </p>
            <progress max={progress().total} value={progress().done} aria-label="Kemajuan memperkecil foto" />
          </>
        )}
      </Show>
      {/* The browser's own "no file chosen" is hidden (the input empties after each pick): this says it. */}
      <Show when={props.files.length === 0 && !work()}>
        <p class="hint no-files">Belum ada file.</p>
      </Show>
      <ul class="file-list">
        <For each={props.files}>
          {(file) => (
            <li>
              <Thumbnail file={file} />
              <span>{file.name}</span>
              <span class="meta">
                {formatBytes(file.size)}
                {file.originalSize > file.size && ` (diperkecil dari ${formatBytes(file.originalSize)})`}
              </span>
              <button
                type="button"
                class="link-button"
                onClick={() => props.onChange(props.files.filter((kept) => kept.id !== file.id))}
              >
                Hapus<span class="visually-hidden"> {file.name}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
