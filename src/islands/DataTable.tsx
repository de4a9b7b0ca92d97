import { For, Show, createSignal, createUniqueId, onCleanup, onMount, type JSX } from 'solid-js';

/**
 * A table that scrolls sideways on a phone and can be reached (and scrolled) by keyboard. When it
 * is wider than the screen, a hint above it says so: a clipped column gives no sign of its own.
 *
 * A list of records (`cards`) instead turns each row into a card where its space is narrow — a
 * phone, or the list beside an opened record — each value under its column's name, nothing
 * clipped. The names come from `headers` (set on each cell here, so callers write plain rows), and
 * explicit table roles keep it a table for screen readers whatever its layout.
 */
export default function DataTable<Row>(props: {
  label: string;
  headers: string[];
  rows: Row[];
  children: (row: Row) => JSX.Element;
  empty?: JSX.Element;
  cards?: boolean;
}) {
  const hintId = `geser-${createUniqueId()}`;
  const [overflows, setOverflows] = createSignal(false);
  let frame: HTMLDivElement | undefined;
  let body: HTMLTableSectionElement | undefined;
  onMount(() => {
    const measure = () => setOverflows(frame!.scrollWidth > frame!.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(frame!);
    observer.observe(frame!.firstElementChild!);
    onCleanup(() => observer.disconnect());
    if (!props.cards) return;
    const nameCells = () => {
      for (const row of body!.rows) {
        row.setAttribute('role', 'row');
        for (const [index, cell] of [...row.cells].entries()) {
          cell.setAttribute('role', 'cell');
          const name = row.cells.length === props.headers.length ? props.headers[index] : undefined;
          if (name) cell.dataset['kolom'] = name;
        }
      }
    };
    nameCells();
    const rows = new MutationObserver(nameCells);
    rows.observe(body!, { childList: true });
    onCleanup(() => rows.disconnect());
  });
  const table = () => (
    <table role={props.cards ? 'table' : undefined} class={props.cards ? 'cards' : undefined}>
      <thead role={props.cards ? 'rowgroup' : undefined}>
        <tr role={props.cards ? 'row' : undefined}>
          <For each={props.headers}>
            {(header) => (
              <th scope="col" role={props.cards ? 'columnheader' : undefined}>
                {header}
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody ref={body} role={props.cards ? 'rowgroup' : undefined}>
        <For each={props.rows} fallback={props.empty}>
          {(row) => props.children(row)}
        </For>
      </tbody>
    </table>
  );
  return (
    <div class={props.cards ? 'card-space' : undefined}>
      <Show when={overflows()}>
        <p class="hint scroll-hint" id={hintId}>
          Tabel ini lebih lebar dari layar: geser ke samping untuk melihat semua kolom.
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
        {table()}
      </div>
    </div>
  );
}

/** Focuses the element once it is on the page: a record opens after it has loaded. */
function focusWhenShown(id: string, deadline = performance.now() + 5000) {
  const element = document.getElementById(id);
  if (element) element.focus();
  else if (performance.now() < deadline) requestAnimationFrame(() => focusWhenShown(id, deadline));
}

/** The button in a row that opens it below the table (named by the record's number, on one line), and moves focus to what it opened. */
export function OpenRowButton(props: { open: boolean; onOpen: () => void; focusId: string; children: JSX.Element }) {
  return (
    <button
      type="button"
      class="link-button nomor"
      aria-pressed={props.open}
      onClick={() => {
        props.onOpen();
        focusWhenShown(props.focusId);
      }}
    >
      {props.children}
    </button>
  );
}
