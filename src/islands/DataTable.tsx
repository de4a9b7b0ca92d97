import { For, type JSX } from 'solid-js';

/** A table that scrolls sideways on a phone and can be reached (and scrolled) by keyboard. */
export default function DataTable<Row>(props: { label: string; headers: string[]; rows: Row[]; children: (row: Row) => JSX.Element; empty?: JSX.Element }) {
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={props.label}>
      <table>
        <thead>
          <tr>
            <For each={props.headers}>{(header) => <th scope="col">{header}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows} fallback={props.empty}>
            {(row) => props.children(row)}
          </For>
        </tbody>
      </table>
    </div>
  );
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
        queueMicrotask(() => document.getElementById(props.focusId)?.focus());
      }}
    >
      {props.children}
    </button>
  );
}
