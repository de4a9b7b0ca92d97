// @ts-check
// Survei Kepuasan Masyarakat (src/domain/satisfaction-survey.ts): one response per finished
// request, proposal or complaint, kept under its number (unique: a second response with the number
// changes the first, for 7 days), or from the counter with no number at all. A complaint need not
// be about a service: its response counts for the office only (no service). Each of the nine elements is
// its own score field (1–4, empty when left unanswered), so the index is summed in SQL. Nobody
// reads or writes responses through the API, staff included: the hooks write them and publish
// aggregates only.
migrate(
  (app) => {
    const agencies = app.findCollectionByNameOrId('agencies');
    const services = app.findCollectionByNameOrId('services');
    const elements = [
      'persyaratan',
      'prosedur',
      'waktu',
      'biaya',
      'produk',
      'kompetensi',
      'perilaku',
      'pengaduan',
      'sarana',
    ];
    const responses = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'survey_responses',
          listRule: null,
          viewRule: null,
          createRule: null,
          updateRule: null,
          deleteRule: null,
          fields: [
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
            { name: 'service', type: 'relation', collectionId: services.id, maxSelect: 1 },
            {
              name: 'channel',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: ['permohonan', 'usulan', 'pengaduan', 'loket'],
            },
            { name: 'number', type: 'text', pattern: '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$' },
            ...elements.map((name) => /** @type {const} */ ({ name, type: 'number', onlyInt: true, min: 1, max: 4 })),
            { name: 'gender', type: 'select', maxSelect: 1, values: ['laki-laki', 'perempuan'] },
            {
              name: 'age_range',
              type: 'select',
              maxSelect: 1,
              values: ['di-bawah-20', '20-29', '30-39', '40-49', '50-59', '60-ke-atas'],
            },
            {
              name: 'education',
              type: 'select',
              maxSelect: 1,
              values: ['sd-ke-bawah', 'smp', 'sma', 'diploma', 's1', 's2-ke-atas'],
            },
            {
              name: 'occupation',
              type: 'select',
              maxSelect: 1,
              values: ['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya'],
            },
            { name: 'suggestion', type: 'text', max: 1000 },
            // When first sent (the period it counts in; the 7 days to change it run from here) and last changed.
            { name: 'submitted_at', type: 'date', required: true },
            { name: 'edited_at', type: 'date' },
          ],
          indexes: [
            "CREATE UNIQUE INDEX idx_survey_responses_number ON survey_responses (number) WHERE number != ''",
            'CREATE INDEX idx_survey_responses_agency ON survey_responses (agency, submitted_at)',
          ],
        })
      ),
    );
    app.save(responses);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('survey_responses'));
  },
);
