import { Show } from 'solid-js';

/** The pages of a staff list: back, which page this is, and on. Shown only when there is more than one. */
export default function Pager(props: {
  /** Names the navigation: "Halaman antrean". */
  label: string;
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <Show when={props.page > 1 || props.hasNext}>
      <nav class="pager" aria-label={props.label}>
        <Show when={props.page > 1}>
          <button type="button" class="button secondary" onClick={() => props.onPrevious()}>
            Sebelumnya
          </button>
        </Show>
        <span>Halaman {props.page}</span>
        <Show when={props.hasNext}>
          <button type="button" class="button secondary" onClick={() => props.onNext()}>
            Berikutnya
          </button>
        </Show>
      </nav>
    </Show>
  );
}
