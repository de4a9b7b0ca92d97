import { Show } from 'solid-js';
import { rememberSignInWarning, signInWarning } from '../lib/sign-in-warning';

/** The server's warning at sign-in about others' failed attempts on this account, until closed. */
export default function SignInWarning() {
  return (
    <Show when={signInWarning()}>
      {(text) => (
        <div class="callout" role="alert">
          <p>{text()}</p>
          <button type="button" class="button secondary" onClick={() => rememberSignInWarning(null)}>
            Saya mengerti
          </button>
        </div>
      )}
    </Show>
  );
}
