// Figures as the performance pages write them, in Indonesian: decimal comma, and every figure
// with the count it comes from.
import { SAMPLE_STATE_LABELS, type SatisfactionFigures } from '../domain/satisfaction-index';
import type { ComplaintFigures, Timeliness } from '../domain/performance';
import { formatDecimal } from '../domain/numbers';

/** "88,31" */
export const formatIndex = (value: number) => formatDecimal(value, 2);
/** "3,532" (IKM before conversion, weighted NRR) */
export const formatUnit = (value: number) => formatDecimal(value, 3);

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
