// @ts-check
// Households proposed for DTSEN by their village (usulan DTSEN,
// src/domain/cases/household-proposals.ts) and their timeline. NIK, KK, address, phone and photos are personal data: only the household's
// village operator and the office's staff read them (src/domain/access-rules.ts), photos are
// protected (a file token of someone allowed to view), and every read is audited (pb_hooks/audit.pb.js).
const HOUSEHOLD_READERS =
  '(@request.auth.collectionName = "operators" && village = @request.auth.village) || ' +
  '(@request.auth.collectionName = "staff" && agency = @request.auth.agency)';
const HOUSEHOLD_CREATORS = '@request.auth.collectionName = "operators" && village = @request.auth.village';
const HOUSEHOLD_EVENT_READERS =
  '(@request.auth.collectionName = "operators" && household_proposal.village = @request.auth.village) || ' +
  '(@request.auth.collectionName = "staff" && household_proposal.agency = @request.auth.agency)';
const HOUSEHOLD_EVENT_CREATORS =
  '(@request.auth.collectionName = "operators" && household_proposal.village = @request.auth.village && operator ' +
  '= @request.auth.id && staff = "" && (@request.body.status = "musyawarah-desa")) || ' +
  '(@request.auth.collectionName = "staff" && household_proposal.agency = @request.auth.agency && staff = ' +
  '@request.auth.id && operator = "" && ((@request.auth.role = "petugas" && (@request.body.status = ' +
  '"diverifikasi-dinsos" || @request.body.status = "dikembalikan-ke-desa" || @request.body.status = ' +
  '"dikirim-ke-pusat" || @request.body.status = "hasil")) || (@request.auth.role = "kepala_bidang" && ' +
  '(@request.body.status = "diverifikasi-dinsos" || @request.body.status = "dikembalikan-ke-desa" || ' +
  '@request.body.status = "dikirim-ke-pusat" || @request.body.status = "hasil"))))';
const HOUSEHOLD_STATUS_VALUES = [
  'dicatat-desa',
  'musyawarah-desa',
  'dikembalikan-ke-desa',
  'diverifikasi-dinsos',
  'dikirim-ke-pusat',
  'hasil',
];
const DELIBERATION_WAY_VALUES = ['musdes', 'muskel', 'sptjm'];
const HOUSEHOLD_RESULT_VALUES = ['masuk', 'tidak-masuk', 'perbaiki-data'];

migrate(
  (app) => {
    const villages = app.findCollectionByNameOrId('villages');
    const agencies = app.findCollectionByNameOrId('agencies');
    const operators = app.findCollectionByNameOrId('operators');
    const staff = app.findCollectionByNameOrId('staff');
    // Kept in step with HOUSEHOLD_PHOTOS, HOUSEHOLD_PHOTO_TYPES (src/domain/household-proposal.ts) and MAX_FILE_BYTES.
    /** @returns {FieldDefinition} */
    const photo = (name, required, maxSelect) => ({
      name,
      type: 'file',
      required,
      maxSelect,
      maxSize: 10 * 1024 * 1024,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
      protected: true,
    });
    const households = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'household_proposals',
          listRule: HOUSEHOLD_READERS,
          viewRule: HOUSEHOLD_READERS,
          createRule: HOUSEHOLD_CREATORS,
          // They move along only through household_proposal_events (src/domain/cases/).
          updateRule: null,
          deleteRule: null,
          fields: [
            { name: 'number', type: 'text', required: true, pattern: '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$' },
            { name: 'idempotency_key', type: 'text', required: true, pattern: '^[A-Za-z0-9-]{16,64}$' },
            { name: 'village', type: 'relation', required: true, collectionId: villages.id, maxSelect: 1 },
            { name: 'operator', type: 'relation', required: true, collectionId: operators.id, maxSelect: 1 },
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
            { name: 'head_name', type: 'text', required: true, max: 100 },
            { name: 'nik', type: 'text', required: true, pattern: '^[0-9]{16}$' },
            { name: 'kk', type: 'text', required: true, pattern: '^[0-9]{16}$' },
            { name: 'address', type: 'text', required: true, max: 200 },
            { name: 'rt', type: 'text', required: true, pattern: '^[0-9]{1,3}$' },
            { name: 'rw', type: 'text', required: true, pattern: '^[0-9]{1,3}$' },
            { name: 'phone', type: 'text', pattern: '^(\\+?[0-9][0-9 ()-]{7,19})?$' },
            { name: 'chosen_digits', type: 'text', pattern: '^([0-9]{4})?$' },
            { name: 'lat', type: 'number', required: true, min: -90, max: 90 },
            { name: 'lon', type: 'number', required: true, min: -180, max: 180 },
            { name: 'location_accuracy_m', type: 'number', onlyInt: true, min: 0, max: 100000 },
            { name: 'criteria', type: 'json', required: true, maxSize: 5000 },
            { name: 'consent', type: 'bool', required: true },
            photo('photo_house_front', true, 1),
            photo('photo_ktp', true, 1),
            photo('photo_kk', true, 2),
            photo('photo_consent', false, 2),
            { name: 'status', type: 'select', required: true, maxSelect: 1, values: HOUSEHOLD_STATUS_VALUES },
            { name: 'way', type: 'select', maxSelect: 1, values: DELIBERATION_WAY_VALUES },
            { name: 'deliberated_on', type: 'date' },
            { name: 'result', type: 'select', maxSelect: 1, values: HOUSEHOLD_RESULT_VALUES },
            { name: 'desil', type: 'number', onlyInt: true, min: 0, max: 10 },
            { name: 'received_at', type: 'date', required: true },
            { name: 'finished_at', type: 'date' },
            { name: 'documents_deleted_at', type: 'date' },
            { name: 'public_status', type: 'json', hidden: true, maxSize: 200000 },
            { name: 'created', type: 'autodate', onCreate: true },
            { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
          ],
          indexes: [
            'CREATE UNIQUE INDEX idx_household_proposals_number ON household_proposals (number)',
            'CREATE UNIQUE INDEX idx_household_proposals_idempotency_key ON household_proposals (idempotency_key)',
            'CREATE INDEX idx_household_proposals_village ON household_proposals (village, received_at)',
            'CREATE INDEX idx_household_proposals_agency ON household_proposals (agency, status, received_at)',
          ],
        })
      ),
    );
    app.save(households);

    const events = new Collection(
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'household_proposal_events',
          listRule: HOUSEHOLD_EVENT_READERS,
          viewRule: HOUSEHOLD_EVENT_READERS,
          createRule: HOUSEHOLD_EVENT_CREATORS,
          updateRule: null,
          deleteRule: null,
          fields: [
            {
              name: 'household_proposal',
              type: 'relation',
              required: true,
              collectionId: households.id,
              maxSelect: 1,
              cascadeDelete: true,
            },
            { name: 'status', type: 'select', required: true, maxSelect: 1, values: HOUSEHOLD_STATUS_VALUES },
            { name: 'public_note', type: 'text', max: 500 },
            { name: 'internal_note', type: 'text', max: 1000 },
            { name: 'way', type: 'select', maxSelect: 1, values: DELIBERATION_WAY_VALUES },
            { name: 'deliberated_on', type: 'date' },
            { name: 'result', type: 'select', maxSelect: 1, values: HOUSEHOLD_RESULT_VALUES },
            { name: 'desil', type: 'number', onlyInt: true, min: 0, max: 10 },
            { name: 'staff', type: 'relation', collectionId: staff.id, maxSelect: 1 },
            { name: 'operator', type: 'relation', collectionId: operators.id, maxSelect: 1 },
            { name: 'at', type: 'date', required: true },
            { name: 'created', type: 'autodate', onCreate: true },
          ],
          indexes: [
            'CREATE INDEX idx_household_proposal_events_proposal ON household_proposal_events (household_proposal, at)',
          ],
        })
      ),
    );
    app.save(events);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('household_proposal_events'));
    app.delete(app.findCollectionByNameOrId('household_proposals'));
  },
);
