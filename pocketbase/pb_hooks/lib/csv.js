// @ts-check
// Reports as spreadsheet files: comma-separated, quoted where needed, with a byte-order mark so
// spreadsheet programs read Indonesian text as UTF-8, and CRLF line ends.

/** @param {string | number | null} value */
function cell(value) {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Answers with a CSV file to download.
 * @param {core.RequestEvent} e @param {string} filename @param {(string | number | null)[][]} rows the first is the header
 */
function sendCsv(e, filename, rows) {
  e.response.header().set('Content-Type', 'text/csv; charset=utf-8');
  e.response.header().set('Content-Disposition', `attachment; filename="${filename}"`);
  return e.string(200, `\ufeff${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`);
}

module.exports = { sendCsv };
