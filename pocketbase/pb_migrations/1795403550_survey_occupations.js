// @ts-check
// The satisfaction survey's occupation list (src/domain/satisfaction-survey.ts) gains the work most
// people a Dinas Sosial serves do: petani, buruh, ibu rumah tangga, pelajar/mahasiswa, tidak
// bekerja. Reverting files those answers under "lainnya", the only choice that held them before.
const BEFORE = ['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya'];
const ADDED = ['petani', 'buruh', 'ibu-rumah-tangga', 'pelajar-mahasiswa', 'tidak-bekerja'];
const AFTER = ['pns', 'tni', 'polri', 'swasta', 'wirausaha', ...ADDED, 'lainnya'];

/** @param {CoreApp} app @param {string[]} values */
function setOccupations(app, values) {
  const responses = app.findCollectionByNameOrId('survey_responses');
  /** @type {core.SelectField} */ (responses.fields.getByName('occupation')).values = values;
  app.save(responses);
}

migrate(
  (app) => setOccupations(app, AFTER),
  (app) => {
    app
      .db()
      .newQuery(
        `UPDATE survey_responses SET occupation = 'lainnya' WHERE occupation IN (${ADDED.map((value) => `'${value}'`).join(', ')})`,
      )
      .execute();
    setOccupations(app, BEFORE);
  },
);
