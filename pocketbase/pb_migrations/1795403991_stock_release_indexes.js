// @ts-check
// The stock releases (BAST) as the reports read them (pb_hooks/lib/stock_reports.js): the public
// figures (/api/data/logistik) count each warehouse's releases of the last months, and the disaster
// report lists each legal basis's releases. Neither had an index: the first read every release the
// office ever made, the second every release once per legal basis of the warehouse. With these the
// first reads only the months it shows (from the index alone), the second only each basis's releases.
migrate(
  (app) => {
    const releases = app.findCollectionByNameOrId('stock_releases');
    releases.addIndex('idx_stock_releases_month', false, 'released_at, warehouse', '');
    releases.addIndex('idx_stock_releases_basis', false, 'legal_basis, released_at', '');
    app.save(releases);
  },
  (app) => {
    const releases = app.findCollectionByNameOrId('stock_releases');
    releases.removeIndex('idx_stock_releases_basis');
    releases.removeIndex('idx_stock_releases_month');
    app.save(releases);
  },
);
