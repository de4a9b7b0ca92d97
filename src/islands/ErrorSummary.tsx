import { For, Show, createEffect } from 'solid-js';

export interface FieldError {
  /** id of the input the error is about. */
  fieldId: string;
  message: string;
}

const key = (error: FieldError) => `${error.fieldId}\n${error.message}`;

/**
 * GOV.UK-style error summary: lists what is wrong, links to each field, takes focus when shown —
 * again after every press that shows errors, but not when an error only went away because its
 * field was fixed: the focus stays in the field being corrected.
 */
export default function ErrorSummary(props: { errors: FieldError[] }) {
  let box: HTMLDivElement | undefined;
  let before = new Set<string>();
  createEffect(() => {
    const now = props.errors.map(key);
    const onlyFixed = now.length < before.size && now.every((error) => before.has(error));
    before = new Set(now);
    if (now.length > 0 && !onlyFixed) box?.focus();
  });
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" role="alert" tabindex="-1" ref={box} aria-labelledby="ringkasan-kesalahan">
        <h2 id="ringkasan-kesalahan" class="h3">
          Ada yang perlu diperbaiki
        </h2>
        <ul>
          <For each={props.errors}>
            {(error) => (
              <li>
                <a
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(error.fieldId)?.focus();
                  }}
                >
                  {error.message}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
