// The figures of household proposals (/kinerja/dtsen/) as the board writes them, and its page keeps room for
// (src/lib/figure-rooms.ts).
import type { PublicCount } from '../domain/household-public-figures';

/** A count as published: a number, 0, or the server's "kurang dari 3" as it is. */
export const countText = (count: PublicCount | undefined) =>
  typeof count === 'number' ? count.toLocaleString('id-ID') : (count ?? '0');

/** A median of days as published, or that there are not yet enough results for one. */
export const medianText = (days: number | null | undefined) =>
  days === null || days === undefined ? 'belum cukup hasil' : `${days.toLocaleString('id-ID')} hari`;
