// Printing one slip of a workspace page — an activation code, the audit trail's anchor — on its
// own sheet: `data-cetak` on <body> names the slip, and the print stylesheet (global.css) leaves
// out everything that neither is it nor holds it, until the print dialog closes.

/** The slips the print stylesheet knows, by the `data-cetak` value that prints each. */
export type PrintSlip = 'lembar-aktivasi' | 'jangkar-jejak-audit';

export function printSlip(slip: PrintSlip): void {
  document.body.dataset['cetak'] = slip;
  addEventListener('afterprint', () => delete document.body.dataset['cetak'], { once: true });
  window.print();
}
