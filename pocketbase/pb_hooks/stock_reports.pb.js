// @ts-check
// Reports on the stock ledger (src/domain/stock-reports.ts, pb_hooks/lib/stock_reports.js): the alerts
// of the warehouses an account keeps, a warehouse's kartu stok (pb_hooks/logistics.pb.js), monthly
// report and releases per disaster — each for the warehouse's office and the Camat of its kecamatan
// only, every opening audited, never cached — and the public figures: aggregates per warehouse,
// made at most once a minute and again after any ledger entry.

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockAlerts'),
  (e) => {
    const reports = require(`${__hooks}/lib/stock_reports.js`);
    const keeper = require(`${__hooks}/lib/stock.js`).stockKeeper(e);
    const alerts = reports.stockAlerts(e.app, reports.warehousesOf(e.app, keeper), keeper, new Date());
    reports.auditReport(e.app, keeper, 'peringatan stok', {
      kedaluwarsa: alerts.expiring.length,
      'di-bawah-minimum': alerts.belowMinimum.length,
      'belum-diterima': alerts.undelivered.length,
    });
    e.response.header().set('Cache-Control', 'no-store');
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockAlerts', alerts);
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('monthlyStockReport'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const reports = require(`${__hooks}/lib/stock_reports.js`);
    const keeper = require(`${__hooks}/lib/stock.js`).stockKeeper(e);
    const query = require(`${__hooks}/lib/given.js`).queryOf(e);
    const warehouse = reports.readableWarehouse(e.app, keeper, query.get('gudang'));
    const month = query.get('bulan');
    if (!domain.REPORT_MONTH.test(month)) throw new BadRequestError('Pilih bulan laporan, misalnya 2026-12.');
    const report = reports.monthlyReportOf(e.app, warehouse, month);
    const csv = query.get('format') === 'csv';
    reports.auditReport(e.app, keeper, `laporan bulanan ${month} ${warehouse.getString('name')}`, {
      format: csv ? 'csv' : 'json',
    });
    e.response.header().set('Cache-Control', 'no-store');
    if (!csv) return require(`${__hooks}/lib/http.js`).answer(e, 'monthlyStockReport', report);
    return require(`${__hooks}/lib/csv.js`).sendCsv(
      e,
      `laporan-stok-${warehouse.getString('code')}-${month}.csv`,
      domain.monthlyReportRows(report),
    );
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('disasterStockReport'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const reports = require(`${__hooks}/lib/stock_reports.js`);
    const keeper = require(`${__hooks}/lib/stock.js`).stockKeeper(e);
    const query = require(`${__hooks}/lib/given.js`).queryOf(e);
    const warehouse = reports.readableWarehouse(e.app, keeper, query.get('gudang'));
    const report = reports.disasterReportOf(e.app, warehouse);
    const csv = query.get('format') === 'csv';
    reports.auditReport(e.app, keeper, `penyaluran per bencana ${warehouse.getString('name')}`, {
      format: csv ? 'csv' : 'json',
    });
    e.response.header().set('Cache-Control', 'no-store');
    if (!csv) return require(`${__hooks}/lib/http.js`).answer(e, 'disasterStockReport', report);
    return require(`${__hooks}/lib/csv.js`).sendCsv(
      e,
      `penyaluran-per-bencana-${warehouse.getString('code')}.csv`,
      domain.disasterReportRows(report),
    );
  },
  $apis.requireAuth('staff', 'camats'),
);

// Public: counts per warehouse and item, no batch, village or name. ?format=csv for a spreadsheet.
routerAdd(...require(`${__hooks}/lib/http.js`).route('stockFigures'), (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const reports = require(`${__hooks}/lib/stock_reports.js`);
  const http = require(`${__hooks}/lib/http.js`);
  const make = () => reports.publicStockFigures(e.app, new Date());
  if (require(`${__hooks}/lib/given.js`).queryOf(e).get('format') !== 'csv')
    return http.cachedAnswer(e, 'stockFigures', reports.PUBLIC_STOCK_TOPIC, 'json', 'public, no-cache', make);
  e.response.header().set('Cache-Control', 'public, no-cache');
  return require(`${__hooks}/lib/csv.js`).sendCsv(e, 'stok-logistik.csv', domain.publicStockRows(make()));
});

// Handlers see no variables of this file (PocketBase runs each on its own): helpers live in lib/stock_reports.js.

// A new ledger entry changes the public figures: the next request makes them again.
onRecordAfterCreateSuccess((e) => {
  require(`${__hooks}/lib/http.js`).forgetPublicAnswers(
    e.app,
    require(`${__hooks}/lib/stock_reports.js`).PUBLIC_STOCK_TOPIC,
  );
  e.next();
}, 'stock_entries');
