import { Show, createSignal } from 'solid-js';
import { ClientResponseError } from 'pocketbase';
import ErrorSummary, { type FieldError } from './ErrorSummary';
import { pocketbase, type AccountCollection, type AccountRecords } from '../lib/pocketbase-client';
import { rememberSignInWarning } from '../lib/sign-in-warning';

const EMAIL_LABELS: Record<AccountCollection, string> = {
  staff: 'Email petugas',
  operators: 'Email operator desa',
  camats: 'Email akun Camat',
};

/** Sign-in for staff, village operators or Camats. Calls onSignedIn with the account once authenticated. */
export default function SignInForm<Name extends AccountCollection>(props: {
  collection: Name;
  onSignedIn: (account: AccountRecords[Name]) => void;
  expand?: string;
}) {
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const missing: FieldError[] = [];
    if (!email().includes('@'))
      missing.push({ fieldId: 'email-masuk', message: 'Masukkan email akun Anda, misalnya nama@desa.id.' });
    if (password() === '') missing.push({ fieldId: 'sandi-masuk', message: 'Masukkan kata sandi Anda.' });
    setErrors(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      const { record, meta } = await pocketbase()
        .collection(props.collection)
        .authWithPassword(email().trim(), password(), props.expand ? { expand: props.expand } : {});
      // Others have been failing to sign in to this account: the workspace says so (SignInWarning).
      rememberSignInWarning(typeof meta?.['peringatan'] === 'string' ? meta['peringatan'] : null);
      props.onSignedIn(record as AccountRecords[Name]);
    } catch (error) {
      const status = error instanceof ClientResponseError ? error.status : 0;
      const message =
        status === 400
          ? 'Email atau kata sandi salah. Periksa lagi, atau minta petugas Dinas Sosial mengatur ulang kata sandi Anda.'
          : status === 429
            ? 'Terlalu banyak percobaan masuk. Tunggu sebentar, lalu coba lagi.'
            : 'Tidak dapat terhubung ke server. Periksa koneksi internet, lalu coba lagi.';
      setErrors([{ fieldId: 'email-masuk', message }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <ErrorSummary errors={errors()} />
      <form onSubmit={submit} novalidate>
        <div class="field">
          <label for="email-masuk">{EMAIL_LABELS[props.collection]}</label>
          <input
            id="email-masuk"
            type="email"
            autocomplete="username"
            value={email()}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="sandi-masuk">Kata sandi</label>
          <input
            id="sandi-masuk"
            type="password"
            autocomplete="current-password"
            value={password()}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </div>
        <button class="button" type="submit" disabled={busy()}>
          <Show when={busy()} fallback="Masuk">
            Sedang masuk…
          </Show>
        </button>
      </form>
    </div>
  );
}
