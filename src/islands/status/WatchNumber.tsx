import { Show, createSignal, onMount } from 'solid-js';
import type { StatusLookupAnswer } from '../../domain/public-status';
import { formatDateTime } from '../../lib/dates';
import {
  checkInBackground,
  stopWatching,
  watchNumber,
  watchedNumber,
  type WatchedNumber,
} from '../../lib/watched-numbers';
import { lookUp } from '../../lib/watch-check';

const BACKGROUND = 'Dicek setiap kali aplikasi ini dibuka, dan di latar belakang sekitar dua kali sehari.';
const ON_OPENING =
  'Dicek setiap kali situs atau aplikasi ini dibuka. Pengecekan di latar belakang tidak tersedia di sini ' +
  '(hanya untuk aplikasi yang dipasang dari Chrome di Android).';

/**
 * "Pantau nomor ini": off until the resident turns it on, one tap to stop. The number and its four
 * digits stay on this device (src/lib/watched-numbers.ts); a changed step is told by a notification.
 */
export default function WatchNumber(props: {
  number: string;
  verifier: string;
  /** The result just shown, if any: a change is measured from its step (else from a lookup made now). */
  result?: StatusLookupAnswer | undefined;
}) {
  const supported = 'serviceWorker' in navigator && 'Notification' in window;
  /** What this device keeps of the number while watched; null when not watched, undefined until known. */
  const [watched, setWatched] = createSignal<WatchedNumber | null>();
  const [background, setBackground] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  const registration = () => navigator.serviceWorker.getRegistration();

  onMount(async () => {
    if (!supported) return;
    const kept = (await watchedNumber(props.number)) ?? null;
    const found = kept && (await registration());
    if (found) setBackground(await checkInBackground(found));
    setWatched(kept);
  });

  async function start() {
    setProblem(undefined);
    const found = await registration();
    if (!found) {
      setProblem('Pemantauan belum dapat dinyalakan: buka halaman ini sekali lagi saat ada sinyal, lalu coba lagi.');
      return;
    }
    if ((await Notification.requestPermission()) !== 'granted') {
      setProblem(
        'Notifikasi tidak diizinkan, jadi perangkat ini tidak dapat memberi tahu Anda. Izinkan notifikasi untuk situs ' +
          'ini di pengaturan peramban, lalu tekan "Pantau nomor ini" lagi.',
      );
      return;
    }
    const now = props.result ?? (await lookUp(props.number, props.verifier));
    if (!now) {
      setProblem('Tidak dapat terhubung ke server untuk mengecek status. Periksa sinyal, lalu coba lagi.');
      return;
    }
    await watchNumber(props.number, props.verifier, now);
    setBackground(await checkInBackground(found));
    setWatched((await watchedNumber(props.number)) ?? null);
    focus('pantau-berhenti');
  }

  async function stop() {
    await stopWatching(props.number, await registration());
    setWatched(null);
    focus('pantau-mulai');
  }

  /** The button pressed is gone: focus goes to the one that undoes it. */
  const focus = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

  return (
    <section class="watch-number no-print" aria-labelledby="pantau-judul">
      <h3 id="pantau-judul">Pantau nomor ini</h3>
      <Show
        when={supported}
        fallback={<p>Peramban ini tidak dapat memberi notifikasi. Cek status di halaman ini kapan saja.</p>}
      >
        <div role="status">
          <Show when={watched()}>
            {(kept) => (
              <p>
                <strong>Dipantau di perangkat ini</strong> (terakhir dicek {formatDateTime(kept().checkedAt)}). Bila
                langkahnya berubah, muncul notifikasi. {background() ? BACKGROUND : ON_OPENING}
              </p>
            )}
          </Show>
        </div>
        <Show when={watched() === null}>
          <p>
            Perangkat ini dapat memberi tahu Anda dengan notifikasi saat langkahnya berubah. Nomor ini dan 4 angka
            terakhir nomor HP disimpan hanya di perangkat ini; server tidak menyimpan apa pun untuk itu, perangkat hanya
            mengecek status seperti saat Anda menekan "Cek status".
          </p>
          <button id="pantau-mulai" type="button" class="button secondary" onClick={() => void start()}>
            Pantau nomor ini
          </button>
        </Show>
        <Show when={watched()}>
          <button id="pantau-berhenti" type="button" class="button secondary" onClick={() => void stop()}>
            Berhenti memantau
          </button>
        </Show>
        <Show when={problem()}>
          <p class="error-message" role="alert">
            {problem()}
          </p>
        </Show>
      </Show>
    </section>
  );
}
