// The rooms the live figures keep (src/lib/room.ts): every text each can show in words and its widest in
// numbers, so a board keeps one height while its figures load, once they arrive, from a copy kept on the
// device and with none. Read by the pages at build time only: the boards' scripts have none of it.
import { QUALITY_CATEGORIES, SAMPLE_STATE_LABELS } from '../domain/satisfaction-index';
import { complaintsText, formatIndex, gradedText, sampleText, timelinessText } from './figures';
import type { RoomKind } from './room';
import { MAX_STOCK_QUANTITY } from '../domain/stock';
import { formatQuantity } from '../domain/quantity';
import { SMALL_COUNT } from '../domain/household-public-figures';
import { countText, medianText } from './household-figures-text';

/** Counts as wide as a service's or an office's in a year can be (four digits): /kinerja/. */
const WIDEST_COUNT = 9999;

/** The kinds of figure on /kinerja/, by the names the board gives their rooms (Figure in src/lib/live-figures.tsx). */
export type FigureRoom = 'satisfactionHeadline' | 'sample' | 'timeliness' | 'complaints';

export const FIGURE_ROOMS: readonly (RoomKind & { name: FigureRoom })[] = [
  {
    name: 'satisfactionHeadline',
    bold: true,
    texts: [
      ...Object.values(SAMPLE_STATE_LABELS),
      ...QUALITY_CATEGORIES.map((category) => gradedText(formatIndex(100), category)),
    ],
  },
  {
    name: 'sample',
    texts: [
      sampleText({ respondents: 0, requiredRespondents: 0, serviceUsers: 0 }),
      sampleText({ respondents: WIDEST_COUNT, requiredRespondents: WIDEST_COUNT, serviceUsers: WIDEST_COUNT }),
    ],
  },
  {
    name: 'timeliness',
    texts: [
      timelinessText(null),
      timelinessText({ finished: 0, withinTime: 0 }),
      timelinessText({ finished: WIDEST_COUNT, withinTime: WIDEST_COUNT }),
    ],
  },
  {
    name: 'complaints',
    texts: [
      complaintsText({ received: 0, answeredWithinDeadline: 0, answeredLate: 0, unanswered: 0, outOfRemit: 0 }),
      complaintsText({
        received: WIDEST_COUNT,
        answeredWithinDeadline: WIDEST_COUNT,
        answeredLate: WIDEST_COUNT,
        unanswered: WIDEST_COUNT,
        outOfRemit: WIDEST_COUNT,
      }),
    ],
  },
];

/**
 * The figures' cells of /kinerja/logistik/ (StockFigures): as wide as the widest quantity a warehouse can
 * hold (below MAX_STOCK_QUANTITY, two decimals) in any of the catalogue's `units`, or a month's count of BAST.
 */
export const stockCellRoom = (units: readonly string[]): RoomKind => ({
  name: 'angka',
  cell: true,
  texts: [...units.map((unit) => `${formatQuantity(MAX_STOCK_QUANTITY - 0.01)} ${unit}`), String(WIDEST_COUNT)],
});

/** Counts as large as an office's household proposals can reach (six digits), and a median of days (four). */
const WIDEST_HOUSEHOLD_COUNT = 999_999;
const WIDEST_MEDIAN_DAYS = 9999;

/**
 * The figures' cells of /kinerja/dtsen/ (HouseholdFigures): as wide as the widest count, the words of a
 * small count, a median or its absence.
 */
export const householdCellRoom = (): RoomKind => ({
  name: 'angka',
  cell: true,
  texts: [countText(WIDEST_HOUSEHOLD_COUNT), countText(SMALL_COUNT), medianText(null), medianText(WIDEST_MEDIAN_DAYS)],
});
