// The rooms the figures of /kinerja/ keep (src/lib/room.ts): every text each can show in words and its
// widest in numbers, so the board keeps one height while its figures load, once they arrive, from a copy
// kept on the device and with none. Read by the page at build time only: the board's script has none of it.
import { QUALITY_CATEGORIES, SAMPLE_STATE_LABELS } from '../domain/satisfaction-index';
import { complaintsText, formatIndex, gradedText, sampleText, timelinessText } from './figures';
import type { RoomKind } from './room';

/** Counts as wide as a service's or an office's in a year can be (four digits). */
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
