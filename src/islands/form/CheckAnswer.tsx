// One row of "periksa kembali" (GOV.UK's check answers): the question, the answer, and "Ubah"
// back to the step that asked it, named for screen readers.
import { Show, type JSX } from 'solid-js';

export default function CheckAnswer(props: {
  label: string;
  children: JSX.Element;
  onChange?: (() => void) | undefined;
  changeLabel?: string;
}) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
      <Show when={props.onChange}>
        {(change) => (
          <dd>
            <button type="button" class="link-button" onClick={() => change()()}>
              Ubah<span class="visually-hidden"> {props.changeLabel ?? props.label.toLowerCase()}</span>
            </button>
          </dd>
        )}
      </Show>
    </div>
  );
}
