// @ts-check
// The office and the national application (there is no public API): staff export a deliberation's
// verified households as a spreadsheet in the office's column layout (content/dtsen-export-layouts.yaml,
// synced from the build) to upload them, and import the application's results in the same layout
// (src/domain/household-proposal.ts). An export moves its households to "dikirim ke pusat" and marks the
// deliberation exported; exported again only when asked, and said so. An import is matched by proposal
// number, never by name: every row is checked first, and all are taken or none. Each one audited.

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('householdExport'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const staff = given.staffMember(e, { refusal: 'Hanya petugas Dinas Sosial yang mengunduh usulan DTSEN.' });
    const body = e.requestInfo().body || {};
    const again = body['ulang'] === true;
    /** @type {core.Record} */
    let batch;
    try {
      batch = e.app.findRecordById('household_batches', String(body['musyawarah'] || ''));
    } catch (_) {
      throw new NotFoundError('Musyawarah itu tidak ada di kantor ini.');
    }
    if (batch.getString('agency') !== staff.getString('agency'))
      throw new NotFoundError('Musyawarah itu tidak ada di kantor ini.');
    const agency = e.app.findRecordById('agencies', staff.getString('agency'));
    const layout = JSON.parse(agency.getString('dtsen_export_layout') || 'null');
    if (!layout)
      throw new BadRequestError(
        'Kantor ini belum menetapkan susunan kolom unduhan (dtsen.exportLayout di berkas kantornya).',
      );
    const exportedAt = batch.getDateTime('exported_at');
    if (!exportedAt.isZero() && !again)
      throw new ApiError(
        409,
        `Musyawarah ini sudah diunduh ${batch.getInt('export_count')} kali, terakhir ${domain
          .officeClock(domain.dateFromStored(exportedAt))
          .toISOString()
          .slice(0, 16)
          .replace('T', ' pukul ')} ${domain.OFFICE_TIME_ZONE_ABBREVIATION}. ` +
          'Pilih "Unduh ulang" hanya bila berkasnya hilang atau perlu diunggah lagi ke aplikasi pusat.',
        {},
      );
    const households = e.app.findRecordsByFilter(
      'household_proposals',
      'batch = {:batch} && (status = "diverifikasi-dinsos" || status = "dikirim-ke-pusat")',
      'rt,rw,received_at',
      0,
      0,
      { batch: batch.id },
    );
    if (households.length === 0)
      throw new BadRequestError(
        'Belum ada usulan terverifikasi dari musyawarah ini. Verifikasi dulu keluarganya di daftar Usulan DTSEN.',
      );
    const village = e.app.findRecordById('villages', batch.getString('village'));
    const rows = given.present(households).map((household) => {
      /** @type {Record<string, boolean>} */
      const criteria = JSON.parse(household.getString('criteria') || '{}');
      return {
        number: household.getString('number'),
        nik: household.getString('nik'),
        kk: household.getString('kk'),
        headName: household.getString('head_name'),
        address: household.getString('address'),
        rt: household.getString('rt'),
        rw: household.getString('rw'),
        villageCode: village.getString('code'),
        villageName: village.getString('name'),
        lat: household.getFloat('lat'),
        lon: household.getFloat('lon'),
        criteriaMet: Object.keys(criteria).filter((id) => criteria[id] === true),
        deliberatedOn: household.getString('deliberated_on').slice(0, 10) || null,
        result: null,
        resultReason: '',
        desil: null,
      };
    });
    const now = new Date().toISOString();
    e.app.runInTransaction((tx) => {
      const events = tx.findCollectionByNameOrId('household_proposal_events');
      for (const household of given.present(households))
        if (household.getString('status') === 'diverifikasi-dinsos')
          tx.save(
            new Record(events, {
              household_proposal: household.id,
              status: 'dikirim-ke-pusat',
              staff: staff.id,
              public_note: 'Diunggah Dinas Sosial ke aplikasi pusat.',
            }),
          );
      batch.set('exported_at', now);
      batch.set('exported_by', staff.id);
      batch.set('export_count', batch.getInt('export_count') + 1);
      tx.save(batch);
      require(`${__hooks}/lib/audit.js`).recordAction(
        tx,
        staff,
        again ? 'ekspor-ulang-usulan-dtsen' : 'ekspor-usulan-dtsen',
        batch,
        { households: rows.length, numbers: rows.map((row) => row.number).join(' ') },
      );
    });
    const day = domain.officeClock(new Date()).toISOString().slice(0, 10);
    e.response.header().set('Cache-Control', 'no-store');
    return require(`${__hooks}/lib/csv.js`).sendCsvText(
      e,
      `usulan-dtsen-${village.getString('code')}-${day}${again ? '-ulang' : ''}.csv`,
      domain.householdSpreadsheet(layout, rows),
    );
  },
  $apis.requireAuth('staff'),
  $apis.bodyLimit(10_000),
);

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('householdResults'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const staff = given.staffMember(e, { refusal: 'Hanya petugas Dinas Sosial yang mengimpor hasil usulan DTSEN.' });
    const body = e.requestInfo().body || {};
    const text = typeof body['csv'] === 'string' ? body['csv'] : '';
    const agency = e.app.findRecordById('agencies', staff.getString('agency'));
    const layout = JSON.parse(agency.getString('dtsen_export_layout') || 'null');
    if (!layout)
      throw new BadRequestError(
        'Kantor ini belum menetapkan susunan kolom unduhan (dtsen.exportLayout di berkas kantornya).',
      );
    // Only the office's own households sent to the centre and awaiting a result: another office's
    // number, or one already with its result, is a row refused by its number.
    const awaiting = new Map(
      given
        .present(
          e.app.findRecordsByFilter(
            'household_proposals',
            'agency = {:agency} && status = "dikirim-ke-pusat"',
            '',
            0,
            0,
            { agency: agency.id },
          ),
        )
        .map((household) => [household.getString('number'), household]),
    );
    const read = domain.readResultSpreadsheet(text, layout, new Set(awaiting.keys()));
    if (!read.ok)
      return e.json(400, {
        status: 400,
        message:
          'Berkas hasil tidak diimpor; tidak ada satu pun baris yang disimpan. Perbaiki baris berikut lalu impor lagi.',
        problems: read.problems.slice(0, 50),
      });
    e.app.runInTransaction((tx) => {
      const events = tx.findCollectionByNameOrId('household_proposal_events');
      for (const result of read.results)
        tx.save(
          new Record(events, {
            household_proposal: /** @type {core.Record} */ (awaiting.get(result.number)).id,
            status: 'hasil',
            result: result.result,
            public_note: result.reason,
            desil: result.desil === null ? 0 : result.desil,
            staff: staff.id,
          }),
        );
      require(`${__hooks}/lib/audit.js`).writeEntry(tx, {
        agency: agency.id,
        actorType: 'staff',
        actorId: staff.id,
        actorName: staff.getString('name'),
        action: 'impor-hasil-dtsen',
        targetType: 'household_proposals',
        targetId: '',
        targetLabel: `${read.results.length} usulan`,
        detail: { numbers: read.results.map((result) => result.number).join(' ') },
      });
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'householdResults', { imported: read.results.length });
  },
  $apis.requireAuth('staff'),
  $apis.bodyLimit(2_000_000),
);
