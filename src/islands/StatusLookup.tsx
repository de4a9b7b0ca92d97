import { Show, Suspense, createSignal, lazy, onMount } from 'solid-js';
import ErrorSummary, { type FieldError } from './ErrorSummary';
import { EXAMPLE_NUMBER, parseRequestNumber } from '../domain/request-number';
import { PHONE_EXAMPLE, phoneVerifier, verifierFromTyped } from '../domain/phone';
import { lookupStatus, type StatusAccess } from '../lib/status-api';
import { keep, readKept } from '../lib/kept-on-device';
import { watchedNumber } from '../lib/watched-numbers';
import type { StatusLookupAnswer as Result } from '../domain/public-status';
import type { OfficeCutoff } from '../domain/dtsen-cutoff';

// What shows a result loads alongside the first lookup, not with the page (it is precached with it).
const StatusResult = lazy(() => import('./status/StatusResult'));

const CACHE_PREFIX = 'status-terakhir:';

/** The last result per number, so a status checked once can be shown again without signal. */
const cachedResult = (number: string) => readKept<Result>(CACHE_PREFIX + number);
const cacheResult = (result: Result) => keep(CACHE_PREFIX + result.number, result);

/** Shown in the hint and the error: a whole number and its last four digits, both accepted. */
const VERIFIER_EXAMPLES = `misalnya ${PHONE_EXAMPLE} atau ${phoneVerifier(PHONE_EXAMPLE)}`;

const UNREACHABLE =
  'Tidak dapat terhubung ke server. Periksa sinyal atau koneksi internet Anda, lalu tekan "Cek status" lagi. Yang sudah Anda ketik tetap ada.';

/** `cutoffs`: per office taking household proposals, its monthly cut-off (null: none announced; src/lib/household-offices.ts). */
export default function StatusLookup(props: { cutoffs: Record<string, OfficeCutoff | null> }) {
  const [number, setNumber] = createSignal('');
  const [verifier, setVerifier] = createSignal('');
  const [fieldErrors, setFieldErrors] = createSignal<FieldError[]>([]);
  const [problem, setProblem] = createSignal<string>();
  const [loading, setLoading] = createSignal(false);
  /** Share of the proof of work done, while the server asks for one (a number others tried to guess). */
  const [checking, setChecking] = createSignal<number>();
  const [result, setResult] = createSignal<Result>();
  /** What lets this page send a document staff asked for, a reply or a rating (not kept on the device). */
  const [access, setAccess] = createSignal<StatusAccess>();
  const [savedOffline, setSavedOffline] = createSignal(false);

  onMount(async () => {
    const fromLink = new URLSearchParams(location.search).get('no');
    if (!fromLink) return;
    setNumber(fromLink);
    // A number watched on this device (opened from its notification): its verifier is here, it is looked up at once.
    const watched = await watchedNumber(fromLink).catch(() => undefined);
    if (watched) {
      setVerifier(watched.verifier);
      refresh();
    } else document.getElementById('nomor-verifikasi')?.focus();
  });

  const errorFor = (fieldId: string) => fieldErrors().find((error) => error.fieldId === fieldId)?.message;

  function showResult(found: Result, offline: boolean) {
    setResult(found);
    setSavedOffline(offline);
    queueMicrotask(() => document.getElementById('hasil-judul')?.focus());
  }

  /** Looks the same number up again (after the applicant sent a document staff asked for). */
  const refresh = () => document.querySelector<HTMLFormElement>('.lookup-form')?.requestSubmit();

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (loading()) return;
    setProblem(undefined);
    const parsed = parseRequestNumber(number());
    const lastFour = verifierFromTyped(verifier());
    const errors: FieldError[] = [];
    if (!parsed.ok) errors.push({ fieldId: 'nomor-permohonan', message: parsed.message });
    if (!lastFour) {
      errors.push({
        fieldId: 'nomor-verifikasi',
        message: `Tulis nomor HP yang Anda berikan saat mendaftar, atau 4 angka terakhirnya — ${VERIFIER_EXAMPLES}.`,
      });
    }
    setFieldErrors(errors);
    if (!parsed.ok || !lastFour) return;

    setNumber(parsed.number);
    setResult(undefined);
    setLoading(true);
    // Both loaded before the result is shown, so the focus can move to its heading at once.
    const [outcome] = await Promise.all([
      lookupStatus(parsed.number, lastFour, setChecking),
      StatusResult.preload().catch(() => undefined),
    ]);
    setLoading(false);
    setChecking(undefined);
    switch (outcome.kind) {
      case 'found':
        cacheResult(outcome.result);
        setAccess({ verifier: lastFour, token: outcome.access });
        showResult(outcome.result, false);
        break;
      case 'invalid':
        setFieldErrors([
          { fieldId: outcome.field === 'verifier' ? 'nomor-verifikasi' : 'nomor-permohonan', message: outcome.message },
        ]);
        break;
      case 'not-found':
      case 'rate-limited':
        setProblem(outcome.message);
        break;
      case 'unreachable': {
        setProblem(UNREACHABLE);
        const saved = cachedResult(parsed.number);
        if (saved) showResult(saved, true);
        break;
      }
      case 'server-error':
        setProblem('Server sedang bermasalah. Coba lagi beberapa menit lagi, atau hubungi kantor layanan.');
        break;
    }
  }

  return (
    <div>
      <ErrorSummary errors={fieldErrors()} />
      <form class="lookup-form" onSubmit={submit} novalidate aria-busy={loading()}>
        <div class={`field${errorFor('nomor-permohonan') ? ' field-error' : ''}`}>
          <label for="nomor-permohonan">Nomor permohonan atau pengaduan</label>
          <p class="hint" id="nomor-permohonan-petunjuk">
            Ada di tanda terima, misalnya {EXAMPLE_NUMBER}. Huruf besar/kecil dan tanda hubung tidak masalah.
          </p>
          <Show when={errorFor('nomor-permohonan')}>
            <p class="error-message" id="nomor-permohonan-kesalahan">
              {errorFor('nomor-permohonan')}
            </p>
          </Show>
          <input
            id="nomor-permohonan"
            name="no"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            value={number()}
            onInput={(event) => setNumber(event.currentTarget.value)}
            aria-describedby={`nomor-permohonan-petunjuk${errorFor('nomor-permohonan') ? ' nomor-permohonan-kesalahan' : ''}`}
            aria-invalid={errorFor('nomor-permohonan') ? 'true' : undefined}
          />
        </div>
        <div class={`field${errorFor('nomor-verifikasi') ? ' field-error' : ''}`}>
          <label for="nomor-verifikasi">Nomor HP, atau 4 angka terakhir nomor HP</label>
          <p class="hint" id="nomor-verifikasi-petunjuk">
            Nomor HP yang Anda berikan saat mendaftar atau mengadu, {VERIFIER_EXAMPLES}. Hanya 4 angka terakhirnya yang
            dipakai dan dikirim: ini memastikan hanya Anda yang melihat statusnya. Untuk pengaduan tanpa nama: 4 angka
            yang Anda pilih.
          </p>
          <Show when={errorFor('nomor-verifikasi')}>
            <p class="error-message" id="nomor-verifikasi-kesalahan">
              {errorFor('nomor-verifikasi')}
            </p>
          </Show>
          <input
            id="nomor-verifikasi"
            name="verifikasi"
            class="input-phone"
            type="text"
            inputmode="tel"
            autocomplete="off"
            value={verifier()}
            onInput={(event) => setVerifier(event.currentTarget.value)}
            aria-describedby={`nomor-verifikasi-petunjuk nomor-verifikasi-dipakai${errorFor('nomor-verifikasi') ? ' nomor-verifikasi-kesalahan' : ''}`}
            aria-invalid={errorFor('nomor-verifikasi') ? 'true' : undefined}
          />
          <p class="hint" id="nomor-verifikasi-dipakai" aria-live="polite">
            <Show when={verifierFromTyped(verifier()) !== verifier().trim() && verifierFromTyped(verifier())}>
              {(lastFour) => <>Yang dipakai: 4 angka terakhir, {lastFour()}.</>}
            </Show>
          </p>
        </div>
        <button class="button" type="submit" disabled={loading()}>
          {loading() ? 'Sedang mencari…' : 'Cek status'}
        </button>
      </form>
      <div aria-live="polite">
        <Show when={loading()}>
          <Show when={checking() !== undefined} fallback={<p class="hint">Sedang menghubungi server…</p>}>
            <p class="hint">
              Nomor ini baru saja dicoba orang dengan angka yang salah. Perangkat Anda memeriksa keamanan sebentar…
            </p>
            <progress max={1} value={checking()} aria-label="Pemeriksaan keamanan" />
          </Show>
        </Show>
        <Show when={problem()}>
          <p class="callout" role="alert">
            {problem()}
          </p>
        </Show>
      </div>
      <Show when={result()}>
        {(found) => (
          <Suspense>
            <StatusResult
              result={found()}
              savedOffline={savedOffline()}
              access={savedOffline() ? undefined : access()}
              cutoff={props.cutoffs[found().agency.slug] ?? null}
              onResent={refresh}
            />
          </Suspense>
        )}
      </Show>
    </div>
  );
}
