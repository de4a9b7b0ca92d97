// The spreadsheet files (CSV) staff download: the kepala bidang's reports. A cell may hold text a
// resident typed (a survey suggestion), and spreadsheet programs run a cell that begins with
// = + - @ — or a tab or carriage return, which some of them skip before looking — as a formula:
// =HYPERLINK(…) sends the sheet's data to another site, +cmd|… or @SUM(…) starts a program. As
// OWASP's "CSV Injection" page advises, such text gets a leading apostrophe (the program then shows
// it as text and runs nothing) and every cell is quoted, a quote inside doubled. Numbers the
// server computed are written as they are.

export type SpreadsheetValue = string | number | null;

/** What a spreadsheet program may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetCell(value: SpreadsheetValue): string {
  if (value === null) return '""';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A whole file: a byte-order mark, so spreadsheet programs read Indonesian text as UTF-8, and CRLF
 * line ends. The first row is the header.
 */
export function spreadsheetText(rows: readonly (readonly SpreadsheetValue[])[]): string {
  return `\ufeff${rows.map((row) => row.map(spreadsheetCell).join(',')).join('\r\n')}\r\n`;
}
