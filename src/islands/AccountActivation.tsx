import { Show, createSignal } from 'solid-js';
import ErrorSummary, { type FieldError } from './ErrorSummary';
import { TextField } from './form/fields';
import { ROUTES, routeUrl } from '../lib/api-address';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../domain/password-policy';
import { formatActivationCode, normalizeActivationCode } from '../domain/village-accounts';
import { PROPOSAL_FORM_PATH } from '../lib/paths';

/**
 * An operator or Camat chooses their own password with the one-time code the office handed over
 * (src/domain/village-accounts.ts). The same password rules as the server, checked before sending.
 */
export default function AccountActivation() {
  const [email, setEmail] = createSignal('');
  const [code, setCode] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [repeated, setRepeated] = createSignal('');
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal(false);
  const errorFor = (id: string) => errors().find((error) => error.fieldId === id)?.message;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!email().includes('@'))
      problems.push({
        fieldId: 'aktivasi-email',
        message: 'Tuliskan email akun Anda, seperti yang diberikan petugas.',
      });
    const normalized = normalizeActivationCode(code());
    if (!normalized)
      problems.push({
        fieldId: 'aktivasi-kode',
        message:
          'Kode aktivasi terdiri dari 12 huruf dan angka, misalnya K7Q2-M9XD-3PAB. Periksa lagi kertas dari petugas.',
      });
    const weak = passwordProblem(password(), { email: email() });
    if (weak) problems.push({ fieldId: 'aktivasi-sandi', message: weak });
    else if (password() !== repeated())
      problems.push({
        fieldId: 'aktivasi-ulang',
        message: 'Kedua kata sandi tidak sama. Ketik ulang kata sandi yang sama.',
      });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const response = await fetch(routeUrl(ROUTES.accountActivation), {
        method: ROUTES.accountActivation.method,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email().trim(), code: formatActivationCode(normalized!), password: password() }),
      });
      if (response.status === 204) return setDone(true);
      const body = await response.json().catch(() => ({}));
      const field = body.data?.password ? 'aktivasi-sandi' : 'aktivasi-kode';
      setErrors([
        {
          fieldId: field,
          message:
            body.data?.password?.message ?? body.data?.code?.message ?? body.message ?? 'Aktivasi gagal. Coba lagi.',
        },
      ]);
    } catch {
      setErrors([
        {
          fieldId: 'aktivasi-email',
          message:
            'Tidak dapat terhubung ke server. Periksa sinyal, lalu tekan "Aktifkan akun" lagi. Isian Anda tetap ada.',
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show
      when={!done()}
      fallback={
        <div class="callout" role="status">
          <h2>Akun sudah aktif</h2>
          <p>Masuk dengan email dan kata sandi yang baru saja Anda pilih:</p>
          <ul>
            <li>
              Operator desa/kelurahan: <a href={PROPOSAL_FORM_PATH}>usulan logistik bencana</a>
            </li>
            <li>
              Camat: <a href="/petugas/">ruang kerja</a>
            </li>
          </ul>
        </div>
      }
    >
      <ErrorSummary errors={errors()} />
      <form onSubmit={submit} novalidate>
        <TextField
          id="aktivasi-email"
          type="email"
          label="Email akun"
          autocomplete="username"
          value={email()}
          error={errorFor('aktivasi-email')}
          onInput={setEmail}
        />
        <TextField
          id="aktivasi-kode"
          label="Kode aktivasi"
          hint="12 huruf dan angka dari petugas Dinas Sosial, berlaku 3 hari. Huruf besar/kecil dan tanda hubung tidak masalah."
          autocomplete="one-time-code"
          value={code()}
          error={errorFor('aktivasi-kode')}
          onInput={setCode}
        />
        <TextField
          id="aktivasi-sandi"
          type="password"
          label="Kata sandi baru"
          hint={`Paling sedikit ${MIN_PASSWORD_LENGTH} karakter. Kalimat pendek yang mudah Anda ingat paling baik, misalnya "hujan turun di sawah".`}
          autocomplete="new-password"
          value={password()}
          error={errorFor('aktivasi-sandi')}
          onInput={setPassword}
        />
        <TextField
          id="aktivasi-ulang"
          type="password"
          label="Ulangi kata sandi baru"
          autocomplete="new-password"
          value={repeated()}
          error={errorFor('aktivasi-ulang')}
          onInput={setRepeated}
        />
        <button class="button" type="submit" disabled={busy()}>
          {busy() ? 'Mengaktifkan…' : 'Aktifkan akun'}
        </button>
      </form>
    </Show>
  );
}
