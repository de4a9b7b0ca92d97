// What the public boards of figures fetched live (/kinerja/, /kinerja/logistik/) show while they load:
// each figure a grey line in its place until it arrives, and a line saying where the figures stand.
import type { JSX } from 'solid-js';
import { formatDateTime } from './dates';

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
