// @ts-check
// The public routes read figures kept as the rows are written, not the rows (as the report's month
// figures are, 1795402100): with five years of an office (50,000 complaints) the open-data feed of
// complaints grouped 50,000 complaints on every request, and the performance report re-counted
// requests, proposals and survey answers of its period.
//
// - complaint_month_figures: complaints per office, service, kind, outcome and office-local month
//   of receipt — GET /api/data/pengaduan, and the complaint figures of GET /api/data/kinerja.
// - performance_month_figures: per service (or "kantor:<office>" for survey answers about no
//   particular service, "usulan:<office>" for village proposals, counted for the office's proposals
//   service when read) and office-local month: requests and proposals finished, of the requests
//   finished "selesai" with a promised time how many within it (by the month they finished), and the
//   satisfaction survey's respondents per channel with each element's answers and sum (by the month
//   they were sent) — GET /api/data/kinerja and the kepala bidang's survey report.
// - idx_complaints_published: the published answers (GET /api/pengaduan/terbuka), newest first,
//   read from the index a page at a time instead of sorting every complaint.
//
// SQLite triggers keep the figures, whoever writes a row (hooks, the data-subject erasure, the
// dashboard, an import), so they cannot drift from the rows; tests/integration/public-figures.test.ts
// counts them again from the rows after creates, transitions and erasure. Plain tables: no API reaches
// them. Months are the office's (WIB, src/domain/time.ts: SQLITE_OFFICE_OFFSET).
const FIGURES_OFFICE_OFFSET = '+420 minutes';

/**
 * The satisfaction survey's channels and score elements as its collection holds them (migration
 * 1795401500): the channel field's values, and its number fields, one per element.
 * @param {CoreApp} app
 */
function surveyShape(app) {
  /** @type {string[]} */
  const channels = [];
  /** @type {string[]} */
  const elements = [];
  for (const field of app.findCollectionByNameOrId('survey_responses').fields) {
    if (field.getName() === 'channel')
      for (const value of /** @type {SelectField} */ (field).values) channels.push(value);
    if (field.type() === 'number') elements.push(field.getName());
  }
  return { channels, elements };
}

/** What performance_month_figures adds up, per key. @param {{ channels: string[], elements: string[] }} survey */
const performanceColumns = (survey) => [
  'finished',
  'promised',
  'within_time',
  ...survey.channels.map((channel) => `respondents_${channel}`),
  ...survey.elements.flatMap((element) => [`${element}_answered`, `${element}_sum`]),
];

/** SQL: the office-local month of a stored date. @param {string} date */
const monthOf = (date) => `strftime('%Y-%m', ${date}, '${FIGURES_OFFICE_OFFSET}')`;

/**
 * A figures table: its key columns and the columns it adds up.
 * @typedef {{ table: string, key: string[], columns: string[] }} Figures
 */
/** @type {Figures} */
const COMPLAINT_FIGURES = {
  table: 'complaint_month_figures',
  key: ['agency', 'service', 'kind', 'outcome', 'month'],
  columns: ['complaints'],
};
/** @param {{ channels: string[], elements: string[] }} survey @returns {Figures} */
const performanceFigures = (survey) => ({
  table: 'performance_month_figures',
  key: ['counts_for', 'month'],
  columns: performanceColumns(survey),
});

/**
 * What one row of a source table adds to a figures table, as SQL over the row named `row`: its key,
 * the value of each column it adds to (columns left out add nothing), and when it counts at all.
 * @typedef {{ values: Record<string, string>, condition: string }} Share
 */

/**
 * SQL adding up `share` into `figures`: signed by `sign` for one row (a trigger's NEW or OLD), or
 * summed over every row of `source` (the row named "r") when the figures are first made.
 * @param {Figures} figures @param {Share} share @param {{ sign: "+" | "-" } | { source: string }} how
 */
function addShare(figures, share, how) {
  const all = [...figures.key, ...figures.columns];
  const expression = (/** @type {string} */ column) => {
    if (figures.key.includes(column)) return share.values[column];
    const value = share.values[column] || '0';
    return 'sign' in how ? `${how.sign}(${value})` : `SUM(${value})`;
  };
  const rows =
    'sign' in how
      ? `WHERE ${share.condition}`
      : `FROM ${how.source} AS r WHERE ${share.condition} GROUP BY ${figures.key.map((_, index) => index + 1).join(', ')}`;
  return (
    `INSERT INTO ${figures.table} (${all.join(', ')}) SELECT ${all.map(expression).join(', ')} ${rows}` +
    ` ON CONFLICT (${figures.key.join(', ')}) DO UPDATE SET ` +
    `${figures.columns.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')};`
  );
}

/** A complaint's share: one, under how it came out (the open data's outcomes). @param {string} row */
const complaintShare = (row) => ({
  values: {
    agency: `${row}.agency`,
    service: `${row}.service`,
    kind: `${row}.kind`,
    outcome:
      `CASE WHEN ${row}.status = 'tidak-diproses' THEN 'tidak-diproses' WHEN ${row}.first_answered_at = '' THEN 'belum-dijawab'` +
      ` WHEN ${row}.first_answered_at <= ${row}.answer_due_at THEN 'dijawab-tepat-waktu' ELSE 'dijawab-terlambat' END`,
    month: `COALESCE(${monthOf(`${row}.received_at`)}, '')`,
    complaints: '1',
  },
  condition: 'TRUE',
});

/** A finished request's share, by the month it finished. @param {string} row */
const requestShare = (row) => {
  const promised = `${row}.status = 'selesai' AND ${row}.due_at != ''`;
  return {
    values: {
      counts_for: `${row}.service`,
      month: monthOf(`${row}.finished_at`),
      finished: '1',
      promised,
      within_time: `${promised} AND ${row}.finished_at <= ${row}.due_at`,
    },
    condition: `${row}.finished_at != ''`,
  };
};

/** A finished proposal's share, under its village's office. @param {string} row */
const proposalShare = (row) => ({
  values: {
    counts_for:
      "'usulan:' || COALESCE((SELECT k.agency FROM villages v JOIN kecamatan k ON k.id = v.kecamatan" +
      ` WHERE v.id = ${row}.village), '')`,
    month: monthOf(`${row}.finished_at`),
    finished: '1',
  },
  condition: `${row}.finished_at != ''`,
});

/**
 * A survey answer's share, by the month it was sent.
 * @param {{ channels: string[], elements: string[] }} survey @returns {(row: string) => Share}
 */
const surveyShare = (survey) => (row) => ({
  values: {
    counts_for: `CASE WHEN ${row}.service != '' THEN ${row}.service ELSE 'kantor:' || ${row}.agency END`,
    month: `COALESCE(${monthOf(`${row}.submitted_at`)}, '')`,
    ...Object.fromEntries(
      survey.channels.map((channel) => [`respondents_${channel}`, `${row}.channel = '${channel}'`]),
    ),
    ...Object.fromEntries(
      survey.elements.flatMap((element) => [
        [`${element}_answered`, `${row}.${element} > 0`],
        [`${element}_sum`, `${row}.${element}`],
      ]),
    ),
  },
  condition: 'TRUE',
});

/**
 * What keeps a figures table in step with a source table: a row's share added when it is inserted,
 * moved when a column it depends on changes, taken away when it is deleted.
 * @typedef {{ name: string, source: string, dependsOn: string[], figures: Figures, share: (row: string) => Share }} Keeping
 */
/** What keeps each figures table, for the survey as its collection is. @param {CoreApp} app @returns {Keeping[]} */
function keeping(app) {
  const survey = surveyShape(app);
  const performance = performanceFigures(survey);
  return [
    {
      name: 'complaint_month_figures',
      source: 'complaints',
      dependsOn: ['agency', 'service', 'kind', 'status', 'received_at', 'first_answered_at', 'answer_due_at'],
      figures: COMPLAINT_FIGURES,
      share: complaintShare,
    },
    {
      name: 'performance_figures_requests',
      source: 'requests',
      dependsOn: ['service', 'status', 'due_at', 'finished_at'],
      figures: performance,
      share: requestShare,
    },
    {
      name: 'performance_figures_proposals',
      source: 'proposals',
      dependsOn: ['village', 'finished_at'],
      figures: performance,
      share: proposalShare,
    },
    {
      name: 'performance_figures_survey',
      source: 'survey_responses',
      dependsOn: ['agency', 'service', 'channel', 'submitted_at', ...survey.elements],
      figures: performance,
      share: surveyShare(survey),
    },
  ];
}

/** @param {Keeping} kept */
function triggers({ name, source, dependsOn, figures, share }) {
  const changed = dependsOn.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');
  const add = (/** @type {string} */ row, /** @type {"+" | "-"} */ sign) => addShare(figures, share(row), { sign });
  return {
    [`${name}_insert`]: `AFTER INSERT ON ${source} BEGIN ${add('NEW', '+')} END`,
    [`${name}_update`]: `AFTER UPDATE OF ${dependsOn.join(', ')} ON ${source} WHEN ${changed} BEGIN ${add('OLD', '-')} ${add('NEW', '+')} END`,
    [`${name}_delete`]: `AFTER DELETE ON ${source} BEGIN ${add('OLD', '-')} END`,
  };
}

migrate(
  (app) => {
    const run = (/** @type {string} */ sql) => app.db().newQuery(sql).execute();
    const kept = keeping(app);
    for (const figures of new Set(kept.map((one) => one.figures)))
      run(
        `CREATE TABLE ${figures.table} (${figures.key.map((column) => `${column} TEXT NOT NULL`).join(', ')},` +
          ` ${figures.columns.map((column) => `${column} INTEGER NOT NULL`).join(', ')},` +
          ` PRIMARY KEY (${figures.key.join(', ')})) WITHOUT ROWID`,
      );
    for (const one of kept) {
      // What is there already, counted as the triggers will count what comes.
      run(addShare(one.figures, one.share('r'), { source: one.source }));
      for (const [trigger, definition] of Object.entries(triggers(one))) run(`CREATE TRIGGER ${trigger} ${definition}`);
    }

    const complaints = app.findCollectionByNameOrId('complaints');
    // Partial: only published answers, so the index stays as small as the public list. The route's
    // query states the condition exactly so (pb_hooks/lib/complaints.js).
    complaints.addIndex(
      'idx_complaints_published',
      false,
      'first_answered_at',
      "publish_answer = TRUE AND identity != 'rahasia' AND first_answered_at != ''",
    );
    app.save(complaints);
  },
  (app) => {
    const complaints = app.findCollectionByNameOrId('complaints');
    complaints.removeIndex('idx_complaints_published');
    app.save(complaints);
    const kept = keeping(app);
    for (const one of kept)
      for (const trigger of Object.keys(triggers(one)))
        app.db().newQuery(`DROP TRIGGER IF EXISTS ${trigger}`).execute();
    for (const figures of new Set(kept.map((one) => one.figures)))
      app.db().newQuery(`DROP TABLE IF EXISTS ${figures.table}`).execute();
  },
);
