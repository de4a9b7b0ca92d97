// @ts-check
// Each batch's balance kept as the ledger is written, instead of summed from it on every read: the
// release and write-off checks, the balances of a warehouse, the stock alerts (every warehouse of
// the office, on the daily summary too) and the public figures summed a warehouse's whole ledger
// (pb_hooks/lib/stock.js batchesOf) — 33,000 entries of one warehouse at the five-year office
// (bench/five-years.ts), 156 ms of server CPU for the alerts under load. Now one row per warehouse,
// item and batch.
//
// SQLite triggers keep it in the transaction that writes the entry, whoever writes it (the logistics
// routes, an import, the bench's copies), as request_month_figures are kept. The balance is kept in
// hundredths as an integer: quantities have at most two decimals (src/domain/stock.ts
// quantityProblem), so five years of additions stay exact. The ledger is append-only
// (pb_hooks/stock_ledger.pb.js); were an entry changed or removed all the same (SQL by hand), its
// batch is counted again from the ledger. A plain table, not a collection: no API reaches it.
// tests/integration/stock-ledger.test.ts checks it against the ledger's sums.
const BATCH_BALANCE_TRIGGERS = [
  'stock_batch_balances_insert',
  'stock_batch_balances_update',
  'stock_batch_balances_delete',
];

/** Hundredths of a change, exact. @param {string} change */
const changeInHundredths = (change) => `CAST(ROUND(${change} * 100) AS INTEGER)`;

/** The batch's row counted again from the ledger (none when no entry is left). @param {"NEW" | "OLD"} row */
function batchRecounted(row) {
  const batch = `warehouse = ${row}.warehouse AND item = ${row}.item AND batch = ${row}.batch`;
  return (
    `DELETE FROM stock_batch_balances WHERE ${batch};` +
    ' INSERT INTO stock_batch_balances (warehouse, item, batch, expires_on, balance_hundredths, first_in)' +
    ` SELECT warehouse, item, batch, MAX(expires_on), SUM(${changeInHundredths('change')}), MIN(created)` +
    ` FROM stock_entries WHERE ${batch} GROUP BY warehouse, item, batch;`
  );
}

migrate(
  (app) => {
    const run = (/** @type {string} */ sql) => app.db().newQuery(sql).execute();
    run(
      'CREATE TABLE stock_batch_balances (warehouse TEXT NOT NULL, item TEXT NOT NULL, batch TEXT NOT NULL,' +
        ' expires_on TEXT NOT NULL, balance_hundredths INTEGER NOT NULL, first_in TEXT NOT NULL,' +
        ' PRIMARY KEY (warehouse, item, batch)) WITHOUT ROWID',
    );
    run(
      'INSERT INTO stock_batch_balances' +
        ` SELECT warehouse, item, batch, MAX(expires_on), SUM(${changeInHundredths('change')}), MIN(created)` +
        ' FROM stock_entries GROUP BY warehouse, item, batch',
    );
    run(
      'CREATE TRIGGER stock_batch_balances_insert AFTER INSERT ON stock_entries BEGIN' +
        ' INSERT INTO stock_batch_balances (warehouse, item, batch, expires_on, balance_hundredths, first_in)' +
        ` VALUES (NEW.warehouse, NEW.item, NEW.batch, NEW.expires_on, ${changeInHundredths('NEW.change')}, NEW.created)` +
        ' ON CONFLICT (warehouse, item, batch) DO UPDATE SET expires_on = MAX(expires_on, excluded.expires_on),' +
        ' balance_hundredths = balance_hundredths + excluded.balance_hundredths, first_in = MIN(first_in, excluded.first_in);' +
        ' END',
    );
    run(
      'CREATE TRIGGER stock_batch_balances_update AFTER UPDATE OF warehouse, item, batch, expires_on, change, created' +
        ` ON stock_entries BEGIN ${batchRecounted('OLD')} ${batchRecounted('NEW')} END`,
    );
    run(`CREATE TRIGGER stock_batch_balances_delete AFTER DELETE ON stock_entries BEGIN ${batchRecounted('OLD')} END`);
  },
  (app) => {
    for (const trigger of BATCH_BALANCE_TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${trigger}`).execute();
    app.db().newQuery('DROP TABLE IF EXISTS stock_batch_balances').execute();
  },
);
