// Figures as the performance pages write them, in Indonesian: decimal comma, and every figure
// with the count it comes from.
import { SAMPLE_STATE_LABELS, type SatisfactionFigures } from '../domain/satisfaction-index';
import type { ComplaintFigures, Timeliness } from '../domain/performance';

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
export const gradedText = (index: string, category: { grade: string; quality: string }) =>
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
