// @ts-check
// Whether reference data the build leaves out or changes is still in use, asked at every server
// start for those references alone (pb_hooks/lib/site_sync.js USAGE_QUERIES): the requests of a
// service and the stock-ledger entries of an item had no index that begins with that column, so
// each question read the whole table (500,000 requests at the five-year office). With these, a
// question reads only the rows that use the reference. Requests keep their status beside the
// service so that a service's open requests are found in the index.
migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.addIndex('idx_requests_service', false, 'service, status', '');
    app.save(requests);
    const entries = app.findCollectionByNameOrId('stock_entries');
    entries.addIndex('idx_stock_entries_item', false, 'item', '');
    app.save(entries);
  },
  (app) => {
    const entries = app.findCollectionByNameOrId('stock_entries');
    entries.removeIndex('idx_stock_entries_item');
    app.save(entries);
    const requests = app.findCollectionByNameOrId('requests');
    requests.removeIndex('idx_requests_service');
    app.save(requests);
  },
);
