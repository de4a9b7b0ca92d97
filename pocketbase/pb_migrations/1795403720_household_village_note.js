// @ts-check
// What the village operator should read on a household (src/domain/cases/household-proposals.ts):
// the reason the Dinas returned it, or why the deliberation did not agree it — shown in the village's
// own list on /data-desa/ without reading each timeline.
migrate(
  (app) => {
    const households = app.findCollectionByNameOrId('household_proposals');
    households.fields.add(new TextField({ name: 'note_for_village', max: 500 }));
    app.save(households);
  },
  (app) => {
    const households = app.findCollectionByNameOrId('household_proposals');
    households.fields.removeByName('note_for_village');
    app.save(households);
  },
);
