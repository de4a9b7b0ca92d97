// The room a box keeps for texts that take turns in it (a figure loading, arrived, kept, missing): two
// texts drawn invisibly behind whichever is shown (Room in src/lib/live-figures.tsx), the box as large as
// the largest. Two, because the longest text in characters is not always the one taking most lines: a
// figure in words ("Belum ada pengguna layanan tercatat pada periode ini") wraps at other places than
// the same figure in numbers, so each shape keeps its own.
import { OFFICE_TIME_ZONE_ABBREVIATION } from '../domain/time';

/** The texts whose room a box keeps: the longest of each of the two shapes the text can take. */
export type RoomTexts = readonly [string, string];

/** The one of `texts` with the most characters (the first of equals). */
export const longest = (...texts: string[]): string =>
  texts.reduce((kept, text) => (text.length > kept.length ? text : kept));

/**
 * As long as formatDateTime (src/lib/dates.ts) writes any moment: a two-digit day, the longest month
 * names, a two-digit hour. Written out, not formatted: a page's first formatter is costly
 * (src/lib/on-first-use.ts), and this is room kept before any date is shown; tests/unit/dates.test.ts holds it.
 */
export const WIDEST_DATE_TIME = `28 September 2026 pukul 23.59 ${OFFICE_TIME_ZONE_ABBREVIATION}`;
