// The paper a counter prints receipts on: A4 on an office printer, or a 58 or 80 mm thermal roll.
// A roll has no page length, so a thermal receipt's page is as long as the receipt itself: measured
// on the screen (where it is laid out at the roll's width already, as a preview) and set as the
// printed page's size, so it prints as one piece of paper whatever it holds.
import { keep, readKept } from './kept-on-device';

export const RECEIPT_PAPERS = {
  a4: { label: 'A4 (printer kantor)', widthMm: 210 },
  'struk-80': { label: 'Struk 80 mm (printer thermal)', widthMm: 80 },
  'struk-58': { label: 'Struk 58 mm (printer thermal)', widthMm: 58 },
} as const;
export type ReceiptPaper = keyof typeof RECEIPT_PAPERS;

/** A4's margins; a roll's are narrow, its printers cannot print to the edge anyway. */
const MARGIN_MM: Record<ReceiptPaper, number> = { a4: 12, 'struk-80': 3, 'struk-58': 2 };
/** Room below a thermal receipt for the printer's tear-off, and for rounding. */
const TEAR_OFF_MM = 8;
const MM_PER_CSS_PX = 25.4 / 96;
const STORAGE_KEY = 'layanan.kertas-tanda-terima';

/** The counter's paper, chosen once on this device. */
export function savedReceiptPaper(): ReceiptPaper {
  const saved = readKept<string>(STORAGE_KEY);
  return saved !== undefined && saved in RECEIPT_PAPERS ? (saved as ReceiptPaper) : 'a4';
}

export function saveReceiptPaper(paper: ReceiptPaper): void {
  keep(STORAGE_KEY, paper);
}

/** The @page rule for a receipt on `paper` whose printed content is `contentHeightPx` tall. */
export function receiptPageRule(paper: ReceiptPaper, contentHeightPx: number): string {
  const margin = MARGIN_MM[paper];
  if (paper === 'a4') return `@page { size: A4; margin: ${margin}mm; }`;
  const length = Math.ceil(contentHeightPx * MM_PER_CSS_PX + 2 * margin + TEAR_OFF_MM);
  return `@page { size: ${RECEIPT_PAPERS[paper].widthMm}mm ${length}mm; margin: ${margin}mm; }`;
}

/** Width of the receipt's content on `paper`, in mm: what the screen preview is laid out at too. */
export function receiptContentWidthMm(paper: ReceiptPaper): number {
  return RECEIPT_PAPERS[paper].widthMm - 2 * MARGIN_MM[paper];
}
