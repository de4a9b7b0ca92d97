// Figures as the performance pages write them, in Indonesian: decimal comma, and every figure
// with the count it comes from.
import { QUALITY_CATEGORIES, SAMPLE_STATE_LABELS, type SatisfactionFigures } from '../domain/satisfaction-index';
import type { ComplaintFigures, Timeliness } from '../domain/performance';
import { type RoomTexts, longest } from './room';

/**
 * Formatters by their number of decimals, each made when first needed, not as the module loads: a
 * page's first Intl formatter loads the browser's locale data, which made /kinerja/'s start-up task its
 * longest (docs/performance.md, "Lighthouse"). Kept here rather than through on-first-use.ts, which
 * dates.ts uses too: shared by both, it would become one more script for every page with figures or dates.
 */
const formatters = new Map<number, Intl.NumberFormat>();

/** `value` with `decimals` digits after the decimal comma. */
function withDecimals(value: number, decimals: number): string {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

/**
 * Makes the figures' formatter before any figure is written. A board calls it in a task of its own
 * once it has started (`setTimeout`), before its figures arrive: the locale data's load (12–15 ms of
 * CPU on the bench machine) then lengthens neither the board's start nor the drawing of its figures.
 */
export const prepareFormatter = () => void withDecimals(0, 2);

/** "88,31" */
export const formatIndex = (value: number) => withDecimals(value, 2);
/** "3,532" (IKM before conversion, weighted NRR) */
export const formatUnit = (value: number) => withDecimals(value, 3);

/** "88,31 — mutu A (sangat baik)" for an index as written and its category. */
const gradedText = (index: string, category: { grade: string; quality: string }) =>
  `${index} — mutu ${category.grade} (${category.quality.toLowerCase()})`;

/** "88,31 — mutu A (sangat baik)", or why there is no grade. */
export function satisfactionHeadline(figures: SatisfactionFigures): string {
  const index = figures.index;
  return index ? gradedText(formatIndex(index.converted), index) : SAMPLE_STATE_LABELS[figures.state];
}

/** "19 responden dari minimal 19 (20 pengguna layanan)" */
export function sampleText(
  figures: Pick<SatisfactionFigures, 'respondents' | 'requiredRespondents' | 'serviceUsers'>,
): string {
  if (figures.serviceUsers === 0) return 'Belum ada pengguna layanan tercatat pada periode ini';
  return `${figures.respondents} responden dari minimal ${figures.requiredRespondents} (${figures.serviceUsers} pengguna layanan)`;
}

/** "8 dari 10 (80 %)", or why there is no share. */
export function timelinessText(timeliness: Timeliness | null): string {
  if (!timeliness) return 'Standar pelayanan tidak mencantumkan waktu penyelesaian';
  if (timeliness.finished === 0) return 'Belum ada permohonan selesai';
  return `${timeliness.withinTime} dari ${timeliness.finished} (${Math.round((timeliness.withinTime / timeliness.finished) * 100)}%)`;
}

/** "5 diterima: 3 dijawab dalam batas waktu, 1 terlambat, 1 belum dijawab", or that there were none. */
export function complaintsText(figures: ComplaintFigures): string {
  if (figures.received === 0) return 'Belum ada pengaduan pada periode ini';
  const outOfRemit = figures.outOfRemit > 0 ? `, ${figures.outOfRemit} di luar wewenang kantor` : '';
  return (
    `${figures.received} diterima: ${figures.answeredWithinDeadline} dijawab dalam batas waktu, ` +
    `${figures.answeredLate} terlambat, ${figures.unanswered} belum dijawab${outOfRemit}`
  );
}

/** Counts as wide as a service's or an office's in a year can be (four digits): what the rooms below hold. */
const WIDEST_COUNT = 9999;

/**
 * The room each figure of /kinerja/ keeps (src/lib/room.ts): its longest text in words and its longest in
 * numbers, so the board keeps one height while its figures load, once they arrive, from a copy kept on
 * the device and with none (Figure in src/lib/live-figures.tsx). Written without a formatter (the board's
 * start-up makes none): the widest index is "100,00", counts have WIDEST_COUNT's digits.
 */
export const FIGURE_ROOMS: Record<'satisfactionHeadline' | 'sample' | 'timeliness' | 'complaints', RoomTexts> = {
  satisfactionHeadline: [
    longest(...Object.values(SAMPLE_STATE_LABELS)),
    longest(...QUALITY_CATEGORIES.map((category) => gradedText('100,00', category))),
  ],
  sample: [
    sampleText({ respondents: 0, requiredRespondents: 0, serviceUsers: 0 }),
    sampleText({ respondents: WIDEST_COUNT, requiredRespondents: WIDEST_COUNT, serviceUsers: WIDEST_COUNT }),
  ],
  timeliness: [
    longest(timelinessText(null), timelinessText({ finished: 0, withinTime: 0 })),
    timelinessText({ finished: WIDEST_COUNT, withinTime: WIDEST_COUNT }),
  ],
  complaints: [
    complaintsText({ received: 0, answeredWithinDeadline: 0, answeredLate: 0, unanswered: 0, outOfRemit: 0 }),
    complaintsText({
      received: WIDEST_COUNT,
      answeredWithinDeadline: WIDEST_COUNT,
      answeredLate: WIDEST_COUNT,
      unanswered: WIDEST_COUNT,
      outOfRemit: WIDEST_COUNT,
    }),
  ],
};
