// @ts-check
// The erasure register also notes what the clean-up deleted of a household proposal (usulan DTSEN)
// once its result had been kept long enough: its NIK, KK and photos only (scope "identitas"), so a
// restored backup loses them again without losing the name and result the office keeps
// (pb_hooks/lib/data_subject.js: reapplyErasures). An empty scope is a data subject's erasure: everything.
migrate(
  (app) => {
    const erasures = app.findCollectionByNameOrId('erasures');
    erasures.fields.add(new SelectField({ name: 'scope', maxSelect: 1, values: ['identitas'] }));
    app.save(erasures);
  },
  (app) => {
    const erasures = app.findCollectionByNameOrId('erasures');
    erasures.fields.removeByName('scope');
    app.save(erasures);
  },
);
