// @ts-check
// The stock reports (pb_hooks/lib/stock_reports.js) and the release checks (pb_hooks/lib/stock.js
// batchesOf) sum a warehouse's whole ledger; at 50,000 entries they read it from indexes that hold
// every column they sum, never the rows: a month's movements per item and kind, and each batch's
// balance, expiry and first receipt (docs/performance.md, "Stock reports through PocketBase").
const BATCH_BEFORE = 'CREATE INDEX idx_stock_entries_batch ON stock_entries (warehouse, item, batch)';
const BATCH_AFTER =
  'CREATE INDEX idx_stock_entries_batch ON stock_entries (warehouse, item, batch, expires_on, change, created)';
const MONTH = 'CREATE INDEX idx_stock_entries_month ON stock_entries (warehouse, item, kind, created, change)';

/** @param {CoreApp} app @param {(indexes: string[]) => string[]} change */
function changeIndexes(app, change) {
  const entries = app.findCollectionByNameOrId('stock_entries');
  entries.indexes = /** @type {any} */ (change([...entries.indexes]));
  app.save(entries);
}

migrate(
  (app) =>
    changeIndexes(app, (indexes) => [...indexes.map((index) => (index === BATCH_BEFORE ? BATCH_AFTER : index)), MONTH]),
  (app) =>
    changeIndexes(app, (indexes) =>
      indexes.filter((index) => index !== MONTH).map((index) => (index === BATCH_AFTER ? BATCH_BEFORE : index)),
    ),
);
