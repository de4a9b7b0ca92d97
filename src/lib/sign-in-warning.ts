// What the server tells an account's holder at sign-in when others have been failing to sign in
// to it (src/domain/sign-in.ts, signInWarning): shown in the workspace until the holder closes it,
// a reload included (this tab's session storage, never an address).
import { createRoot, createSignal } from 'solid-js';

const KEY = 'peringatan-masuk';

const [warning, setWarning] = createRoot(() => createSignal<string | null>(null));
let read = false;

/** The warning of this tab's last sign-in, until closed. */
export function signInWarning(): string | null {
  if (!read) {
    read = true;
    setWarning(sessionStorage.getItem(KEY));
  }
  return warning();
}

/** After a sign-in: the server's warning, or none. */
export function rememberSignInWarning(text: string | null) {
  read = true;
  if (text) sessionStorage.setItem(KEY, text);
  else sessionStorage.removeItem(KEY);
  setWarning(text);
}
