// @ts-check
// Disaster-logistics proposals from villages, and their timeline. Contact details and the
// attached documents (victims' KK and KTP among them) are personal data: files are protected
// (downloadable only with a file token of someone allowed to view the proposal), and only the
// village, the addressed Camat and the office's staff can read a proposal.
migrate(
  (app) => {
    const villages = app.findCollectionByNameOrId('villages');
    const kecamatan = app.findCollectionByNameOrId('kecamatan');
    const operators = app.findCollectionByNameOrId('operators');
    const staff = app.findCollectionByNameOrId('staff');
    const camats = app.findCollectionByNameOrId('camats');

    // Kept in step with ALLOWED_FILE_TYPES and MAX_FILE_BYTES in src/domain/document-files.ts
    // (tests/integration/proposals.test.ts checks both ways).
    /** @returns {FieldDefinition} */
    const documentField = (name, maxSelect) => ({
      name,
      type: 'file',
      required: true,
      maxSelect,
      maxSize: 10 * 1024 * 1024,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
      protected: true,
    });
    /** @returns {FieldDefinition} */
    const count = (name) => ({ name, type: 'number', required: false, onlyInt: true, min: 0, max: 1000000 });
    const readers =
      '(@request.auth.collectionName = "operators" && village = @request.auth.village)' +
      ' || (@request.auth.collectionName = "camats" && recipient = "camat" && village.kecamatan = @request.auth.kecamatan)' +
      ' || (@request.auth.collectionName = "staff" && village.kecamatan.agency = @request.auth.agency)';

    const proposals = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'proposals',
          listRule: readers,
          viewRule: readers,
          createRule: '@request.auth.collectionName = "operators" && village = @request.auth.village',
          // Proposals move along only through proposal_events (pb_hooks/proposals.pb.js).
          updateRule: null,
          deleteRule: null,
          fields: [
            { name: 'number', type: 'text', required: true, pattern: '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$' },
            { name: 'idempotency_key', type: 'text', required: true, pattern: '^[A-Za-z0-9-]{16,64}$' },
            { name: 'village', type: 'relation', required: true, collectionId: villages.id, maxSelect: 1 },
            { name: 'operator', type: 'relation', required: true, collectionId: operators.id, maxSelect: 1 },
            { name: 'recipient', type: 'select', required: true, maxSelect: 1, values: ['kepala_dinas', 'camat'] },
            { name: 'camat_kecamatan', type: 'relation', collectionId: kecamatan.id, maxSelect: 1 },
            {
              name: 'disaster_type',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: [
                'banjir',
                'tanah-longsor',
                'angin-puting-beliung',
                'kebakaran',
                'gempa-bumi',
                'kekeringan',
                'lainnya',
              ],
            },
            { name: 'disaster_type_other', type: 'text', max: 100 },
            { name: 'occurred_at', type: 'date', required: true },
            { name: 'location_note', type: 'text', required: true, max: 300 },
            { name: 'location_lat', type: 'number' },
            { name: 'location_lon', type: 'number' },
            { name: 'chronology', type: 'text', required: true, max: 5000 },
            count('victims_kk'),
            count('victims_people'),
            count('deaths'),
            count('injured'),
            count('displaced'),
            count('houses_light'),
            count('houses_moderate'),
            count('houses_heavy'),
            { name: 'public_facilities', type: 'text', max: 2000 },
            { name: 'other_losses', type: 'text', max: 2000 },
            { name: 'logistics', type: 'json', required: true, maxSize: 20000 },
            { name: 'contact_name', type: 'text', required: true, max: 100 },
            { name: 'contact_phone', type: 'text', required: true, pattern: '^\\+?[0-9][0-9 ()-]{7,19}$' },
            documentField('doc_request_letter', 3),
            documentField('doc_chronology', 10),
            documentField('doc_victims_losses', 5),
            documentField('doc_kk_ktp', 30),
            {
              name: 'status',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: ['diterima', 'diverifikasi', 'disetujui', 'ditolak', 'dikirim'],
            },
            { name: 'received_at', type: 'date', required: true },
            { name: 'finished_at', type: 'date' },
            { name: 'public_status', type: 'json', hidden: true, maxSize: 200000 },
            { name: 'created', type: 'autodate', onCreate: true },
            { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
          ],
          indexes: [
            'CREATE UNIQUE INDEX idx_proposals_number ON proposals (number)',
            'CREATE UNIQUE INDEX idx_proposals_idempotency_key ON proposals (idempotency_key)',
            'CREATE INDEX idx_proposals_village ON proposals (village, received_at)',
          ],
        })
      ),
    );
    app.save(proposals);

    const deciders =
      '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency)' +
      ' || (@request.auth.collectionName = "camats" && proposal.recipient = "camat" && proposal.village.kecamatan = @request.auth.kecamatan)';
    const events = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'proposal_events',
          listRule: `${deciders} || (@request.auth.collectionName = "operators" && proposal.village = @request.auth.village)`,
          viewRule: `${deciders} || (@request.auth.collectionName = "operators" && proposal.village = @request.auth.village)`,
          createRule: deciders,
          updateRule: null,
          deleteRule: null,
          fields: [
            {
              name: 'proposal',
              type: 'relation',
              required: true,
              collectionId: proposals.id,
              maxSelect: 1,
              cascadeDelete: true,
            },
            {
              name: 'status',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: ['diterima', 'diverifikasi', 'disetujui', 'ditolak', 'dikirim'],
            },
            { name: 'public_note', type: 'text', max: 500 },
            { name: 'staff', type: 'relation', collectionId: staff.id, maxSelect: 1 },
            { name: 'camat', type: 'relation', collectionId: camats.id, maxSelect: 1 },
            { name: 'at', type: 'date', required: true },
            { name: 'created', type: 'autodate', onCreate: true },
          ],
          indexes: ['CREATE INDEX idx_proposal_events_proposal ON proposal_events (proposal, at)'],
        })
      ),
    );
    app.save(events);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('proposal_events'));
    app.delete(app.findCollectionByNameOrId('proposals'));
  },
);
