// @ts-check
// Reading the stock ledger for reports (src/domain/stock-reports.ts): the alerts of the warehouses an
// account keeps, a warehouse's monthly report, its releases per disaster, and the public figures.
// Sums are made by SQLite and handed to the domain's functions as entries, so the rules (what counts
// as an alert, how a month adds up) stay the domain's.

/** @typedef {import("../../../src/domain/stock").StockCategory} StockCategory */
/** @typedef {import("../../../src/domain/stock").LegalBasisKind} LegalBasisKind */

/**
 * The item catalogue, by slug.
 * @param {HookApp} app
 * @returns {Map<string, { slug: string, name: string, unit: string, alertDays: number, category: StockCategory }>}
 */
function catalogueOf(app) {
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { slug: '', name: '', unit: '', alert_days: 0, category: '' },
    'SELECT slug, name, unit, alert_days, category FROM stock_items ORDER BY slug',
  );
  return new Map(
    rows.map((row) => [
      row.slug,
      {
        slug: row.slug,
        name: row.name,
        unit: row.unit,
        alertDays: row.alert_days,
        category: /** @type {StockCategory} */ (row.category),
      },
    ]),
  );
}

/**
 * The warehouses an account reads (src/domain/stock.ts mayReadStock): a Camat their Lambung Sosial,
 * staff every warehouse of their office.
 * @param {HookApp} app @param {Pick<import("./stock.js").StockKeeper, 'actor' | 'agency' | 'kecamatan'>} keeper
 * @returns {core.Record[]}
 */
function warehousesOf(app, keeper) {
  const { present } = require(`${__hooks}/lib/given.js`);
  return present(
    keeper.actor === 'camat'
      ? app.findRecordsByFilter('warehouses', 'kecamatan = {:kecamatan}', 'code', 0, 0, { kecamatan: keeper.kecamatan })
      : app.findRecordsByFilter('warehouses', 'agency = {:agency}', 'code', 0, 0, { agency: keeper.agency }),
  );
}

/**
 * The warehouse `code` names, when the keeper reads it; 404 or 403 naming why otherwise.
 * @param {HookApp} app @param {import("./stock.js").StockKeeper} keeper @param {string} code
 */
function readableWarehouse(app, keeper, code) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  let warehouse;
  try {
    warehouse = app.findFirstRecordByData('warehouses', 'code', code);
  } catch (_) {
    throw new NotFoundError('Gudang itu tidak ada. Pilih gudang dari daftar.');
  }
  const place = { agency: warehouse.getString('agency'), kecamatan: warehouse.getString('kecamatan') };
  if (!domain.mayReadStock(keeper.actor, place, keeper))
    throw new ForbiddenError(`${warehouse.getString('name')} bukan gudang Anda.`);
  return warehouse;
}

/**
 * The stock alerts of `warehouses` at `now`, and the proposals of the same scope approved longer ago
 * than the office's N days and not yet received: a Camat's (decided by the Camat in their
 * kecamatan) or the office's (all of its kecamatan).
 * @param {HookApp} app @param {core.Record[]} warehouses
 * @param {{ agency: string, kecamatan: string }} scope @param {Date} now
 * @returns {import("../../../src/domain/stock-reports").StockAlerts}
 */
function stockAlerts(app, warehouses, scope, now) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const stock = require(`${__hooks}/lib/stock.js`);
  const catalogue = catalogueOf(app);
  /** @type {import("../../../src/domain/stock-ledger").BatchBalance[]} */
  const batches = [];
  for (const warehouse of warehouses)
    for (const batch of stock.batchesOf(app, warehouse.id))
      batches.push({ ...batch, warehouse: warehouse.getString('code') });
  const balances = new Map();
  for (const batch of batches) {
    const key = domain.itemBalanceKey(batch.warehouse, batch.item);
    balances.set(key, domain.roundQuantity((balances.get(key) || 0) + batch.balance));
  }
  const names = new Map(warehouses.map((warehouse) => [warehouse.getString('code'), warehouse.getString('name')]));
  const named = (/** @type {{ warehouse: string, item: string }} */ alert) => {
    const item = catalogue.get(alert.item);
    return {
      warehouseName: names.get(alert.warehouse) || alert.warehouse,
      itemName: item ? item.name : alert.item,
      unit: item ? item.unit : '',
    };
  };
  const minimums = warehouses.map((warehouse) => ({
    code: warehouse.getString('code'),
    minimum: /** @type {Record<string, number>} */ (JSON.parse(warehouse.getString('minimum') || '{}')),
  }));
  const days = warehouses.length > 0 ? warehouses[0].getInt('undelivered_alert_days') : 0;
  return {
    expiring: domain.expiryAlerts(batches, catalogue, now).map((alert) => ({ ...alert, ...named(alert) })),
    belowMinimum: domain
      .belowMinimum(balances, minimums)
      .map((alert) => ({ ...alert, ...named(alert) }))
      .sort((a, b) => a.warehouseName.localeCompare(b.warehouseName) || a.itemName.localeCompare(b.itemName)),
    undelivered: undeliveredOf(app, scope, days, now),
    undeliveredAlertDays: days,
  };
}

/**
 * Proposals approved and not yet received by their village, waiting longer than `days`: oldest first.
 * @param {HookApp} app @param {{ agency: string, kecamatan: string }} scope @param {number} days @param {Date} now
 * @returns {import("../../../src/domain/stock-reports").UndeliveredProposal[]}
 */
function undeliveredOf(app, scope, days, now) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const camat = scope.kecamatan !== '';
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { id: '', number: '', status: '', village: '', kecamatan: '', approved_at: '' },
    domain.undeliveredProposalsSql(camat ? 'camat' : 'office'),
    camat ? { kecamatan: scope.kecamatan } : { agency: scope.agency },
  );
  const today = domain.officeDate(now);
  return domain
    .undeliveredProposals(
      rows
        .filter((row) => row.approved_at)
        .map((row) => ({ ...row, approvedAt: domain.dateFromStored(row.approved_at).toISOString() })),
      days,
      now,
    )
    .map((row) => ({
      id: row.id,
      number: row.number,
      village: row.village,
      kecamatan: row.kecamatan,
      status: /** @type {'disetujui' | 'dikirim'} */ (row.status),
      approvedAt: row.approvedAt,
      waitingDays: domain.daysBetween(domain.officeDate(new Date(row.approvedAt)), today),
    }));
}

/**
 * The monthly report of a warehouse (src/domain/stock-ledger.ts monthlyReport), from SQLite's sums:
 * per item, what came before the month as one opening entry, and per kind what moved within it.
 * @param {HookApp} app @param {core.Record} warehouse @param {string} month "YYYY-MM"
 * @returns {import("../../../src/domain/stock-reports").MonthlyReport}
 */
function monthlyReportOf(app, warehouse, month) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { from } = domain.officeMonthRange(month);
  const sums = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { item: '', kind: '', change: 0.5 },
    // From the month figures kept as the ledger is written (src/domain/stock-ledger.ts), then named.
    domain.STOCK_MONTH_SQL.report,
    { warehouse: warehouse.id, month },
  );
  const before = new Date(from.getTime() - 1).toISOString();
  /** @type {import("../../../src/domain/stock-ledger").LedgerEntry[]} */
  const entries = sums.map((sum, index) => ({
    id: String(index),
    seq: index,
    at: sum.kind ? from.toISOString() : before,
    warehouse: warehouse.id,
    item: sum.item,
    batch: '',
    expiresOn: '',
    // The opening sum stands as one receipt before the month: only its amount counts.
    kind: /** @type {import("../../../src/domain/stock-ledger").EntryKind} */ (sum.kind || 'penerimaan'),
    change: sum.change,
    reference: '',
    corrects: '',
  }));
  const catalogue = catalogueOf(app);
  return {
    warehouse: warehouse.getString('code'),
    warehouseName: warehouse.getString('name'),
    month,
    lines: domain.monthlyReport(entries, warehouse.id, month).map((line) => {
      const item = catalogue.get(line.item);
      return { ...line, itemName: item ? item.name : line.item, unit: item ? item.unit : '' };
    }),
  };
}

/**
 * The stock releases (BAST) as the reports read them, each through an index of stock_releases
 * (migration 1795403991_stock_release_indexes.js; tests/integration/stock-reports.test.ts reads the plans):
 * the disaster report, each legal basis of a warehouse with its releases; the public figures, the
 * BAST per warehouse and office month since a date.
 */
const RELEASE_QUERIES = {
  disasters:
    'SELECT b.id AS basis, b.kind, b.number AS basis_number, b.date, b.issuer, b.disaster,' +
    " COALESCE(r.number, '') AS bast, COALESCE(r.lines, '') AS lines, COALESCE(r.released_at, '') AS released_at," +
    " COALESCE(r.received_at, '') AS received_at, COALESCE(p.number, '') AS proposal, COALESCE(v.name, '') AS village," +
    " COALESCE(v.type, '') AS village_type, COALESCE(k.name, '') AS kecamatan" +
    ' FROM legal_bases b LEFT JOIN stock_releases r ON r.legal_basis = b.id' +
    ' LEFT JOIN proposals p ON p.id = r.proposal LEFT JOIN villages v ON v.id = p.village' +
    ' LEFT JOIN kecamatan k ON k.id = v.kecamatan' +
    ' WHERE b.warehouse = {:warehouse} ORDER BY b.date DESC, b.created DESC, r.released_at',
  publicMonths:
    // INDEXED BY: with idx_stock_releases_warehouse beside it, SQLite without statistics would scan that one for the GROUP BY.
    "SELECT warehouse, strftime('%Y-%m', released_at, {:offset}) AS month, COUNT(*) AS count" +
    ' FROM stock_releases INDEXED BY idx_stock_releases_month' +
    ' WHERE released_at >= {:since} GROUP BY warehouse, 2',
};

/**
 * Each legal basis of the warehouse (a disaster) with the releases made under it: which village got
 * what, by BAST. No giver's or receiver's name.
 * @param {HookApp} app @param {core.Record} warehouse
 * @returns {import("../../../src/domain/stock-reports").DisasterReport}
 */
function disasterReportOf(app, warehouse) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    {
      basis: '',
      kind: '',
      basis_number: '',
      date: '',
      issuer: '',
      disaster: '',
      bast: '',
      lines: '',
      released_at: '',
      received_at: '',
      proposal: '',
      village: '',
      village_type: '',
      kecamatan: '',
    },
    RELEASE_QUERIES.disasters,
    { warehouse: warehouse.id },
  );
  /** @type {Map<string, import("../../../src/domain/stock-reports").DisasterReportEntry>} */
  const disasters = new Map();
  for (const row of rows) {
    let disaster = disasters.get(row.basis);
    if (!disaster) {
      disaster = {
        basisId: row.basis,
        kind: row.kind,
        kindLabel:
          row.kind in domain.LEGAL_BASES
            ? domain.LEGAL_BASES[/** @type {LegalBasisKind} */ (row.kind)].label
            : row.kind,
        number: row.basis_number,
        date: row.date,
        issuer: row.issuer,
        disaster: row.disaster,
        deliveries: [],
      };
      disasters.set(row.basis, disaster);
    }
    if (!row.bast) continue;
    const lines = /** @type {{ name: string, unit: string, batch: string, quantity: number }[]} */ (
      JSON.parse(row.lines)
    );
    const released = domain.dateFromStored(row.released_at);
    const received = row.received_at ? domain.dateFromStored(row.received_at) : null;
    disaster.deliveries.push({
      bastNumber: row.bast,
      proposalNumber: row.proposal,
      village: `${row.village_type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${row.village}`,
      kecamatan: row.kecamatan,
      releasedAt: released.toISOString(),
      releasedOn: domain.officeDate(released),
      receivedAt: received ? received.toISOString() : '',
      receivedOn: received ? domain.officeDate(received) : '',
      lines: lines.map((line) => ({ name: line.name, unit: line.unit, batch: line.batch, quantity: line.quantity })),
    });
  }
  return {
    warehouse: warehouse.getString('code'),
    warehouseName: warehouse.getString('name'),
    disasters: [...disasters.values()],
  };
}

/** The topic the public stock figures are kept under (lib/http.js cachedAnswer); a ledger entry makes them again. */
const PUBLIC_STOCK_TOPIC = 'logistik';

/**
 * The public figures of every warehouse: what it holds per item now, and per month of the last
 * PUBLIC_RELEASE_MONTHS what it released and under how many BAST. Aggregates only.
 * @param {HookApp} app @param {Date} now
 * @returns {import("../../../src/domain/stock-reports").PublicStockFigures}
 */
function publicStockFigures(app, now) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const months = domain.PUBLIC_RELEASE_MONTHS;
  const firstMonth = domain.monthsBefore(domain.officeMonth(now), months - 1);
  const since = domain.officeMonthRange(firstMonth).from;
  const held = queryRows(app, { warehouse: '', item: '', balance: 0.5 }, domain.STOCK_BALANCE_SQL.held);
  const offset = domain.SQLITE_OFFICE_OFFSET;
  const released = queryRows(
    app,
    { warehouse: '', month: '', item: '', quantity: 0.5 },
    domain.STOCK_MONTH_SQL.released,
    {
      since: firstMonth,
    },
  );
  const bastCounts = queryRows(app, { warehouse: '', month: '', count: 0 }, RELEASE_QUERIES.publicMonths, {
    offset,
    since: domain.storedDate(since),
  });
  const catalogue = [...catalogueOf(app).values()];
  const warehouses = require(`${__hooks}/lib/given.js`).present(
    app.findRecordsByFilter('warehouses', 'id != ""', 'code', 0, 0),
  );
  return {
    generatedAt: now.toISOString(),
    months,
    warehouses: warehouses.map((warehouse) => {
      const id = warehouse.id;
      const count = (/** @type {string} */ month) =>
        (bastCounts.find((row) => row.warehouse === id && row.month === month) || { count: 0 }).count;
      return domain.publicWarehouseFigures(
        { code: warehouse.getString('code'), name: warehouse.getString('name') },
        catalogue,
        new Map(held.filter((row) => row.warehouse === id).map((row) => [row.item, row.balance])),
        released
          .filter((row) => row.warehouse === id)
          .map((row) => ({ month: row.month, item: row.item, quantity: row.quantity, bastCount: count(row.month) })),
      );
    }),
  };
}

/**
 * Records the opening of a stock report in the audit trail, with what it showed.
 * @param {HookApp} app @param {import("./stock.js").StockKeeper} keeper @param {string} label @param {Record<string, unknown>} detail
 */
function auditReport(app, keeper, label, detail) {
  require(`${__hooks}/lib/audit.js`).writeEntry(app, {
    agency: keeper.agency || app.findRecordById('kecamatan', keeper.kecamatan).getString('agency'),
    actorType: keeper.account.collection().name,
    actorId: keeper.account.id,
    actorName: keeper.account.getString('name'),
    action: 'lihat-laporan-stok',
    targetType: 'stock_entries',
    targetId: '',
    targetLabel: label,
    detail,
  });
}

module.exports = {
  RELEASE_QUERIES,
  auditReport,
  PUBLIC_STOCK_TOPIC,
  warehousesOf,
  readableWarehouse,
  stockAlerts,
  monthlyReportOf,
  disasterReportOf,
  publicStockFigures,
};
