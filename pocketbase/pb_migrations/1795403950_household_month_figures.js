// @ts-check
// The household proposals' (usulan DTSEN) figures kept as their rows are written, as the requests'
// month figures are (1795402100): the office report and GET /api/data/dtsen read these instead of
// every household and its timeline (2.0 s and 8.9 s at the five-year office's 25,000 households,
// bench/five-years.ts). What they hold is src/domain/household-figures.ts's HouseholdFigureSums, per
// office and office-local month of receipt (WIB, src/domain/time.ts: SQLITE_OFFICE_OFFSET):
//
// - household_month_figures: households per village, current status and result.
// - household_month_reasons: the reasons as written of returns to the village (each return) and of
//   results "tidak masuk" (the last result's note), with how often. A reason no household gives any
//   more is deleted (an erasure clears the notes: the text must not stay here).
// - household_figure_days: one row per duration — each stay at a status before the next move, and
//   recorded to result — in milliseconds, under its household: a median needs the values, and the
//   index by (office, kind, milliseconds) gives the middle ones without sorting.
//
// SQLite triggers keep them in the same transaction as the change, whoever writes (hooks, the
// data-subject erasure, the dashboard, an import). A change to a household or its timeline takes the
// household's share away before (BEFORE triggers: the rows as they were) and adds it again after,
// counted from its rows: a household has a handful of events. tests/integration/household-report.test.ts
// holds the kept sums to counts by hand, tests/integration/household-figures-recount.test.ts to a full
// recount (householdFigureSums). Plain tables: no API reaches them.
const HOUSEHOLD_FIGURES_OFFSET = '+420 minutes';
const TABLES = ['household_month_figures', 'household_month_reasons', 'household_figure_days'];
const RETURNED = 'dikembalikan-ke-desa';
/** src/domain/household-figures.ts DAYS_TO_RESULT. */
const DAYS_TO_RESULT = 'dicatat-sampai-hasil';
const HOUSEHOLD_MONTH = `COALESCE(strftime('%Y-%m', h.received_at, '${HOUSEHOLD_FIGURES_OFFSET}'), '')`;
/** Milliseconds from one stored date to another (julianday keeps milliseconds; rounded off its float). */
const msBetween = (/** @type {string} */ from, /** @type {string} */ to) =>
  `CAST(ROUND((julianday(${to}) - julianday(${from})) * 86400000) AS INTEGER)`;
/** The `at` of a household's first (order "ASC") or last ("DESC") event at `status`; events in timeline order. */
const eventAt = (
  /** @type {string} */ status,
  /** @type {"ASC" | "DESC"} */ order,
  /** @type {string} */ column = 'at',
) =>
  `(SELECT e.${column} FROM household_proposal_events e WHERE e.household_proposal = h.id AND e.status = '${status}'` +
  ` ORDER BY e.at ${order}, e.rowid ${order} LIMIT 1)`;

/**
 * SQL adding (sign "+") or taking away ("-") the share of the households `h` that `which` selects
 * (a condition on h) in the counts and reasons.
 * @param {string} which @param {"+" | "-"} sign
 */
function countShare(which, sign) {
  const upsert = (/** @type {string} */ key, /** @type {string} */ column) =>
    ` ON CONFLICT (${key}) DO UPDATE SET ${column} = ${column} + excluded.${column};`;
  const reasonKey = 'agency, month, kind, reason';
  return (
    'INSERT INTO household_month_figures (agency, month, village, status, result, households)' +
    ` SELECT h.agency, ${HOUSEHOLD_MONTH}, h.village, h.status, h.result, ${sign}COUNT(*) FROM household_proposals h WHERE ${which}` +
    ' GROUP BY 1, 2, 3, 4, 5' +
    upsert('agency, month, village, status, result', 'households') +
    `INSERT INTO household_month_reasons (${reasonKey}, count)` +
    ` SELECT h.agency, ${HOUSEHOLD_MONTH}, '${RETURNED}', e.public_note, ${sign}COUNT(*) FROM household_proposals h` +
    ` JOIN household_proposal_events e ON e.household_proposal = h.id WHERE ${which} AND e.status = '${RETURNED}'` +
    ' GROUP BY 1, 2, 3, 4' +
    upsert(reasonKey, 'count') +
    `INSERT INTO household_month_reasons (${reasonKey}, count)` +
    ` SELECT h.agency, ${HOUSEHOLD_MONTH}, 'tidak-masuk', COALESCE(${eventAt('hasil', 'DESC', 'public_note')}, ''), ${sign}COUNT(*)` +
    ` FROM household_proposals h WHERE ${which} AND h.result = 'tidak-masuk' GROUP BY 1, 2, 3, 4` +
    upsert(reasonKey, 'count')
  );
}

/** SQL writing the durations of the households `h` that `which` selects. @param {string} which */
function durations(which) {
  return (
    'INSERT INTO household_figure_days (household, agency, month, kind, ms) SELECT household, agency, month, kind, ms FROM' +
    ` (SELECT h.id AS household, h.agency, ${HOUSEHOLD_MONTH} AS month, e.status AS kind,` +
    ` ${msBetween('e.at', 'LEAD(e.at) OVER (PARTITION BY e.household_proposal ORDER BY e.at, e.rowid)')} AS ms` +
    ` FROM household_proposals h JOIN household_proposal_events e ON e.household_proposal = h.id WHERE ${which})` +
    ' WHERE ms IS NOT NULL;' +
    'INSERT INTO household_figure_days (household, agency, month, kind, ms) SELECT household, agency, month, kind, ms FROM' +
    ` (SELECT h.id AS household, h.agency, ${HOUSEHOLD_MONTH} AS month, '${DAYS_TO_RESULT}' AS kind,` +
    ` ${msBetween(eventAt('dicatat-desa', 'ASC'), eventAt('hasil', 'DESC'))} AS ms` +
    ` FROM household_proposals h WHERE ${which} AND h.result != '') WHERE ms IS NOT NULL;`
  );
}

/** The households whose ids are `ids` (SQL of a trigger's OLD and NEW). @param {string} ids */
const householdsOf = (ids) => `h.id IN (${ids})`;

/** SQL taking the share of the households `ids` away, before the change. @param {string} ids */
const before = (ids) => countShare(householdsOf(ids), '-');

/** SQL adding the share of the households `ids` again, after the change, and dropping what nothing counts any more. @param {string} ids */
const after = (ids) =>
  countShare(householdsOf(ids), '+') +
  `DELETE FROM household_figure_days WHERE household IN (${ids});` +
  durations(householdsOf(ids)) +
  'DELETE FROM household_month_figures WHERE households = 0;DELETE FROM household_month_reasons WHERE count = 0;';

const HOUSEHOLD_COLUMNS = 'agency, village, status, result, received_at';
const EVENT_COLUMNS = 'household_proposal, status, public_note, at';
const EVENT_IDS = 'OLD.household_proposal, NEW.household_proposal';

/** Each trigger: its name and what follows "CREATE TRIGGER name". */
const HOUSEHOLD_FIGURE_TRIGGERS = [
  ['household_figures_insert', `AFTER INSERT ON household_proposals BEGIN ${after('NEW.id')} END`],
  [
    'household_figures_before_update',
    `BEFORE UPDATE OF ${HOUSEHOLD_COLUMNS} ON household_proposals BEGIN ${before('OLD.id, NEW.id')} END`,
  ],
  [
    'household_figures_update',
    `AFTER UPDATE OF ${HOUSEHOLD_COLUMNS} ON household_proposals BEGIN ${after('OLD.id, NEW.id')} END`,
  ],
  ['household_figures_before_delete', `BEFORE DELETE ON household_proposals BEGIN ${before('OLD.id')} END`],
  ['household_figures_delete', `AFTER DELETE ON household_proposals BEGIN ${after('OLD.id')} END`],
  [
    'household_figures_before_event',
    `BEFORE INSERT ON household_proposal_events BEGIN ${before('NEW.household_proposal')} END`,
  ],
  ['household_figures_event', `AFTER INSERT ON household_proposal_events BEGIN ${after('NEW.household_proposal')} END`],
  [
    'household_figures_before_event_update',
    `BEFORE UPDATE OF ${EVENT_COLUMNS} ON household_proposal_events BEGIN ${before(EVENT_IDS)} END`,
  ],
  [
    'household_figures_event_update',
    `AFTER UPDATE OF ${EVENT_COLUMNS} ON household_proposal_events BEGIN ${after(EVENT_IDS)} END`,
  ],
  [
    'household_figures_before_event_delete',
    `BEFORE DELETE ON household_proposal_events BEGIN ${before('OLD.household_proposal')} END`,
  ],
  [
    'household_figures_event_delete',
    `AFTER DELETE ON household_proposal_events BEGIN ${after('OLD.household_proposal')} END`,
  ],
];

migrate(
  (app) => {
    const run = (/** @type {string} */ sql) => app.db().newQuery(sql).execute();
    run(
      'CREATE TABLE household_month_figures (agency TEXT NOT NULL, month TEXT NOT NULL, village TEXT NOT NULL,' +
        ' status TEXT NOT NULL, result TEXT NOT NULL, households INTEGER NOT NULL,' +
        ' PRIMARY KEY (agency, month, village, status, result)) WITHOUT ROWID',
    );
    run(
      'CREATE TABLE household_month_reasons (agency TEXT NOT NULL, month TEXT NOT NULL, kind TEXT NOT NULL,' +
        ' reason TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (agency, month, kind, reason)) WITHOUT ROWID',
    );
    run(
      'CREATE TABLE household_figure_days (household TEXT NOT NULL, agency TEXT NOT NULL, month TEXT NOT NULL,' +
        ' kind TEXT NOT NULL, ms INTEGER NOT NULL)',
    );
    run('CREATE INDEX idx_household_figure_days_household ON household_figure_days (household)');
    // The median's middle values in order, and the month filter, from the index alone.
    run('CREATE INDEX idx_household_figure_days_median ON household_figure_days (agency, kind, ms, month)');
    // Rows that count nothing any more are found for deletion without reading the table.
    run('CREATE INDEX idx_household_month_figures_none ON household_month_figures (households) WHERE households = 0');
    run('CREATE INDEX idx_household_month_reasons_none ON household_month_reasons (count) WHERE count = 0');
    // Every household there already is, counted once.
    for (const statement of (countShare('TRUE', '+') + durations('TRUE')).split(';').filter(Boolean)) run(statement);
    for (const [name, body] of HOUSEHOLD_FIGURE_TRIGGERS) run(`CREATE TRIGGER ${name} ${body}`);
  },
  (app) => {
    for (const [name] of HOUSEHOLD_FIGURE_TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${name}`).execute();
    for (const table of TABLES) app.db().newQuery(`DROP TABLE IF EXISTS ${table}`).execute();
  },
);
