// @ts-check
// Office staff. Accounts are made by a superuser; staff can read only their own record, and
// their sessions expire after a working day.
migrate(
  (app) => {
    const agencies = app.findCollectionByNameOrId('agencies');
    const staff = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'auth',
          name: 'staff',
          listRule: 'id = @request.auth.id',
          viewRule: 'id = @request.auth.id',
          createRule: null,
          updateRule: null,
          deleteRule: null,
          authRule: '',
          manageRule: null,
          passwordAuth: { enabled: true, identityFields: ['email'] },
          authToken: { duration: 8 * 60 * 60 },
          fields: [
            { name: 'name', type: 'text', required: true, max: 100 },
            { name: 'role', type: 'select', required: true, maxSelect: 1, values: ['petugas', 'kepala_bidang'] },
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
          ],
        })
      ),
    );
    app.save(staff);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('staff'));
  },
);
