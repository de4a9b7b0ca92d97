// @ts-check
// Each warehouse's movements kept per item, office month and kind of entry as the ledger is written,
// so that a monthly report (pb_hooks/lib/stock_reports.js monthlyReportOf) and the public figures'
// releases per month add up a few rows per item and month instead of every entry up to the month's
// end: 33,000 entries of one warehouse at the five-year office (bench/five-years.ts), read through an
// index and grouped for every report. The opening of a month is the sum of the months before it.
//
// Kept by SQLite triggers in the transaction that writes the entry, whoever writes it, as the batch
// balances (1795403960) and request_month_figures are; in hundredths (exact), with the number of
// entries, so a month whose entries were all taken away again (SQL by hand: the ledger is
// append-only) counts as having none. The month is the office's (WIB, src/domain/time.ts
// SQLITE_OFFICE_OFFSET). A plain table, not a collection: no API reaches it.
// tests/integration/stock-ledger.test.ts checks it against the ledger's sums.
const STOCK_MONTH_OFFSET = '+420 minutes';
const STOCK_MONTH_TRIGGERS = ['stock_month_figures_insert', 'stock_month_figures_update', 'stock_month_figures_delete'];

/** SQL adding (sign "+") or taking away (sign "-") one entry's share of its month. @param {"NEW" | "OLD"} row @param {"+" | "-"} sign */
function monthShare(row, sign) {
  return (
    'INSERT INTO stock_month_figures (warehouse, item, month, kind, change_hundredths, entries) VALUES' +
    ` (${row}.warehouse, ${row}.item, strftime('%Y-%m', ${row}.created, '${STOCK_MONTH_OFFSET}'), ${row}.kind,` +
    ` ${sign}CAST(ROUND(${row}.change * 100) AS INTEGER), ${sign}1)` +
    ' ON CONFLICT (warehouse, item, month, kind) DO UPDATE SET change_hundredths = change_hundredths + excluded.change_hundredths,' +
    ' entries = entries + excluded.entries;'
  );
}

migrate(
  (app) => {
    const run = (/** @type {string} */ sql) => app.db().newQuery(sql).execute();
    run(
      'CREATE TABLE stock_month_figures (warehouse TEXT NOT NULL, item TEXT NOT NULL, month TEXT NOT NULL, kind TEXT NOT NULL,' +
        ' change_hundredths INTEGER NOT NULL, entries INTEGER NOT NULL, PRIMARY KEY (warehouse, item, month, kind)) WITHOUT ROWID',
    );
    run(
      `INSERT INTO stock_month_figures SELECT warehouse, item, strftime('%Y-%m', created, '${STOCK_MONTH_OFFSET}'), kind,` +
        ' SUM(CAST(ROUND(change * 100) AS INTEGER)), COUNT(*) FROM stock_entries GROUP BY 1, 2, 3, 4',
    );
    run(`CREATE TRIGGER stock_month_figures_insert AFTER INSERT ON stock_entries BEGIN ${monthShare('NEW', '+')} END`);
    run(
      'CREATE TRIGGER stock_month_figures_update AFTER UPDATE OF warehouse, item, created, kind, change ON stock_entries' +
        ` BEGIN ${monthShare('OLD', '-')} ${monthShare('NEW', '+')} END`,
    );
    run(`CREATE TRIGGER stock_month_figures_delete AFTER DELETE ON stock_entries BEGIN ${monthShare('OLD', '-')} END`);
  },
  (app) => {
    for (const trigger of STOCK_MONTH_TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${trigger}`).execute();
    app.db().newQuery('DROP TABLE IF EXISTS stock_month_figures').execute();
  },
);
