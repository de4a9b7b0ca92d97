import {
  For,
  Show,
  createSignal,
  createUniqueId,
  onCleanup,
  onMount,
  type JSX,
} from "solid-js";

/**
 * A table that scrolls sideways on a phone and can be reached (and scrolled) by keyboard. When it
 * is wider than the screen, a hint above it says so: a clipped column gives no sign of its own.
 */
export default function DataTable<Row>(props: {
  label: string;
  headers: string[];
  rows: Row[];
  children: (row: Row) => JSX.Element;
  empty?: JSX.Element;
}) {
  const hintId = `geser-${createUniqueId()}`;
  const [overflows, setOverflows] = createSignal(false);
  let frame: HTMLDivElement | undefined;
  onMount(() => {
    const measure = () =>
      setOverflows(frame!.scrollWidth > frame!.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(frame!);
    observer.observe(frame!.firstElementChild!);
    onCleanup(() => observer.disconnect());
  });
  return (
    <>
      <Show when={overflows()}>
        <p class="hint scroll-hint" id={hintId}>
          Tabel ini lebih lebar dari layar: geser ke samping untuk melihat semua
          kolom.
        </p>
      </Show>
      <div
        ref={frame}
        class="table-scroll"
        tabindex="0"
        role="region"
        aria-label={props.label}
        aria-describedby={overflows() ? hintId : undefined}
      >
        <table>
          <thead>
            <tr>
              <For each={props.headers}>
                {(header) => <th scope="col">{header}</th>}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows} fallback={props.empty}>
              {(row) => props.children(row)}
            </For>
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The button in a row that opens it below the table (named by the record's number, on one line), and moves focus to what it opened. */
export function OpenRowButton(props: {
  open: boolean;
  onOpen: () => void;
  focusId: string;
  children: JSX.Element;
}) {
  return (
    <button
      type="button"
      class="link-button nomor"
      aria-pressed={props.open}
      onClick={() => {
        props.onOpen();
        queueMicrotask(() => document.getElementById(props.focusId)?.focus());
      }}
    >
      {props.children}
    </button>
  );
}
