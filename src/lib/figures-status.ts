// The line each public board of live figures (/kinerja/, /kinerja/logistik/, /kinerja/dtsen/) writes
// about where its figures stand (FiguresStatus in src/lib/live-figures.tsx), and that line's room
// (src/lib/room.ts), which the page writes at build time.
import { type RoomKind, WIDEST_DATE_TIME } from './room';

/** How a board names its figures: in full ("data kinerja"), and once named ("data"). */
export interface FiguresNames {
  full: string;
  short: string;
}

/** How each board names its figures. */
export const BOARD_FIGURES_NAMES = {
  performance: { full: 'data kinerja', short: 'data' },
  stock: { full: 'angka stok', short: 'angka' },
  households: { full: 'angka usulan DTSEN', short: 'angka' },
} as const satisfies Record<string, FiguresNames>;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Where the figures stand: loading, not loaded, fetched at a time (`fetchedAt`, as written), or — the
 * server out of reach — the copy kept on this device and when it was fetched.
 */
export function statusText(names: FiguresNames, fetchedAt: string | undefined, stale: boolean): string {
  if (!fetchedAt)
    return stale
      ? `${capital(names.full)} tidak dapat dimuat: periksa sambungan internet, lalu muat ulang halaman.`
      : `Memuat ${names.full}…`;
  const source = stale
    ? `Tidak dapat terhubung ke server. Ini ${names.short} yang tersimpan di perangkat ini, diambil`
    : `${capital(names.short)} diambil`;
  return `${source} pada ${fetchedAt}.`;
}

/** The room of a board's status line: whatever it can say, the moment it names as wide as any. */
export const statusRoom = (names: FiguresNames): RoomKind => ({
  name: 'status',
  texts: [undefined, WIDEST_DATE_TIME].flatMap((fetchedAt) =>
    [false, true].map((stale) => statusText(names, fetchedAt, stale)),
  ),
});
