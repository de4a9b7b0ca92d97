// The ways on from one step of a multi-step form, in one order for every form: the step's own
// action first — where the eye and the thumb go after the last answer, and first for the keyboard —
// then "Kembali", as every other form of the site puts its main button before its secondary one.
import { Show } from 'solid-js';

export default function StepActions(props: {
  /** "Lanjut", "Simpan dan periksa kembali", or the form's sending label on its last step. */
  label: string;
  /** Without it, the main button submits the form it stands in. */
  onMain?: () => void;
  /** Where "Kembali" leads; no "Kembali" on the first step, nor when the way on leads back to "periksa kembali". */
  onBack?: (() => void) | undefined;
}) {
  return (
    <p class="form-actions">
      <button type={props.onMain ? 'button' : 'submit'} class="button" onClick={() => props.onMain?.()}>
        {props.label}
      </button>
      <Show when={props.onBack}>
        {(back) => (
          <button type="button" class="button secondary" onClick={() => back()()}>
            Kembali
          </button>
        )}
      </Show>
    </p>
  );
}
