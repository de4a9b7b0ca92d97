// Form fields in the GOV.UK pattern: label, hint, error message above the input, all tied to the
// input with aria-describedby, and the input marked invalid while it has an error.
import { For, Show, type JSX } from 'solid-js';
import { isServer } from 'solid-js/web';
import { PRIVACY_PATH } from '../../lib/paths';

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function describedBy(props: Common) {
  return (
    [props.hint && `${props.id}-petunjuk`, props.error && `${props.id}-kesalahan`].filter(Boolean).join(' ') ||
    undefined
  );
}

/** The hint and the error message, with the ids describedBy() points to. */
function HintAndError(props: Common) {
  return (
    <>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-petunjuk`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="error-message" id={`${props.id}-kesalahan`}>
          {props.error}
        </p>
      </Show>
    </>
  );
}

function Frame(props: Common & { children: JSX.Element }) {
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <HintAndError {...props} />
      {props.children}
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    type?: string;
    inputmode?: 'text' | 'numeric' | 'decimal' | 'tel';
    autocomplete?: string;
    class?: string;
  },
) {
  return (
    <Frame {...props}>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        class={props.class}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete ?? 'off'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </Frame>
  );
}

export function TextArea(
  props: Common & { value: string; onInput: (value: string) => void; rows?: number; name?: string; maxlength?: number },
) {
  // HTML gives a <textarea> its text as content, never as a value attribute: so the server writes it
  // as content (the text shows before hydration, and without JavaScript); in the browser the value
  // property holds it (setting it makes the content irrelevant).
  return (
    <Frame {...props}>
      <textarea
        id={props.id}
        name={props.name}
        maxlength={props.maxlength}
        rows={props.rows ?? 5}
        value={isServer ? undefined : props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {isServer && props.value}
      </textarea>
    </Frame>
  );
}

/** Radios in a fieldset; the first radio carries the id the error summary links to. */
export function RadioGroup(
  props: Common & {
    name: string;
    value: string;
    options: { value: string; label: string }[];
    onChange: (value: string) => void;
  },
) {
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <fieldset aria-describedby={describedBy(props)}>
        <legend>{props.label}</legend>
        <HintAndError {...props} />
        <div class="radios">
          <For each={props.options}>
            {(option, index) => (
              <label class="radio">
                <input
                  type="radio"
                  id={index() === 0 ? props.id : `${props.id}-${option.value}`}
                  name={props.name}
                  value={option.value}
                  checked={props.value === option.value}
                  onChange={() => props.onChange(option.value)}
                />
                <span>{option.label}</span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  );
}

/**
 * A consent: one checkbox with its sentence, its error above it, and below it where to read how
 * the data is kept (the privacy notice, src/domain/privacy-notice.ts).
 */
export function ConsentField(props: {
  id: string;
  label: JSX.Element;
  checked: boolean;
  error?: string | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class={`field${props.error ? ' field-error' : ''}`}>
      <Show when={props.error}>
        <p class="error-message" id={`${props.id}-kesalahan`}>
          {props.error}
        </p>
      </Show>
      <label class="checkbox">
        <input
          id={props.id}
          type="checkbox"
          checked={props.checked}
          aria-describedby={props.error ? `${props.id}-kesalahan` : undefined}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        <span>{props.label}</span>
      </label>
      <p class="hint">
        Siapa yang melihat data Anda, berapa lama disimpan dan hak Anda:{' '}
        <a href={PRIVACY_PATH}>Privasi dan data pribadi</a>.
      </p>
    </div>
  );
}

/** A list to choose one from; the first option, with an empty value, stands for "not chosen". */
export function SelectField(
  props: Common & {
    name?: string;
    value: string;
    empty: string;
    options: { value: string; label: string }[];
    onChange: (value: string) => void;
  },
) {
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.name}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        <option value="">{props.empty}</option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={props.value === option.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </Frame>
  );
}

/** A search box and its "Cari" button, inside the form they submit (the staff lists). */
export function SearchField(props: { id: string; label: string; value: string; onInput: (value: string) => void }) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <div class="search-row">
        <input
          id={props.id}
          type="search"
          autocomplete="off"
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        <button class="button" type="submit">
          Cari
        </button>
      </div>
    </>
  );
}
