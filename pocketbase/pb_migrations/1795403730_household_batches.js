// @ts-check
// A village's deliberations on its households proposed for DTSEN (src/domain/household-batch.ts): a
// musdes/muskel with its minutes and attendance, or an SPTJM where the office allows it — the
// office's setting comes from content through the build (agencies.dtsen_sptjm_allowed, with the
// spreadsheet layout staff export in). The village's operator no longer records a deliberation
// household by household: agreed households move only through a deliberation with its minutes
// (pb_hooks/household_batches.pb.js), so the event create rule is the office's alone.
const BATCH_READERS =
  '(@request.auth.collectionName = "operators" && village = @request.auth.village) || ' +
  '(@request.auth.collectionName = "staff" && agency = @request.auth.agency)';
const BATCH_CREATORS = '@request.auth.collectionName = "operators" && village = @request.auth.village';
const STAFF_STATUSES =
  '(@request.body.status = "diverifikasi-dinsos" || @request.body.status = "dikembalikan-ke-desa" || ' +
  '@request.body.status = "dikirim-ke-pusat" || @request.body.status = "hasil")';
const EVENT_CREATORS_BEFORE =
  '(@request.auth.collectionName = "operators" && household_proposal.village = @request.auth.village && operator ' +
  '= @request.auth.id && staff = "" && (@request.body.status = "musyawarah-desa")) || ' +
  `(@request.auth.collectionName = "staff" && household_proposal.agency = @request.auth.agency && staff = ` +
  `@request.auth.id && operator = "" && ((@request.auth.role = "petugas" && ${STAFF_STATUSES}) || ` +
  `(@request.auth.role = "kepala_bidang" && ${STAFF_STATUSES})))`;
const EVENT_CREATORS =
  '@request.auth.collectionName = "staff" && household_proposal.agency = @request.auth.agency && staff = ' +
  `@request.auth.id && operator = "" && ((@request.auth.role = "petugas" && ${STAFF_STATUSES}) || ` +
  `(@request.auth.role = "kepala_bidang" && ${STAFF_STATUSES}))`;

migrate(
  (app) => {
    const agencies = app.findCollectionByNameOrId('agencies');
    agencies.fields.add(new BoolField({ name: 'dtsen_sptjm_allowed' }));
    agencies.fields.add(new JSONField({ name: 'dtsen_export_layout', maxSize: 20000 }));
    app.save(agencies);

    const batches = new Collection(
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'household_batches',
          listRule: BATCH_READERS,
          viewRule: BATCH_READERS,
          createRule: BATCH_CREATORS,
          updateRule: null,
          deleteRule: null,
          fields: [
            { name: 'idempotency_key', type: 'text', required: true, pattern: '^[A-Za-z0-9-]{16,64}$' },
            {
              name: 'village',
              type: 'relation',
              required: true,
              collectionId: app.findCollectionByNameOrId('villages').id,
              maxSelect: 1,
            },
            {
              name: 'agency',
              type: 'relation',
              required: true,
              collectionId: agencies.id,
              maxSelect: 1,
            },
            {
              name: 'operator',
              type: 'relation',
              required: true,
              collectionId: app.findCollectionByNameOrId('operators').id,
              maxSelect: 1,
            },
            // Kept in step with DELIBERATION_WAYS, BATCH_LIMITS and MINUTES_TYPES (src/domain/).
            { name: 'way', type: 'select', required: true, maxSelect: 1, values: ['musdes', 'muskel', 'sptjm'] },
            { name: 'held_on', type: 'date', required: true },
            { name: 'attending', type: 'number', onlyInt: true, min: 0, max: 10000 },
            {
              name: 'minutes',
              type: 'file',
              required: true,
              maxSelect: 3,
              maxSize: 10 * 1024 * 1024,
              mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
              protected: true,
            },
            { name: 'outcomes', type: 'json', required: true, maxSize: 100000 },
            { name: 'created', type: 'autodate', onCreate: true },
          ],
          indexes: [
            'CREATE UNIQUE INDEX idx_household_batches_idempotency_key ON household_batches (idempotency_key)',
            'CREATE INDEX idx_household_batches_agency ON household_batches (agency, held_on)',
            'CREATE INDEX idx_household_batches_village ON household_batches (village, held_on)',
          ],
        })
      ),
    );
    app.save(batches);

    const households = app.findCollectionByNameOrId('household_proposals');
    households.fields.add(new RelationField({ name: 'batch', collectionId: batches.id, maxSelect: 1 }));
    app.save(households);

    const events = app.findCollectionByNameOrId('household_proposal_events');
    events.createRule = EVENT_CREATORS;
    app.save(events);
  },
  (app) => {
    const events = app.findCollectionByNameOrId('household_proposal_events');
    events.createRule = EVENT_CREATORS_BEFORE;
    app.save(events);
    const households = app.findCollectionByNameOrId('household_proposals');
    households.fields.removeByName('batch');
    app.save(households);
    app.delete(app.findCollectionByNameOrId('household_batches'));
    const agencies = app.findCollectionByNameOrId('agencies');
    agencies.fields.removeByName('dtsen_sptjm_allowed');
    agencies.fields.removeByName('dtsen_export_layout');
    app.save(agencies);
  },
);
