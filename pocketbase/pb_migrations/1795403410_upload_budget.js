// @ts-check
// How many bytes were uploaded without an account on each office day (WIB): the whole server's
// daily budget for them (src/domain/storage-guard.ts), and how many were turned away for it.
// Nobody reads or writes it through the API.
migrate(
  (app) => {
    app.save(
      new Collection(
        // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
        /** @type {any} */ (
          /** @satisfies {CollectionDefinition} */ ({
            type: 'base',
            name: 'upload_days',
            listRule: null,
            viewRule: null,
            createRule: null,
            updateRule: null,
            deleteRule: null,
            fields: [
              { name: 'day', type: 'text', required: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
              { name: 'bytes', type: 'number', onlyInt: true, min: 0 },
              // Uploads turned away that day for the budget: the readiness check reports them.
              { name: 'refused', type: 'number', onlyInt: true, min: 0 },
            ],
            indexes: ['CREATE UNIQUE INDEX idx_upload_days_day ON upload_days (day)'],
          })
        ),
      ),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('upload_days'));
  },
);
