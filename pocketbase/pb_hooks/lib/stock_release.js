// @ts-check
// A release of stock for an approved village proposal (pb_hooks/logistics.pb.js: stockRelease): by
// the side that decided the proposal, from its warehouse, under the legal basis that warehouse
// requires, batch by batch within what each holds and never expired. One transaction writes the
// release (its BAST number and verification code) and a ledger entry per line; PocketBase runs such
// transactions one at a time, so of two releases that together exceed a batch exactly one passes.
// The proposal moves to "Logistik dikirim" in the same transaction, its timeline naming who released.

/** @typedef {import("./stock.js").StockKeeper} StockKeeper */

/** Longest name or position on a BAST. */
const BAST_TEXT_LIMIT = 100;

/**
 * The BAST's public verification code: a keyed hash (server key "bast") of what the BAST says,
 * so it cannot be guessed, and a code changed by one character names no BAST.
 * @param {HookApp} app @param {string} number @param {string} warehouseCode @param {string} releasedAt
 */
function bastCode(app, number, warehouseCode, releasedAt) {
  const key = require(`${__hooks}/lib/server_keys.js`).serverKey(app, 'bast');
  return $security.hs256(`${number}\n${warehouseCode}\n${releasedAt}`, key).slice(0, 32);
}

/**
 * @param {HookApp} app @param {StockKeeper} keeper @param {Record<string, any>} body @param {string} key
 * @returns {core.Record}
 */
function recordRelease(app, keeper, body, key) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const stock = require(`${__hooks}/lib/stock.js`);
  const { throwProblems } = require(`${__hooks}/lib/problems.js`);
  const text = (/** @type {string} */ name) =>
    String(body[name] === undefined || body[name] === null ? '' : body[name]).trim();
  const again = stock.alreadyRecorded(app, 'stock_releases', key);
  if (again) return again;

  const warehouse = stock.warehouseFor(app, keeper, text('warehouse'), 'penyaluran');
  let proposal;
  try {
    proposal = app.findRecordById('proposals', text('proposal'));
  } catch (_) {
    throw new NotFoundError('Usulan itu tidak ada.');
  }
  const village = app.findRecordById('villages', proposal.getString('village'));
  const kecamatan = app.findRecordById('kecamatan', village.getString('kecamatan'));
  const decidedByCamat = proposal.getString('decided_by') === 'camat';
  // The side that decided the proposal releases for it, from its own warehouse.
  const decidersWarehouse = decidedByCamat
    ? warehouse.kind === 'lumbung-sosial' && warehouse.kecamatan === kecamatan.id
    : warehouse.kind === 'dinas' && warehouse.agency === kecamatan.getString('agency');
  if (!decidersWarehouse)
    throw new ForbiddenError(
      decidedByCamat
        ? 'Usulan ini diputuskan Camat: logistiknya keluar dari Lambung Sosial kecamatannya.'
        : 'Usulan ini diputuskan Dinas Sosial: logistiknya keluar dari gudang Dinas.',
    );
  if (proposal.getString('status') !== 'disetujui')
    throwProblems([{ field: 'proposal', message: 'Logistik hanya disalurkan untuk usulan yang sudah disetujui.' }]);

  /** @type {import("../../../src/domain/stock").LegalBasis} */
  let basis = { kind: '', number: '', date: '', issuer: '' };
  let basisRecord = null;
  if (text('legal_basis')) {
    try {
      basisRecord = app.findRecordById('legal_bases', text('legal_basis'));
    } catch (_) {
      basisRecord = null;
    }
    if (basisRecord && basisRecord.getString('warehouse') === warehouse.id)
      basis = {
        kind: basisRecord.getString('kind'),
        number: basisRecord.getString('number'),
        date: basisRecord.getString('date'),
        issuer: basisRecord.getString('issuer'),
      };
    else basisRecord = null;
  }
  throwProblems(domain.legalBasisProblems(warehouse, basis, new Date()));

  /** @type {{ field: string, message: string }[]} */
  const problems = [];
  for (const field of ['giver_name', 'giver_position', 'receiver_name', 'receiver_position']) {
    if (!text(field)) problems.push({ field, message: `${domain.BAST_FIELD_LABELS[field]}: wajib diisi.` });
    else if (text(field).length > BAST_TEXT_LIMIT)
      problems.push({ field, message: `${domain.BAST_FIELD_LABELS[field]}: paling banyak ${BAST_TEXT_LIMIT} huruf.` });
  }
  const sent = Array.isArray(body.lines) ? body.lines : [];
  if (sent.length === 0 || sent.length > domain.MAX_RELEASE_LINES)
    problems.push({ field: 'lines', message: `Pilih barang yang disalurkan (1–${domain.MAX_RELEASE_LINES} baris).` });
  /** @type {Map<string, ReturnType<typeof stock.itemFor>>} */
  const items = new Map();
  const lines = sent.slice(0, domain.MAX_RELEASE_LINES).map((/** @type {any} */ line, /** @type {number} */ index) => {
    const slug = String(line?.item || '');
    const item = items.get(slug) || stock.itemFor(app, slug, `lines.${index}.item`);
    items.set(slug, item);
    const quantity = typeof line.quantity === 'number' ? line.quantity : Number.NaN;
    const quantityProblem = domain.quantityProblem(item, quantity);
    if (quantityProblem) problems.push({ field: `lines.${index}.quantity`, message: quantityProblem });
    return { item: slug, batch: String(line.batch || '').trim(), quantity };
  });
  throwProblems(problems);

  let releaseId = '';
  stock.refusingTransaction(app, (tx) => {
    // The same release sent twice at once (a retry racing its original): the second answers the first.
    const raced = stock.alreadyRecorded(tx, 'stock_releases', key);
    if (raced) {
      releaseId = raced.id;
      return undefined;
    }
    const now = new Date();
    const batches = stock.batchesOf(tx, warehouse.id);
    const refusals = domain.releaseLineProblems(lines, batches, items, domain.officeDate(now));
    if (refusals.length > 0)
      return refusals.map((refusal) => ({ field: `lines.${refusal.line}.quantity`, message: refusal.message }));
    const year = domain.officeDate(now).slice(0, 4);
    const place = warehouse.kind === 'dinas' ? 'DINAS' : kecamatan.getString('code');
    const count = tx.countRecords(
      'stock_releases',
      $dbx.exp('warehouse = {:warehouse} AND number LIKE {:year}', {
        warehouse: warehouse.id,
        year: `BAST/${place}/${year}/%`,
      }),
    );
    const number = `BAST/${place}/${year}/${String(count + 1).padStart(4, '0')}`;
    const releasedAt = now.toISOString();
    const record = new Record(tx.findCollectionByNameOrId('stock_releases'));
    record.load({
      warehouse: warehouse.id,
      number,
      code: bastCode(tx, number, warehouse.code, releasedAt),
      proposal: proposal.id,
      legal_basis: basisRecord ? basisRecord.id : '',
      lines: lines.map((line) => {
        const item = /** @type {ReturnType<typeof stock.itemFor>} */ (items.get(line.item));
        const batch = batches.find((one) => one.item === line.item && one.batch === line.batch);
        return { ...line, name: item.name, unit: item.unit, expiresOn: batch ? batch.expiresOn : '' };
      }),
      giver_name: text('giver_name'),
      giver_position: text('giver_position'),
      receiver_name: text('receiver_name'),
      receiver_position: text('receiver_position'),
      released_at: releasedAt,
      idempotency_key: key,
      ...stock.recordedBy(keeper),
    });
    tx.save(record);
    require(`${__hooks}/lib/audit.js`).recordAction(tx, keeper.account, 'stock_releases', record, {
      number,
      proposal: proposal.getString('number'),
    });
    const event = new Record(tx.findCollectionByNameOrId('proposal_events'));
    event.load({
      proposal: proposal.id,
      status: 'dikirim',
      at: releasedAt,
      public_note: `Logistik dikirim dari ${warehouse.name} dengan ${number}.`,
      ...(keeper.actor === 'camat' ? { camat: keeper.account.id } : { staff: keeper.account.id }),
    });
    tx.save(event);
    for (const line of lines) {
      const item = /** @type {ReturnType<typeof stock.itemFor>} */ (items.get(line.item));
      const batch = batches.find((one) => one.item === line.item && one.batch === line.batch);
      stock.writeEntry(tx, keeper, {
        warehouse: warehouse.id,
        item: item.record.id,
        batch: line.batch,
        expires_on: batch ? batch.expiresOn : '',
        kind: 'penyaluran',
        change: -line.quantity,
        reference: number,
        release: record.id,
      });
    }
    releaseId = record.id;
    return undefined;
  });
  return app.findRecordById('stock_releases', releaseId);
}

/**
 * The BAST signed by the receiver, attached as photos: the release is received, and its proposal
 * becomes "Logistik diterima desa", its timeline naming who attached it. Once only.
 * @param {HookApp} app @param {StockKeeper} keeper @param {string} releaseId @param {any[]} photos
 */
function recordReceipt(app, keeper, releaseId, photos) {
  const stock = require(`${__hooks}/lib/stock.js`);
  let release;
  try {
    release = app.findRecordById('stock_releases', releaseId);
  } catch (_) {
    throw new NotFoundError('BAST itu tidak ada.');
  }
  const warehouse = app.findRecordById('warehouses', release.getString('warehouse'));
  stock.warehouseFor(app, keeper, warehouse.getString('code'), 'penyaluran');
  stock.refusingTransaction(app, (tx) => {
    const fresh = tx.findRecordById('stock_releases', release.id);
    if (!fresh.getDateTime('received_at').isZero())
      return [{ field: 'signed_bast', message: `${fresh.getString('number')} sudah diterima desa.` }];
    if (photos.length === 0)
      return [{ field: 'signed_bast', message: 'Lampirkan foto BAST yang sudah ditandatangani penerima.' }];
    const at = new Date().toISOString();
    fresh.load({ signed_bast: photos, received_at: at, ...receivedBy(keeper) });
    tx.save(fresh);
    const event = new Record(tx.findCollectionByNameOrId('proposal_events'));
    event.load({
      proposal: fresh.getString('proposal'),
      status: 'diterima-desa',
      at,
      public_note: `Logistik diterima desa; ${fresh.getString('number')} ditandatangani penerima.`,
      ...(keeper.actor === 'camat' ? { camat: keeper.account.id } : { staff: keeper.account.id }),
    });
    tx.save(event);
    require(`${__hooks}/lib/audit.js`).recordAction(tx, keeper.account, 'bast-diterima', fresh, {
      number: fresh.getString('number'),
    });
    return undefined;
  });
  return app.findRecordById('stock_releases', release.id);
}

/** @param {StockKeeper} keeper */
function receivedBy(keeper) {
  return keeper.actor === 'camat' ? { received_by_camat: keeper.account.id } : { received_by_staff: keeper.account.id };
}

/**
 * What anyone holding a paper BAST may check by its code: number, date, warehouse, village and
 * items — no names, no signatures. Null for a code no BAST has, or one whose record no longer
 * matches its code (changed behind the server's back).
 * @param {HookApp} app @param {string} code
 * @returns {import("../../../src/domain/routes").PublicBast | null}
 */
function publicBast(app, code) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  if (!/^[0-9a-f]{32}$/.test(code)) return null;
  let release;
  try {
    release = app.findFirstRecordByData('stock_releases', 'code', code);
  } catch (_) {
    return null;
  }
  const warehouse = app.findRecordById('warehouses', release.getString('warehouse'));
  const releasedAt = domain.dateFromStored(release.getDateTime('released_at')).toISOString();
  if (bastCode(app, release.getString('number'), warehouse.getString('code'), releasedAt) !== code) return null;
  const proposal = app.findRecordById('proposals', release.getString('proposal'));
  const village = app.findRecordById('villages', proposal.getString('village'));
  const kecamatan = app.findRecordById('kecamatan', village.getString('kecamatan'));
  const lines = /** @type {{ name: string, unit: string, batch: string, quantity: number, expiresOn: string }[]} */ (
    JSON.parse(release.getString('lines') || '[]')
  );
  return {
    number: release.getString('number'),
    date: domain.officeDate(new Date(releasedAt)),
    warehouse: warehouse.getString('name'),
    village: `${village.getString('type') === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${village.getString('name')}, Kecamatan ${kecamatan.getString('name')}`,
    items: lines.map((line) => ({
      name: line.name,
      unit: line.unit,
      batch: line.batch,
      quantity: line.quantity,
      expiresOn: line.expiresOn,
    })),
    received: !release.getDateTime('received_at').isZero(),
  };
}

module.exports = { recordRelease, recordReceipt, publicBast, bastCode };
