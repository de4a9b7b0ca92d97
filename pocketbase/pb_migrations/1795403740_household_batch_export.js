// @ts-check
// A deliberation's verified households exported for the national application
// (pb_hooks/household_export.pb.js): when and by whom it was last exported, and how often — so it is
// not exported twice by accident, and a deliberate re-export says so.
migrate(
  (app) => {
    const batches = app.findCollectionByNameOrId('household_batches');
    batches.fields.add(new DateField({ name: 'exported_at' }));
    batches.fields.add(
      new RelationField({
        name: 'exported_by',
        collectionId: app.findCollectionByNameOrId('staff').id,
        maxSelect: 1,
      }),
    );
    batches.fields.add(new NumberField({ name: 'export_count', onlyInt: true, min: 0 }));
    app.save(batches);
  },
  (app) => {
    const batches = app.findCollectionByNameOrId('household_batches');
    for (const field of ['exported_at', 'exported_by', 'export_count']) batches.fields.removeByName(field);
    app.save(batches);
  },
);
