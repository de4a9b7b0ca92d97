// @ts-check
// The server starts from the build it serves (pb_hooks/serve_start.pb.js): services carry what
// hooks and the workspace need from content (requirements, whether villages send proposals through
// them), service points become reference data, and every request keeps its own copy of the steps
// it was registered under, so a standard changed later never rewrites an open request.
// Rules for recording statuses are now derived from the permission tables (src/domain/roles.ts,
// src/domain/access-rules.ts): nobody but the server records "diterima". PocketBase's default
// `users` collection (open sign-up, public avatar files) is not used and goes.
migrate(
  (app) => {
    const services = app.findCollectionByNameOrId('services');
    services.fields.add(new JSONField({ name: 'requirements', maxSize: 20000 }));
    services.fields.add(new BoolField({ name: 'village_proposals' }));
    app.save(services);

    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.add(new JSONField({ name: 'steps', maxSize: 20000 }));
    app.save(requests);
    app
      .db()
      .newQuery(
        "UPDATE requests SET steps = COALESCE(json_extract(public_status, '$.steps')," +
          ' (SELECT services.steps FROM services WHERE services.id = requests.service))',
      )
      .execute();

    const agencies = app.findCollectionByNameOrId('agencies');
    const servicePoints = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'service_points',
          listRule: '',
          viewRule: '',
          fields: [
            { name: 'key', type: 'text', required: true, pattern: '^[a-z0-9-]+$', max: 80 },
            { name: 'name', type: 'text', required: true, max: 200 },
            { name: 'kind', type: 'text', required: true, max: 50 },
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
            { name: 'address', type: 'text', required: true, max: 300 },
            { name: 'kecamatan_code', type: 'text', max: 20 },
            { name: 'lat', type: 'number' },
            { name: 'lon', type: 'number' },
            { name: 'opening_hours', type: 'text', max: 300 },
            { name: 'contacts', type: 'json', maxSize: 20000 },
            { name: 'services', type: 'relation', collectionId: services.id, maxSelect: 999 },
          ],
          indexes: ['CREATE UNIQUE INDEX idx_service_points_key ON service_points (key)'],
        })
      ),
    );
    app.save(servicePoints);

    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.createRule =
      '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && ' +
      'staff = @request.auth.id && ((@request.auth.role = "petugas" && (@request.body.status = "diproses")) || ' +
      '(@request.auth.role = "kepala_bidang" && (@request.body.status = "diproses" || ' +
      '@request.body.status = "selesai" || @request.body.status = "ditolak")))';
    app.save(requestEvents);

    const proposalEvents = app.findCollectionByNameOrId('proposal_events');
    proposalEvents.createRule =
      '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency && ' +
      '((@request.auth.role = "petugas" && (@request.body.status = "diverifikasi" || ' +
      '@request.body.status = "dikirim")) || (@request.auth.role = "kepala_bidang" && ' +
      '(@request.body.status = "diverifikasi" || @request.body.status = "disetujui" || ' +
      '@request.body.status = "ditolak" || @request.body.status = "dikirim")))) || ' +
      '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
      'proposal.village.kecamatan = @request.auth.kecamatan && (@request.body.status = "diverifikasi" || ' +
      '@request.body.status = "disetujui" || @request.body.status = "ditolak" || ' +
      '@request.body.status = "dikirim"))';
    app.save(proposalEvents);

    app.delete(app.findCollectionByNameOrId('users'));
  },
  (app) => {
    // PocketBase's default users collection, as a new data folder has it.
    const users = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          id: '_pb_users_auth_',
          type: 'auth',
          name: 'users',
          listRule: 'id = @request.auth.id',
          viewRule: 'id = @request.auth.id',
          createRule: '',
          updateRule: 'id = @request.auth.id',
          deleteRule: 'id = @request.auth.id',
          authRule: '',
          manageRule: null,
          passwordAuth: { enabled: true, identityFields: ['email'] },
          oauth2: {
            enabled: false,
            providers: [],
            mappedFields: { id: '', name: 'name', username: '', avatarURL: 'avatar' },
          },
          fields: [
            { name: 'password', type: 'password', system: true, hidden: true, required: true, min: 8 },
            {
              name: 'tokenKey',
              type: 'text',
              system: true,
              hidden: true,
              required: true,
              min: 30,
              max: 60,
              autogeneratePattern: '[a-zA-Z0-9]{50}',
            },
            { name: 'email', type: 'email', system: true, required: true },
            { name: 'emailVisibility', type: 'bool', system: true },
            { name: 'verified', type: 'bool', system: true },
            { name: 'name', type: 'text', max: 255 },
            {
              name: 'avatar',
              type: 'file',
              maxSelect: 1,
              mimeTypes: ['image/jpeg', 'image/png', 'image/svg+xml', 'image/gif', 'image/webp'],
            },
            { name: 'created', type: 'autodate', onCreate: true },
            { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
          ],
        })
      ),
    );
    app.save(users);

    const proposalEvents = app.findCollectionByNameOrId('proposal_events');
    proposalEvents.createRule =
      '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency && ' +
      '(@request.body.status = "diverifikasi" || @request.body.status = "dikirim" || ' +
      '@request.auth.role = "kepala_bidang")) || (@request.auth.collectionName = "camats" && ' +
      'proposal.recipient = "camat" && proposal.village.kecamatan = @request.auth.kecamatan)';
    app.save(proposalEvents);

    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.createRule =
      '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && ' +
      'staff = @request.auth.id && (@request.body.status = "diproses" || @request.auth.role = "kepala_bidang")';
    app.save(requestEvents);

    app.delete(app.findCollectionByNameOrId('service_points'));

    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.removeByName('steps');
    app.save(requests);

    const services = app.findCollectionByNameOrId('services');
    services.fields.removeByName('requirements');
    services.fields.removeByName('village_proposals');
    app.save(services);
  },
);
