// @ts-check
// Kecamatan and desa/kelurahan (public reference data, synced from content/geo by
// pb_hooks/serve_start.pb.js), and the accounts villages and Camats sign in with. Staff of the office
// responsible for a kecamatan create and manage those accounts; nobody else sees them.
migrate(
  (app) => {
    const agencies = app.findCollectionByNameOrId('agencies');
    const kecamatan = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'kecamatan',
          listRule: '',
          viewRule: '',
          fields: [
            { name: 'code', type: 'text', required: true, pattern: '^\\d{2}\\.\\d{2}\\.\\d{2}$' },
            { name: 'name', type: 'text', required: true, max: 100 },
            { name: 'lambung_sosial', type: 'bool' },
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
          ],
          indexes: ['CREATE UNIQUE INDEX idx_kecamatan_code ON kecamatan (code)'],
        })
      ),
    );
    app.save(kecamatan);

    const villages = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'villages',
          listRule: '',
          viewRule: '',
          fields: [
            { name: 'code', type: 'text', required: true, pattern: '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$' },
            { name: 'name', type: 'text', required: true, max: 100 },
            { name: 'type', type: 'select', required: true, maxSelect: 1, values: ['desa', 'kelurahan'] },
            { name: 'kecamatan', type: 'relation', required: true, collectionId: kecamatan.id, maxSelect: 1 },
          ],
          indexes: ['CREATE UNIQUE INDEX idx_villages_code ON villages (code)'],
        })
      ),
    );
    app.save(villages);

    // An auth collection of accounts tied to a place, readable by the account itself and by staff
    // of the office responsible for the place, who alone create and manage them.
    const placeAccounts = (name, staffOfPlace, createCondition, authTokenSeconds, fields) =>
      new Collection(
        // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
        /** @type {any} */ (
          /** @satisfies {CollectionDefinition} */ ({
            type: 'auth',
            name,
            listRule: `id = @request.auth.id || (${staffOfPlace})`,
            viewRule: `id = @request.auth.id || (${staffOfPlace})`,
            createRule: staffOfPlace + createCondition,
            updateRule: staffOfPlace + createCondition,
            deleteRule: null,
            authRule: '',
            manageRule: staffOfPlace,
            passwordAuth: { enabled: true, identityFields: ['email'] },
            authToken: { duration: authTokenSeconds },
            fields: [{ name: 'name', type: 'text', required: true, max: 100 }, ...fields],
          })
        ),
      );

    // Village operators work in the field on weak connections: a week between sign-ins.
    app.save(
      placeAccounts(
        'operators',
        '@request.auth.collectionName = "staff" && village.kecamatan.agency = @request.auth.agency',
        '',
        7 * 24 * 60 * 60,
        [
          { name: 'phone', type: 'text', pattern: '^\\+?[0-9][0-9 ()-]{7,19}$' },
          { name: 'village', type: 'relation', required: true, collectionId: villages.id, maxSelect: 1 },
        ],
      ),
    );
    // Only kecamatan with a Lambung Sosial receive proposals, so only they have Camat accounts.
    app.save(
      placeAccounts(
        'camats',
        '@request.auth.collectionName = "staff" && kecamatan.agency = @request.auth.agency',
        ' && kecamatan.lambung_sosial = true',
        8 * 60 * 60,
        [{ name: 'kecamatan', type: 'relation', required: true, collectionId: kecamatan.id, maxSelect: 1 }],
      ),
    );
  },
  (app) => {
    for (const name of ['camats', 'operators', 'villages', 'kecamatan']) app.delete(app.findCollectionByNameOrId(name));
  },
);
