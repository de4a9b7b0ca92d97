// @ts-check
// Residents apply online (src/domain/online-application.ts): a service says in content what its
// online form asks for (services.online_application); an online application is a request like one
// registered at the counter, with channel "online", the facts stated and the documents sent
// (protected files, with the requirement each answers), an idempotency key so a retried send makes
// no second one, and two statuses before its steps begin: waiting for staff to verify the documents,
// and asked to complete them. Its promised time starts when staff accept it (verified_at).
// Applications arrive through a route of their own (pb_hooks/applications.pb.js), never through
// the collection's create rule, which stays the counter's.
migrate(
  (app) => {
    const statuses = ['menunggu-verifikasi', 'perlu-dilengkapi', 'diterima', 'diproses', 'selesai', 'ditolak'];

    const services = app.findCollectionByNameOrId('services');
    services.fields.add(new JSONField({ name: 'online_application', maxSize: 20000 }));
    app.save(services);

    const requests = app.findCollectionByNameOrId('requests');
    /** @type {core.SelectField} */ (requests.fields.getByName('status')).values = statuses;
    requests.fields.add(new SelectField({ name: 'channel', maxSelect: 1, values: ['loket', 'online'] }));
    requests.fields.add(new TextField({ name: 'idempotency_key', max: 64, pattern: '^[A-Za-z0-9-]{16,64}$' }));
    requests.fields.add(new JSONField({ name: 'statements', maxSize: 20000 }));
    requests.fields.add(
      new FileField({
        name: 'documents',
        maxSelect: 12,
        maxSize: 10 * 1024 * 1024,
        mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
        protected: true,
      }),
    );
    requests.fields.add(new JSONField({ name: 'document_requirements', maxSize: 20000 }));
    requests.fields.add(new DateField({ name: 'verified_at' }));
    requests.fields.add(new DateField({ name: 'documents_deleted_at' }));
    requests.addIndex('idx_requests_idempotency_key', true, 'idempotency_key', "idempotency_key != ''");
    app.save(requests);
    app.db().newQuery("UPDATE requests SET channel = 'loket' WHERE channel = ''").execute();

    const events = app.findCollectionByNameOrId('request_events');
    /** @type {core.SelectField} */ (events.fields.getByName('status')).values = statuses;
    events.createRule =
      '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && ' +
      'staff = @request.auth.id && ((@request.auth.role = "petugas" && (@request.body.status = "diproses" || ' +
      '@request.body.status = "perlu-dilengkapi")) || (@request.auth.role = "kepala_bidang" && ' +
      '(@request.body.status = "diproses" || @request.body.status = "perlu-dilengkapi" || ' +
      '@request.body.status = "selesai" || @request.body.status = "ditolak")))';
    app.save(events);
  },
  (app) => {
    const statuses = ['diterima', 'diproses', 'selesai', 'ditolak'];
    const events = app.findCollectionByNameOrId('request_events');
    /** @type {core.SelectField} */ (events.fields.getByName('status')).values = statuses;
    events.createRule =
      '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && ' +
      'staff = @request.auth.id && ((@request.auth.role = "petugas" && (@request.body.status = "diproses")) || ' +
      '(@request.auth.role = "kepala_bidang" && (@request.body.status = "diproses" || ' +
      '@request.body.status = "selesai" || @request.body.status = "ditolak")))';
    app.save(events);

    const requests = app.findCollectionByNameOrId('requests');
    requests.removeIndex('idx_requests_idempotency_key');
    for (const name of [
      'channel',
      'idempotency_key',
      'statements',
      'documents',
      'document_requirements',
      'verified_at',
      'documents_deleted_at',
    ])
      requests.fields.removeByName(name);
    /** @type {core.SelectField} */ (requests.fields.getByName('status')).values = statuses;
    app.save(requests);

    const services = app.findCollectionByNameOrId('services');
    services.fields.removeByName('online_application');
    app.save(services);
  },
);
