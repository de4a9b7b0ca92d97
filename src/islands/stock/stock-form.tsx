// The stock forms' shared part: the domain's checks shown before sending (each under its field and
// in the error summary), the server's refusals likewise, and "Menyimpan…" while it works. Fields are
// named as the server names them (quantity, batch…), with the form's prefix as their element ids.
import { Show, createSignal, type JSX } from 'solid-js';
import ErrorSummary, { type FieldError } from '../ErrorSummary';
import { serverProblems } from '../staff/server-problems';
import type { StockProblem } from '../../domain/stock';

export interface StockFormOptions {
  /** Element ids are `${prefix}-${field}`. */
  prefix: string;
  /** The field a refusal naming no field stands at. */
  fallback: string;
  /** The domain's checks of what is typed (empty when it may be sent). */
  check: () => StockProblem[];
  send: () => Promise<unknown>;
  onRecorded: () => void;
}

export function createStockForm(options: StockFormOptions) {
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  /** What the server recorded last, said above the form (it stays open for the next one). */
  const [saved, setSaved] = createSignal('');
  const fieldId = (field: string) => `${options.prefix}-${field}`;
  const errorFor = (field: string) => errors().find((error) => error.fieldId === fieldId(field))?.message;
  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const problems = options.check();
    setErrors(problems.map((problem) => ({ fieldId: fieldId(problem.field), message: problem.message })));
    if (problems.length > 0) return;
    setBusy(true);
    setSaved('');
    try {
      await options.send();
      options.onRecorded();
    } catch (error) {
      setErrors(
        serverProblems(error, {
          fieldId,
          fallback: fieldId(options.fallback),
          unreachable: 'Tidak dapat menyimpan. Periksa koneksi, lalu coba lagi; isian Anda tetap di sini.',
          refused: (message, status) => (status === 403 || status === 404 ? message : undefined),
        }),
      );
    } finally {
      setBusy(false);
    }
  }
  /** The form: the confirmation and the error summary above its fields, the button below. */
  function Form(props: { submitLabel: string; children: JSX.Element }) {
    return (
      <form class="stock-form" novalidate onSubmit={submit}>
        <p role="status" class={saved() ? 'callout saved' : 'visually-hidden'}>
          {saved()}
        </p>
        <ErrorSummary errors={errors()} />
        {props.children}
        <button type="submit" class="button" disabled={busy()}>
          <Show when={busy()} fallback={props.submitLabel}>
            Menyimpan…
          </Show>
        </button>
      </form>
    );
  }
  return { fieldId, errorFor, Form, setErrors, setSaved };
}
