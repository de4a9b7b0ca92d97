// What the public boards of figures fetched live (/kinerja/, /kinerja/logistik/, /kinerja/dtsen/) show
// while they load: each figure a grey line in its place until it arrives, and a line saying where the
// figures stand; and the fetch itself, the last copy kept on the device.
import { type Accessor, type JSX, createSignal, onMount } from 'solid-js';
import { formatDateTime } from './dates';
import { keep, readKept } from './kept-on-device';

/** A figure's text once the figures arrived; before, a grey line in its place that screen readers skip. */
export function figureOrPending(arrived: boolean, text: string): JSX.Element {
  return arrived ? (
    text
  ) : (
    <span class="pending-figure" aria-hidden="true">
      {text}
    </span>
  );
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Where the figures stand: loading, not loaded, fetched at a time, or — the server out of reach — the
 * copy kept on this device and when it was fetched. `full` names them ("data kinerja"), `short` once
 * named ("data").
 */
export function figuresStatus(names: { full: string; short: string }, fetchedAt: string | undefined, stale: boolean) {
  if (!fetchedAt)
    return stale
      ? `${capital(names.full)} tidak dapat dimuat: periksa sambungan internet, lalu muat ulang halaman.`
      : `Memuat ${names.full}…`;
  const source = stale
    ? `Tidak dapat terhubung ke server. Ini ${names.short} yang tersimpan di perangkat ini, diambil`
    : `${capital(names.short)} diambil`;
  return `${source} pada ${formatDateTime(fetchedAt)}.`;
}

/** Figures as fetched, with when. */
export interface FetchedFigures<T> {
  figures: T;
  fetchedAt: string;
}

/**
 * Figures fetched from `address()` (worked out in the browser: it reads the page's location) once the
 * island is mounted: first the copy kept on this device under `kept` (offline the page still reads,
 * saying when it was fetched), then the server's, kept in turn; `stale` when the server could not be reached.
 */
export function liveFigures<T>(
  address: () => string,
  kept: string,
): { shown: Accessor<FetchedFigures<T> | undefined>; stale: Accessor<boolean> } {
  const [shown, setShown] = createSignal<FetchedFigures<T>>();
  const [stale, setStale] = createSignal(false);
  onMount(async () => {
    const saved = readKept<FetchedFigures<T>>(kept);
    if (saved) setShown(() => saved);
    try {
      const response = await fetch(address(), { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const fetched = { figures: (await response.json()) as T, fetchedAt: new Date().toISOString() };
      keep(kept, fetched);
      setShown(() => fetched);
      setStale(false);
    } catch {
      setStale(true);
    }
  });
  return { shown, stale };
}
