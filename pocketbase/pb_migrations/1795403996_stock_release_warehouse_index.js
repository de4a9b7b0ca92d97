// @ts-check
// Whether a warehouse the build leaves out is still named by a release (BAST), asked at a server
// start for that warehouse alone (pb_hooks/lib/site_sync.js REFERENCE_USES): no index began with
// the warehouse, so the question read every release the office ever made. With this it reads only
// the warehouse's releases.
migrate(
  (app) => {
    const releases = app.findCollectionByNameOrId('stock_releases');
    releases.addIndex('idx_stock_releases_warehouse', false, 'warehouse', '');
    app.save(releases);
  },
  (app) => {
    const releases = app.findCollectionByNameOrId('stock_releases');
    releases.removeIndex('idx_stock_releases_warehouse');
    app.save(releases);
  },
);
