// @ts-check
// Konsultasi & pengaduan online (src/domain/complaints.ts), and the working-day calendar their
// deadlines — and completion times in "hari kerja" — are counted on (src/domain/working-days.ts).
// - days_off: national holidays and collective leave, taken from the build (content/calendar/).
// - agencies: each office's complaint deadlines in working days (content, or SP4N-LAPOR!'s).
// - complaints: arrive only through pb_hooks/complaints.pb.js; staff of the office read them. An
//   anonymous one holds no name and no contact — they are never collected. The status verifier
//   and the prepared public status are hidden fields: no API answer includes them.
// - complaint_events: the complaint's timeline; staff add entries as their role allows.
migrate(
  (app) => {
    const agencies = app.findCollectionByNameOrId('agencies');
    agencies.fields.add(new NumberField({ name: 'complaint_verification_days', onlyInt: true, min: 0 }));
    agencies.fields.add(new NumberField({ name: 'complaint_follow_up_days', onlyInt: true, min: 0 }));
    app.save(agencies);

    const publicRead = { listRule: '', viewRule: '', createRule: null, updateRule: null, deleteRule: null };
    const daysOff = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'days_off',
          ...publicRead,
          fields: [
            { name: 'date', type: 'text', required: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            { name: 'year', type: 'number', required: true, onlyInt: true },
            { name: 'name', type: 'text', required: true, max: 200 },
            { name: 'kind', type: 'select', required: true, maxSelect: 1, values: ['libur-nasional', 'cuti-bersama'] },
          ],
          indexes: ['CREATE UNIQUE INDEX idx_days_off_date ON days_off (date)'],
        })
      ),
    );
    app.save(daysOff);

    const services = app.findCollectionByNameOrId('services');
    const staff = app.findCollectionByNameOrId('staff');
    const staffOfOffice = '@request.auth.collectionName = "staff" && agency = @request.auth.agency';
    const statuses = [
      'diterima',
      'diverifikasi',
      'didisposisikan',
      'dijawab',
      'dibuka-kembali',
      'selesai',
      'tidak-diproses',
    ];
    const complaints = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'complaints',
          listRule: staffOfOffice,
          viewRule: staffOfOffice,
          createRule: null,
          updateRule: null,
          deleteRule: null,
          fields: [
            { name: 'number', type: 'text', required: true, pattern: '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$' },
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
            { name: 'service', type: 'relation', collectionId: services.id, maxSelect: 1 },
            { name: 'about_number', type: 'text', pattern: '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$' },
            {
              name: 'kind',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: ['pengaduan', 'konsultasi', 'saran'],
            },
            { name: 'identity', type: 'select', required: true, maxSelect: 1, values: ['biasa', 'anonim', 'rahasia'] },
            { name: 'description', type: 'text', required: true, max: 2000 },
            {
              name: 'photo',
              type: 'file',
              maxSelect: 1,
              maxSize: 3 * 1024 * 1024,
              mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
              protected: true,
            },
            { name: 'photo_deleted_at', type: 'date' },
            {
              name: 'reply_channel',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: ['whatsapp', 'telepon', 'email', 'halaman-status'],
            },
            { name: 'complainant_name', type: 'text', max: 100 },
            { name: 'complainant_phone', type: 'text', pattern: '^\\+?[0-9][0-9 ()-]{7,19}$' },
            { name: 'complainant_email', type: 'email' },
            { name: 'status_verifier', type: 'text', required: true, pattern: '^\\d{4}$', hidden: true },
            {
              name: 'idempotency_key',
              type: 'text',
              required: true,
              max: 64,
              pattern: '^[A-Za-z0-9-]{16,64}$',
              hidden: true,
            },
            { name: 'status', type: 'select', required: true, maxSelect: 1, values: statuses },
            { name: 'received_at', type: 'date', required: true },
            { name: 'verification_due_at', type: 'date' },
            { name: 'verified_at', type: 'date' },
            { name: 'answer_due_at', type: 'date' },
            // The deadline it is waiting on now: verification, then the answer (again after a reopening).
            { name: 'due_at', type: 'date' },
            { name: 'answered_at', type: 'date' },
            { name: 'first_answered_at', type: 'date' },
            { name: 'closed_at', type: 'date' },
            { name: 'unit', type: 'text', max: 120 },
            { name: 'assignee', type: 'relation', collectionId: staff.id, maxSelect: 1 },
            // Staff chose to show the answer (never the complaint's text or identity) in the public list.
            { name: 'publish_answer', type: 'bool' },
            { name: 'public_status', type: 'json', hidden: true, maxSize: 200000 },
            { name: 'created', type: 'autodate', onCreate: true },
            { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
          ],
          indexes: [
            'CREATE UNIQUE INDEX idx_complaints_number ON complaints (number)',
            'CREATE UNIQUE INDEX idx_complaints_idempotency_key ON complaints (idempotency_key)',
            'CREATE INDEX idx_complaints_agency_status_due ON complaints (agency, status, due_at)',
            'CREATE INDEX idx_complaints_received ON complaints (agency, received_at)',
          ],
        })
      ),
    );
    app.save(complaints);

    const events = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'complaint_events',
          listRule: '@request.auth.collectionName = "staff" && complaint.agency = @request.auth.agency',
          viewRule: '@request.auth.collectionName = "staff" && complaint.agency = @request.auth.agency',
          createRule:
            '@request.auth.collectionName = "staff" && complaint.agency = @request.auth.agency && ' +
            'staff = @request.auth.id && ((@request.auth.role = "petugas" && ' +
            '(@request.body.status = "diverifikasi" || @request.body.status = "didisposisikan" || ' +
            '@request.body.status = "dijawab")) || (@request.auth.role = "kepala_bidang" && ' +
            '(@request.body.status = "diverifikasi" || @request.body.status = "didisposisikan" || ' +
            '@request.body.status = "dijawab" || @request.body.status = "tidak-diproses" || ' +
            '@request.body.status = "selesai")))',
          updateRule: null,
          deleteRule: null,
          fields: [
            {
              name: 'complaint',
              type: 'relation',
              required: true,
              collectionId: complaints.id,
              maxSelect: 1,
              cascadeDelete: true,
            },
            { name: 'status', type: 'select', required: true, maxSelect: 1, values: statuses },
            { name: 'public_note', type: 'text', max: 2000 },
            { name: 'internal_note', type: 'text', max: 2000 },
            { name: 'unit', type: 'text', max: 120 },
            { name: 'assignee', type: 'relation', collectionId: staff.id, maxSelect: 1 },
            { name: 'referral', type: 'select', maxSelect: 1, values: ['sp4n-lapor', 'instansi-lain'] },
            { name: 'publish_answer', type: 'bool' },
            // Empty when the complainant wrote it (their reply on the status page).
            { name: 'staff', type: 'relation', collectionId: staff.id, maxSelect: 1 },
            { name: 'at', type: 'date', required: true },
            { name: 'created', type: 'autodate', onCreate: true },
          ],
          indexes: ['CREATE INDEX idx_complaint_events_complaint ON complaint_events (complaint, at)'],
        })
      ),
    );
    app.save(events);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('complaint_events'));
    app.delete(app.findCollectionByNameOrId('complaints'));
    app.delete(app.findCollectionByNameOrId('days_off'));
    const agencies = app.findCollectionByNameOrId('agencies');
    agencies.fields.removeByName('complaint_verification_days');
    agencies.fields.removeByName('complaint_follow_up_days');
    app.save(agencies);
  },
);
