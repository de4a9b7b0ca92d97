// @ts-check
// Reports as spreadsheet files (src/domain/spreadsheet.ts: every cell quoted, text that a
// spreadsheet program would run as a formula defused).

/**
 * Answers with a CSV file to download.
 * @param {core.RequestEvent} e @param {string} filename @param {(string | number | null)[][]} rows the first is the header
 */
function sendCsv(e, filename, rows) {
  return sendCsvText(e, filename, require(`${__hooks}/generated/domain.cjs`).spreadsheetText(rows));
}

/**
 * Answers with a CSV file already written by the domain (its cells defused there).
 * @param {core.RequestEvent} e @param {string} filename @param {string} text
 */
function sendCsvText(e, filename, text) {
  e.response.header().set('Content-Type', 'text/csv; charset=utf-8');
  e.response.header().set('Content-Disposition', `attachment; filename="${filename}"`);
  return e.string(200, text);
}

module.exports = { sendCsv, sendCsvText };
