// @ts-check
// Disaster-logistics stock (src/domain/stock.ts, stock-ledger.ts): receipts, transfers, legal bases,
// releases for approved village proposals with their BAST, write-offs and reversals. The only way
// stock is written — the collections' create rules are closed — each in one transaction, which
// PocketBase runs one at a time: two releases that together exceed a batch cannot both pass the
// balance check. Who may record what where: STOCK_ACTIONS_BY_ACTOR. Everything is audited.

// Handlers see no variables of this file (PocketBase runs each on its own): helpers live in lib/stock.js.

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockReceipt'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const stock = require(`${__hooks}/lib/stock.js`);
    const { sentValue } = require(`${__hooks}/lib/http.js`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
    const keeper = stock.stockKeeper(e);
    const field = (/** @type {string} */ name) => sentValue(e, name).trim();
    const key = field('idempotency_key');
    const again = stock.alreadyRecorded(e.app, 'stock_entries', key);
    if (again) return require(`${__hooks}/lib/http.js`).answer(e, 'stockReceipt', { id: again.id });
    const warehouse = stock.warehouseFor(e.app, keeper, field('warehouse'), 'penerimaan');
    const item = stock.itemFor(e.app, field('item'), 'item');
    const quantity = stock.quantityOf(field('quantity'));
    const expiresOn = field('expires_on');
    const documents = stock.uploadedFiles(e, 'document');
    const receipt = {
      source: field('source'),
      quantity,
      batch: field('batch'),
      expiresOn,
      reference: field('reference'),
      documents: documents.length,
    };
    throwProblems(domain.receiptProblems(item, receipt));
    let written = '';
    e.app.runInTransaction((tx) => {
      written = stock.writeEntry(tx, keeper, {
        warehouse: warehouse.id,
        item: item.record.id,
        batch: field('batch'),
        expires_on: expiresOn,
        kind: 'penerimaan',
        change: quantity,
        reference: field('reference'),
        source: field('source'),
        note: field('note'),
        idempotency_key: key,
        document: documents,
      }).id;
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockReceipt', {
      id: written,
    });
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockTransfer'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const stock = require(`${__hooks}/lib/stock.js`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
    const keeper = stock.stockKeeper(e);
    const body = stock.bodyOf(e);
    const key = stock.textOf(body, 'idempotency_key');
    const again = stock.alreadyRecorded(e.app, 'stock_entries', key);
    if (again) return require(`${__hooks}/lib/http.js`).answer(e, 'stockTransfer', { id: again.id });
    const from = stock.warehouseFor(e.app, keeper, stock.textOf(body, 'from'), 'mutasi');
    let to;
    try {
      to = e.app.findFirstRecordByData('warehouses', 'code', stock.textOf(body, 'to'));
    } catch (_) {
      throw require(`${__hooks}/lib/problems.js`).problemsError([{ field: 'to', message: 'Pilih gudang tujuan.' }]);
    }
    if (to.getString('agency') !== from.agency || to.id === from.id)
      throwProblems([{ field: 'to', message: 'Stok hanya dapat dipindahkan ke gudang lain milik kantor yang sama.' }]);
    const item = stock.itemFor(e.app, stock.textOf(body, 'item'), 'item');
    const quantity = stock.quantityOf(body.quantity);
    const quantityProblem = domain.quantityProblem(item, quantity);
    if (quantityProblem) throwProblems([{ field: 'quantity', message: quantityProblem }]);
    const reference = stock.textOf(body, 'reference');
    if (!reference) throwProblems([{ field: 'reference', message: 'Isi nomor surat atau BAST mutasi.' }]);
    const batch = stock.textOf(body, 'batch');
    let written = '';
    stock.refusingTransaction(e.app, (tx) => {
      const lines = [{ item: item.slug, batch, quantity }];
      const today = domain.officeDate(new Date());
      const batches = stock.batchesOf(tx, from.id);
      const refusals = domain.releaseLineProblems(lines, batches, new Map([[item.slug, item]]), today);
      if (refusals.length > 0) return refusals.map((refusal) => ({ field: 'quantity', message: refusal.message }));
      const expiresOn = batches.find((one) => one.item === item.slug && one.batch === batch)?.expiresOn || '';
      const common = { item: item.record.id, batch, expires_on: expiresOn, reference, transfer: reference };
      written = stock.writeEntry(tx, keeper, {
        ...common,
        warehouse: from.id,
        kind: 'mutasi-keluar',
        change: -quantity,
        idempotency_key: key,
      }).id;
      stock.writeEntry(tx, keeper, { ...common, warehouse: to.id, kind: 'mutasi-masuk', change: quantity });
      return undefined;
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockTransfer', {
      id: written,
    });
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('legalBasis'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const stock = require(`${__hooks}/lib/stock.js`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
    const keeper = stock.stockKeeper(e);
    const body = stock.bodyOf(e);
    const warehouse = stock.warehouseFor(e.app, keeper, stock.textOf(body, 'warehouse'), 'dasar-penyaluran');
    const basis = {
      kind: stock.textOf(body, 'kind'),
      number: stock.textOf(body, 'number'),
      date: stock.textOf(body, 'date'),
      issuer: stock.textOf(body, 'issuer'),
    };
    throwProblems(domain.legalBasisProblems(warehouse, basis, new Date()));
    const disaster = stock.textOf(body, 'disaster').slice(0, 200);
    const record = new Record(e.app.findCollectionByNameOrId('legal_bases'));
    e.app.runInTransaction((tx) => {
      record.load({ ...basis, disaster, warehouse: warehouse.id, ...stock.recordedBy(keeper) });
      tx.save(record);
      require(`${__hooks}/lib/audit.js`).recordAction(tx, keeper.account, 'legal_bases', record, {
        kind: basis.kind,
        number: basis.number,
      });
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'legalBasis', { id: record.id });
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockRelease'),
  (e) => {
    const stock = require(`${__hooks}/lib/stock.js`);
    const keeper = stock.stockKeeper(e);
    const body = stock.bodyOf(e);
    const key = stock.textOf(body, 'idempotency_key');
    if (!/^[A-Za-z0-9-]{8,100}$/.test(key))
      throw new BadRequestError('Kunci pengiriman tidak sah; muat ulang halaman dan coba lagi.');
    const release = require(`${__hooks}/lib/stock_release.js`).recordRelease(e.app, keeper, body, key);
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockRelease', {
      id: release.id,
      number: release.getString('number'),
      code: release.getString('code'),
    });
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockWriteOff'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const stock = require(`${__hooks}/lib/stock.js`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
    const keeper = stock.stockKeeper(e);
    const body = stock.bodyOf(e);
    const warehouse = stock.warehouseFor(e.app, keeper, stock.textOf(body, 'warehouse'), 'penghapusan');
    const item = stock.itemFor(e.app, stock.textOf(body, 'item'), 'item');
    const quantity = stock.quantityOf(body.quantity);
    /** @type {{ field: string, message: string }[]} */
    const problems = [];
    const quantityProblem = domain.quantityProblem(item, quantity);
    if (quantityProblem) problems.push({ field: 'quantity', message: quantityProblem });
    const reason = stock.textOf(body, 'reason');
    if (!(reason in domain.WRITE_OFF_REASONS))
      problems.push({ field: 'reason', message: 'Pilih alasan penghapusan: rusak atau kedaluwarsa.' });
    const note = stock.textOf(body, 'note');
    if (!note)
      problems.push({
        field: 'note',
        message: 'Tuliskan keadaan barangnya (misalnya kemasan bocor, terendam banjir).',
      });
    const reference = stock.textOf(body, 'reference');
    if (!reference) problems.push({ field: 'reference', message: 'Isi nomor berita acara penghapusan.' });
    throwProblems(problems);
    const batch = stock.textOf(body, 'batch');
    let written = '';
    stock.refusingTransaction(e.app, (tx) => {
      const found = stock.batchesOf(tx, warehouse.id).find((one) => one.item === item.slug && one.batch === batch);
      if (!found || found.balance < quantity)
        return [
          {
            field: 'quantity',
            message: `${item.name} batch ${batch} tinggal ${domain.formatQuantity(found ? found.balance : 0)} ${item.unit}.`,
          },
        ];
      written = stock.writeEntry(tx, keeper, {
        warehouse: warehouse.id,
        item: item.record.id,
        batch,
        expires_on: found ? found.expiresOn : '',
        kind: 'penghapusan',
        change: -quantity,
        reference,
        reason,
        note: note.slice(0, 500),
        approved_by: keeper.account.id,
      }).id;
      return undefined;
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockWriteOff', {
      id: written,
    });
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockReversal'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const stock = require(`${__hooks}/lib/stock.js`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
    const keeper = stock.stockKeeper(e);
    const body = stock.bodyOf(e);
    const note = stock.textOf(body, 'note');
    if (!note) throwProblems([{ field: 'note', message: 'Tuliskan apa yang salah pada entri itu.' }]);
    let original;
    try {
      original = e.app.findRecordById('stock_entries', stock.textOf(body, 'entry'));
    } catch (_) {
      throw new NotFoundError('Entri stok itu tidak ada.');
    }
    const warehouse = stock.warehouseFor(
      e.app,
      keeper,
      e.app.findRecordById('warehouses', original.getString('warehouse')).getString('code'),
      'koreksi',
    );
    const kind = original.getString('kind');
    if (kind === 'penyaluran' || kind.startsWith('mutasi'))
      throwProblems([
        {
          field: 'entry',
          message:
            kind === 'penyaluran'
              ? 'Penyaluran dengan BAST tidak dikoreksi; barang yang kembali dicatat sebagai penerimaan.'
              : 'Mutasi dikoreksi dengan mutasi balik ke gudang asalnya.',
        },
      ]);
    let written = '';
    stock.refusingTransaction(e.app, (tx) => {
      const asLedger = {
        id: original.id,
        seq: 0,
        at: '',
        warehouse: warehouse.id,
        item: original.getString('item'),
        batch: original.getString('batch'),
        expiresOn: original.getString('expires_on'),
        kind: /** @type {import("../../src/domain/stock-ledger").EntryKind} */ (kind),
        change: original.getFloat('change'),
        reference: original.getString('reference'),
        corrects: original.getString('corrects'),
      };
      const corrected = tx.findRecordsByFilter('stock_entries', 'corrects = {:id}', '', 1, 0, { id: original.id });
      const reversal = domain.reversalOf(asLedger, corrected.length > 0 ? [{ corrects: original.id }] : []);
      if ('problem' in reversal) return [{ field: 'entry', message: reversal.problem }];
      const reversing = /** @type {Exclude<typeof reversal, { problem: string }>} */ (reversal);
      if (reversing.change < 0) {
        const slug = tx.findRecordById('stock_items', reversing.item).getString('slug');
        const batch = stock
          .batchesOf(tx, warehouse.id)
          .find((one) => one.item === slug && one.batch === reversing.batch);
        if (!batch || batch.balance + reversing.change < 0)
          return [
            {
              field: 'entry',
              message:
                `Batch ${reversing.batch} tinggal ${domain.formatQuantity(batch ? batch.balance : 0)}: ` +
                'sebagian sudah keluar, koreksi tidak dapat dibuat.',
            },
          ];
      }
      written = stock.writeEntry(tx, keeper, {
        warehouse: warehouse.id,
        item: reversing.item,
        batch: reversing.batch,
        expires_on: reversing.expiresOn,
        kind: reversing.kind,
        change: reversing.change,
        corrects: original.id,
        reference: `Koreksi ${original.getString('reference')}`.slice(0, 100),
        note: note.slice(0, 500),
      }).id;
      return undefined;
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockReversal', {
      id: written,
    });
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('signedBast'),
  (e) => {
    const stock = require(`${__hooks}/lib/stock.js`);
    const keeper = stock.stockKeeper(e);
    const photos = stock.uploadedFiles(e, 'signed_bast');
    const release = require(`${__hooks}/lib/stock_release.js`).recordReceipt(
      e.app,
      keeper,
      require(`${__hooks}/lib/http.js`).sentValue(e, 'release'),
      photos,
    );
    return require(`${__hooks}/lib/http.js`).answer(e, 'signedBast', { id: release.id });
  },
  $apis.requireAuth('staff', 'camats'),
);

// Public: the code is unguessable, and the answer holds no personal data (no names, no signatures).
routerAdd(...require(`${__hooks}/lib/http.js`).route('bastVerification'), (e) => {
  const bast = require(`${__hooks}/lib/stock_release.js`).publicBast(
    e.app,
    require(`${__hooks}/lib/given.js`).requestOf(e).pathValue('code'),
  );
  if (!bast)
    throw new NotFoundError(
      'Kode BAST ini tidak dikenal: BAST-nya tidak tercatat, atau kodenya salah tulis atau diubah.',
    );
  return require(`${__hooks}/lib/http.js`).answer(e, 'bastVerification', bast);
});

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockCard'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const stock = require(`${__hooks}/lib/stock.js`);
    const keeper = stock.stockKeeper(e);
    const query = require(`${__hooks}/lib/given.js`).queryOf(e);
    const warehouse = require(`${__hooks}/lib/stock_reports.js`).readableWarehouse(e.app, keeper, query.get('gudang'));
    const item = stock.itemFor(e.app, query.get('barang'), 'barang');
    // A date not given is the default period's (this month up to today, office time).
    const usual = domain.defaultStockCardPeriod(new Date());
    const period = { from: query.get('dari') || usual.from, to: query.get('sampai') || usual.to };
    const problem = domain.stockCardPeriodProblem(period);
    if (problem) throw new BadRequestError(problem.message);
    const card = stock.stockCardOf(e.app, warehouse, item.record, period);
    const csv = query.get('format') === 'csv';
    require(`${__hooks}/lib/stock_reports.js`).auditReport(
      e.app,
      keeper,
      `kartu stok ${item.name} ${warehouse.getString('name')} ${period.from} s.d. ${period.to}`,
      { format: csv ? 'csv' : 'json' },
    );
    e.response.header().set('Cache-Control', 'no-store');
    if (csv)
      return require(`${__hooks}/lib/csv.js`).sendCsv(
        e,
        `kartu-stok-${warehouse.getString('code')}-${item.slug}-${period.from}-${period.to}.csv`,
        domain.stockCardRows(card.rows, { from: period.from, opening: card.opening }),
      );
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockCard', {
      warehouse: warehouse.getString('name'),
      item: item.name,
      unit: item.unit,
      period,
      opening: card.opening,
      rows: card.rows,
    });
  },
  $apis.requireAuth('staff', 'camats'),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('stockBalances'),
  (e) => {
    const stock = require(`${__hooks}/lib/stock.js`);
    const code = require(`${__hooks}/lib/given.js`).queryOf(e).get('gudang');
    const warehouse = require(`${__hooks}/lib/stock_reports.js`).readableWarehouse(e.app, stock.stockKeeper(e), code);
    return require(`${__hooks}/lib/http.js`).answer(e, 'stockBalances', {
      warehouse: { code, name: warehouse.getString('name'), kind: warehouse.getString('kind') },
      batches: stock.batchesOf(e.app, warehouse.id).map((batch) => ({ ...batch, warehouse: code })),
    });
  },
  $apis.requireAuth('staff', 'camats'),
);
