// @ts-check
// The stock ledger as the logistics routes (pb_hooks/logistics.pb.js) read and write it: who is
// asking, the warehouse they name, the balances of its batches and the entries written. The rules are
// the domain's (src/domain/stock.ts, stock-ledger.ts); every write happens inside the route's
// transaction, which PocketBase runs one at a time, so the balance a check reads is still the balance
// when the entry is written.

/** @typedef {import("../../../src/domain/stock").StockActor} StockActor */
/** @typedef {import("../../../src/domain/stock").StockAction} StockAction */

/** The request's JSON body. @param {core.RequestEvent} e @returns {Record<string, any>} */
function bodyOf(e) {
  return e.requestInfo().body || {};
}

/** Text of a JSON field, trimmed. @param {Record<string, any>} body @param {string} name */
function textOf(body, name) {
  const value = body[name];
  return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * A quantity as sent: a number, or text with a decimal comma or point ("2,5"); NaN otherwise.
 * @param {unknown} value
 */
function quantityOf(value) {
  if (typeof value === 'number') return value;
  const text = String(value === undefined || value === null ? '' : value)
    .trim()
    .replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * Who is asking: a staff member by role, or a Camat; refused (403) for anyone else.
 * @param {core.RequestEvent} e
 */
function stockKeeper(e) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const account = require(`${__hooks}/lib/given.js`).accountOf(e);
  const collection = account.collection().name;
  const role = account.getString('role');
  /** @type {StockActor | null} */
  const actor = collection === 'camats' ? 'camat' : collection === 'staff' && domain.isStaffRole(role) ? role : null;
  if (!actor) throw new ForbiddenError('Stok logistik hanya untuk petugas Dinas Sosial dan Camat Lambung Sosial.');
  return {
    actor,
    account,
    agency: collection === 'staff' ? account.getString('agency') : '',
    kecamatan: collection === 'camats' ? account.getString('kecamatan') : '',
  };
}

/** @typedef {ReturnType<typeof stockKeeper>} StockKeeper */

/**
 * The warehouse `code` names, when `keeper` may do `action` there; otherwise 403 naming why (404
 * when there is no such warehouse).
 * @param {HookApp} app @param {StockKeeper} keeper @param {string} code @param {StockAction} action
 */
function warehouseFor(app, keeper, code, action) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  let record;
  try {
    record = app.findFirstRecordByData('warehouses', 'code', code);
  } catch (_) {
    throw new NotFoundError('Gudang itu tidak ada.');
  }
  const warehouse = {
    record,
    id: record.id,
    code,
    name: record.getString('name'),
    kind: /** @type {import("../../../src/domain/stock").WarehouseKind} */ (record.getString('kind')),
    agency: record.getString('agency'),
    kecamatan: record.getString('kecamatan'),
    legalBases: /** @type {import("../../../src/domain/stock").LegalBasisKind[]} */ (
      parsed(record, 'legal_bases') || []
    ),
  };
  const refusal = domain.stockActionRefusal(keeper.actor, action, warehouse, keeper);
  if (refusal) throw new ForbiddenError(refusal);
  return warehouse;
}

/** @param {core.Record} record @param {string} field */
function parsed(record, field) {
  const text = record.getString(field);
  return text ? JSON.parse(text) : null;
}

/**
 * The catalogue item `slug` names, or a 400 on `field`.
 * @param {HookApp} app @param {string} slug @param {string} field
 */
function itemFor(app, slug, field) {
  try {
    const record = app.findFirstRecordByData('stock_items', 'slug', slug);
    return {
      record,
      slug,
      name: record.getString('name'),
      unit: record.getString('unit'),
      whole: record.getBool('whole'),
      expires: record.getBool('expires'),
    };
  } catch (_) {
    throw require(`${__hooks}/lib/problems.js`).problemsError([
      { field, message: `Barang "${slug}" tidak ada di katalog logistik.` },
    ]);
  }
}

/**
 * Every batch of the warehouse with its balance — the sum of its entries, kept as they are written
 * (src/domain/stock-ledger.ts STOCK_BALANCE_SQL) and read in the caller's transaction, so a check
 * sees the entries the transaction has written before it.
 * @param {HookApp} app @param {string} warehouseId
 * @returns {import("../../../src/domain/stock-ledger").BatchBalance[]}
 */
function batchesOf(app, warehouseId) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  return require(`${__hooks}/lib/query.js`)
    .queryRows(
      app,
      // 0.5, not 0: the model's column is read as a float (kg of rice), never cut to an integer.
      { item: '', batch: '', expires_on: '', balance: 0.5, first_in: '' },
      domain.STOCK_BALANCE_SQL.batches,
      { warehouse: warehouseId },
    )
    .map((row) => ({
      warehouse: warehouseId,
      item: row.item,
      batch: row.batch,
      expiresOn: row.expires_on,
      balance: row.balance,
      firstIn: row.first_in,
    }));
}

/**
 * The kartu stok of one item in a warehouse over a period (src/domain/stock-ledger.ts: stockCard,
 * stockCardQueries): the balance carried in, then the period's entries with the running balance.
 * @param {HookApp} app @param {core.Record} warehouse @param {core.Record} item
 * @param {import("../../../src/domain/stock-ledger").StockCardPeriod} period
 * @returns {{ opening: number, rows: import("../../../src/domain/stock-ledger").StockCardRow[] }}
 */
function stockCardOf(app, warehouse, item, period) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const queries = domain.stockCardQueries(warehouse.id, item.id, period);
  const carried = queryRows(app, { opening: 0.5 }, queries.opening.sql, queries.opening.bind);
  const opening = carried.length > 0 ? carried[0].opening : 0;
  const entries = queryRows(
    app,
    // 0.5, not 0: the change is read as a float (kg of rice).
    { id: '', seq: 0, created: '', batch: '', expires_on: '', kind: '', change: 0.5, reference: '', corrects: '' },
    queries.rows.sql,
    queries.rows.bind,
  );
  return {
    opening,
    rows: domain.stockCard(
      entries.map((entry) => ({
        id: entry.id,
        seq: entry.seq,
        at: domain.dateFromStored(entry.created).toISOString(),
        warehouse: warehouse.id,
        item: item.id,
        batch: entry.batch,
        expiresOn: entry.expires_on,
        kind: /** @type {import("../../../src/domain/stock-ledger").EntryKind} */ (entry.kind),
        change: entry.change,
        reference: entry.reference,
        // Already the corrected entry's reference (stockCardQueries): the card shows it as it is.
        corrects: entry.corrects,
      })),
      warehouse.id,
      item.id,
      opening,
    ),
  };
}

/**
 * Writes one ledger entry, named in the audit trail as the keeper's.
 * @param {HookApp} tx @param {StockKeeper} keeper @param {Record<string, unknown>} fields
 */
function writeEntry(tx, keeper, fields) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const signProblem = domain.entrySignProblem({
    kind: /** @type {import("../../../src/domain/stock-ledger").EntryKind} */ (fields.kind),
    change: Number(fields.change),
    corrects: String(fields.corrects || ''),
  });
  if (signProblem) throw new Error(`Entri stok salah arah: ${signProblem}`);
  const record = new Record(tx.findCollectionByNameOrId('stock_entries'));
  record.load({ ...fields, ...recordedBy(keeper) });
  tx.save(record);
  require(`${__hooks}/lib/audit.js`).recordAction(tx, keeper.account, 'stock_entries', record, {
    kind: fields.kind,
    change: fields.change,
    reference: fields.reference,
  });
  return record;
}

/** The fields naming who recorded something. @param {StockKeeper} keeper */
function recordedBy(keeper) {
  return keeper.actor === 'camat' ? { recorded_by_camat: keeper.account.id } : { recorded_by_staff: keeper.account.id };
}

/**
 * The record already written under this idempotency key, if any: a send repeated after a dropped
 * connection answers what the first one recorded.
 * @param {HookApp} app @param {string} collection @param {string} key
 */
function alreadyRecorded(app, collection, key) {
  if (!key) return null;
  try {
    return app.findFirstRecordByData(collection, 'idempotency_key', key);
  } catch (_) {
    return null;
  }
}

/**
 * Runs `work` in one transaction. It returns the refusals it found before writing anything (or
 * nothing): those are thrown as the 400 answer after the transaction — an answer thrown inside one
 * reaches the client only as PocketBase's generic error.
 * @param {HookApp} app @param {(tx: HookApp) => ({ field: string, message: string }[] | undefined)} work
 */
function refusingTransaction(app, work) {
  const outcome = { refused: /** @type {{ field: string, message: string }[]} */ ([]) };
  app.runInTransaction((tx) => {
    outcome.refused = work(tx) || [];
  });
  require(`${__hooks}/lib/problems.js`).throwProblems(outcome.refused);
}

/**
 * The photos or PDFs sent as `field` (none when nothing was sent), cleaned as every upload is: never
 * their sender's file name, GPS position or camera (pb_hooks/lib/uploads.js).
 * @param {core.RequestEvent} e @param {string} field
 */
function uploadedFiles(e, field) {
  let files = [];
  try {
    files = require(`${__hooks}/lib/given.js`).present(e.findUploadedFiles(field) || []);
  } catch (_) {
    return [];
  }
  require(`${__hooks}/lib/uploads.js`).cleanReceived(e.app, files, field);
  return files;
}

module.exports = {
  stockCardOf,
  refusingTransaction,
  uploadedFiles,
  bodyOf,
  textOf,
  quantityOf,
  stockKeeper,
  warehouseFor,
  itemFor,
  batchesOf,
  writeEntry,
  recordedBy,
  alreadyRecorded,
};
