// Figures as the performance pages write them, in Indonesian: decimal comma, and every figure
// with the count it comes from.
import { SAMPLE_STATE_LABELS, type SatisfactionFigures } from '../domain/satisfaction-index';
import type { ComplaintFigures, Timeliness } from '../domain/performance';

const twoDecimals = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const threeDecimals = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** "88,31" */
export const formatIndex = (value: number) => twoDecimals.format(value);
/** "3,532" (IKM before conversion, weighted NRR) */
export const formatUnit = (value: number) => threeDecimals.format(value);

/** "88,31 — mutu A (sangat baik)", or why there is no grade. */
export function satisfactionHeadline(figures: SatisfactionFigures): string {
  const index = figures.index;
  return index
    ? `${formatIndex(index.converted)} — mutu ${index.grade} (${index.quality.toLowerCase()})`
    : SAMPLE_STATE_LABELS[figures.state];
}

/** "19 responden dari minimal 19 (20 pengguna layanan)" */
export function sampleText(figures: SatisfactionFigures): string {
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
