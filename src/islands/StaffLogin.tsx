import { Show, createSignal } from 'solid-js';
import { ClientResponseError } from 'pocketbase';
import ErrorSummary, { type FieldError } from './ErrorSummary';
import { pocketbase } from '../lib/pocketbase-client';

/** Sign-in for office staff (the `staff` auth collection). Calls onSignedIn once authenticated. */
export default function StaffLogin(props: { onSignedIn: () => void }) {
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const missing: FieldError[] = [];
    if (!email().includes('@')) missing.push({ fieldId: 'email-petugas', message: 'Masukkan email petugas Anda, misalnya nama@dinsos.go.id.' });
    if (password() === '') missing.push({ fieldId: 'sandi-petugas', message: 'Masukkan kata sandi Anda.' });
    setErrors(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      await pocketbase().collection('staff').authWithPassword(email().trim(), password());
      props.onSignedIn();
    } catch (error) {
      const status = error instanceof ClientResponseError ? error.status : 0;
      const message =
        status === 400
          ? 'Email atau kata sandi salah. Periksa lagi, atau minta admin kantor mengatur ulang kata sandi Anda.'
          : status === 429
            ? 'Terlalu banyak percobaan masuk. Tunggu sebentar, lalu coba lagi.'
            : 'Tidak dapat terhubung ke server. Periksa koneksi internet, lalu coba lagi.';
      setErrors([{ fieldId: 'email-petugas', message }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <ErrorSummary errors={errors()} />
      <form onSubmit={submit} novalidate>
        <div class="field">
          <label for="email-petugas">Email petugas</label>
          <input id="email-petugas" type="email" autocomplete="username" value={email()} onInput={(event) => setEmail(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="sandi-petugas">Kata sandi</label>
          <input id="sandi-petugas" type="password" autocomplete="current-password" value={password()} onInput={(event) => setPassword(event.currentTarget.value)} />
        </div>
        <button class="button" type="submit" disabled={busy()}>
          <Show when={busy()} fallback="Masuk">Sedang masuk…</Show>
        </button>
      </form>
    </div>
  );
}
