// @ts-check
// The erasure register: the number of every request, proposal and complaint erased at its data
// subject's request, and when — numbers only, nothing about the person. The same list is kept in a
// file outside the data folder (LAYANAN_ERASURE_REGISTER); at every start the server compares the
// two and erases again whatever a restored backup brought back (pb_hooks/lib/data_subject.js).
// Nobody reads or writes it through the API: src/domain/access-rules.ts.
migrate(
  (app) => {
    app.save(
      new Collection(
        // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
        /** @type {any} */ (
          /** @satisfies {CollectionDefinition} */ ({
            type: 'base',
            name: 'erasures',
            listRule: null,
            viewRule: null,
            createRule: null,
            updateRule: null,
            deleteRule: null,
            fields: [
              {
                name: 'number',
                type: 'text',
                required: true,
                pattern: '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$',
              },
              { name: 'erased_at', type: 'date', required: true },
            ],
            indexes: ['CREATE UNIQUE INDEX idx_erasures_number ON erasures (number)'],
          })
        ),
      ),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('erasures'));
  },
);
