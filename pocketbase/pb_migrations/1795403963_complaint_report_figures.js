// @ts-check
// The office report's complaint figures (src/domain/report.ts, complaintReportQuery) kept as complaints
// are written, as the requests' (1795402100) and the household proposals' (1795403950) are: the report
// counted every complaint of its period on each request (48,900 at the five-year office: 302 ms p95
// through the server, bench/five-years.ts). What is kept, per office, office-local month of receipt
// (WIB, src/domain/time.ts: SQLITE_OFFICE_OFFSET) and service id ('' for none):
//
// - complaint_report_figures: complaints received, verified within their verification deadline,
//   answered (hours to the first answer known), answered within their answer deadline.
// - complaint_answer_hours: one row per answered complaint, its hours from receipt to the first answer,
//   under the complaint's id: a median needs the values, and the index by (office, month, service,
//   hours) gives the middle ones by their place (medianPlace) without sorting. Nothing else of the
//   complaint: no names, no text.
//
// "Still waiting past the deadline" depends on the moment the report is read, so it is not kept: the
// report counts it from the index of waiting complaints by deadline, which now also holds the date
// received and the service (idx_complaints_waiting_due; its order, and every list segment naming
// it, is unchanged).
//
// SQLite triggers keep the figures in the same transaction as the change, whoever writes (hooks, the
// data-subject erasure, the dashboard, an import): a complaint's share is taken away as it was (OLD)
// and added as it is (NEW). tests/integration/complaint-report-figures.test.ts holds the kept figures
// to answers worked out by hand and to a full recount of the complaints after random changes. Plain
// tables: no API reaches them.
const OFFICE_MONTH_OFFSET = '+420 minutes';
const COMPLAINT_FIGURE_TABLES = ['complaint_report_figures', 'complaint_answer_hours'];
const WAITING_COMPLAINT =
  "(status = 'diterima' OR status = 'diverifikasi' OR status = 'didisposisikan' OR status = 'dibuka-kembali')";
const WAITING_DUE_INDEX_START = `CREATE INDEX \`idx_complaints_waiting_due\` ON \`complaints\` (agency, ${WAITING_COMPLAINT}, due_at, status`;
const WAITING_DUE_INDEX = `${WAITING_DUE_INDEX_START})`;
const WAITING_DUE_INDEX_WITH_PERIOD = `${WAITING_DUE_INDEX_START}, received_at, service)`;

/** A complaint's share as SQL over the row `c` (a trigger's NEW or OLD, or the table when first counted). */
const complaintReportShare = (/** @type {string} */ c) => {
  const hours = `CASE WHEN ${c}.first_answered_at != '' THEN (julianday(${c}.first_answered_at) - julianday(${c}.received_at)) * 24 END`;
  return {
    agency: `COALESCE(${c}.agency, '')`,
    month: `COALESCE(strftime('%Y-%m', ${c}.received_at, '${OFFICE_MONTH_OFFSET}'), '')`,
    service: `COALESCE(${c}.service, '')`,
    verifiedOnTime: `COALESCE(${c}.verified_at != '' AND ${c}.verified_at <= ${c}.verification_due_at, 0)`,
    hours,
    answered: `(${hours}) IS NOT NULL`,
    answeredOnTime: `COALESCE(${c}.first_answered_at != '' AND ${c}.first_answered_at <= ${c}.answer_due_at, 0)`,
  };
};

const COMPLAINT_FIGURE_COLUMNS = 'agency, month, service, received, verified_on_time, answered, answered_on_time';

/**
 * SQL adding (sign "+") or taking away ("-") one complaint's share, `c` being NEW or OLD, and dropping
 * its figures row when it counts nothing any more. @param {string} c @param {"+" | "-"} sign
 */
function countComplaintShare(c, sign) {
  const s = complaintReportShare(c);
  const key = `agency = ${s.agency} AND month = ${s.month} AND service = ${s.service}`;
  return (
    `INSERT INTO complaint_report_figures (${COMPLAINT_FIGURE_COLUMNS}) SELECT ${s.agency}, ${s.month}, ${s.service},` +
    ` ${sign}1, ${sign}(${s.verifiedOnTime}), ${sign}(${s.answered}), ${sign}(${s.answeredOnTime})` +
    ' ON CONFLICT (agency, month, service) DO UPDATE SET received = received + excluded.received,' +
    ' verified_on_time = verified_on_time + excluded.verified_on_time, answered = answered + excluded.answered,' +
    ' answered_on_time = answered_on_time + excluded.answered_on_time;' +
    (sign === '-' ? `DELETE FROM complaint_report_figures WHERE ${key} AND received = 0;` : '')
  );
}

/** SQL writing the hours to the first answer of the complaints `c` selects (NEW, or every complaint as `c`). @param {string} c @param {string} from */
function answerHours(c, from) {
  const s = complaintReportShare(c);
  return (
    'INSERT INTO complaint_answer_hours (complaint, agency, month, service, hours)' +
    ` SELECT ${c}.id, ${s.agency}, ${s.month}, ${s.service}, ${s.hours} ${from} WHERE ${s.answered};`
  );
}

const COMPLAINT_FIGURES_DEPEND_ON = [
  'id',
  'agency',
  'service',
  'received_at',
  'verified_at',
  'verification_due_at',
  'first_answered_at',
  'answer_due_at',
];
const COMPLAINT_FIGURES_CHANGED = COMPLAINT_FIGURES_DEPEND_ON.map(
  (column) => `OLD.${column} IS NOT NEW.${column}`,
).join(' OR ');
const FORGET_ANSWER_HOURS = 'DELETE FROM complaint_answer_hours WHERE complaint = OLD.id;';

/** Each trigger: its name and what follows "CREATE TRIGGER name". */
const COMPLAINT_FIGURE_TRIGGERS = [
  [
    'complaint_report_figures_insert',
    `AFTER INSERT ON complaints BEGIN ${countComplaintShare('NEW', '+')} ${answerHours('NEW', '')} END`,
  ],
  [
    'complaint_report_figures_update',
    `AFTER UPDATE OF ${COMPLAINT_FIGURES_DEPEND_ON.join(', ')} ON complaints WHEN ${COMPLAINT_FIGURES_CHANGED} BEGIN ${countComplaintShare('OLD', '-')}` +
      ` ${countComplaintShare('NEW', '+')} ${FORGET_ANSWER_HOURS} ${answerHours('NEW', '')} END`,
  ],
  [
    'complaint_report_figures_delete',
    `AFTER DELETE ON complaints BEGIN ${countComplaintShare('OLD', '-')} ${FORGET_ANSWER_HOURS} END`,
  ],
];

/** The complaints' waiting index `from` swapped for `to` in its place in the list (so reverting gives the list as it was). */
function swapWaitingIndex(/** @type {CoreApp} */ app, /** @type {string} */ from, /** @type {string} */ to) {
  const complaints = app.findCollectionByNameOrId('complaints');
  const place = complaints.indexes.indexOf(from);
  if (place === -1) throw new Error(`complaints has no index ${from}`);
  // A plain array of the CREATE INDEX statements (the field is Go's JSONArray type).
  complaints.indexes = /** @type {any} */ ([
    ...complaints.indexes.slice(0, place),
    to,
    ...complaints.indexes.slice(place + 1),
  ]);
  app.save(complaints);
}

migrate(
  (app) => {
    const run = (/** @type {string} */ sql) => app.db().newQuery(sql).execute();
    run(
      'CREATE TABLE complaint_report_figures (agency TEXT NOT NULL, month TEXT NOT NULL, service TEXT NOT NULL,' +
        ' received INTEGER NOT NULL, verified_on_time INTEGER NOT NULL, answered INTEGER NOT NULL,' +
        ' answered_on_time INTEGER NOT NULL, PRIMARY KEY (agency, month, service)) WITHOUT ROWID',
    );
    run(
      'CREATE TABLE complaint_answer_hours (complaint TEXT NOT NULL PRIMARY KEY, agency TEXT NOT NULL, month TEXT NOT NULL,' +
        ' service TEXT NOT NULL, hours REAL NOT NULL) WITHOUT ROWID',
    );
    // The median's middle values of a month and service in order, from the index alone.
    run('CREATE INDEX idx_complaint_answer_hours_median ON complaint_answer_hours (agency, month, service, hours)');
    // Every complaint there already is, counted once.
    const s = complaintReportShare('c');
    run(
      `INSERT INTO complaint_report_figures (${COMPLAINT_FIGURE_COLUMNS}) SELECT ${s.agency}, ${s.month}, ${s.service}, COUNT(*),` +
        ` SUM(${s.verifiedOnTime}), SUM(${s.answered}), SUM(${s.answeredOnTime}) FROM complaints c GROUP BY 1, 2, 3`,
    );
    run(answerHours('c', 'FROM complaints c'));
    for (const [name, body] of COMPLAINT_FIGURE_TRIGGERS) run(`CREATE TRIGGER ${name} ${body}`);
    swapWaitingIndex(app, WAITING_DUE_INDEX, WAITING_DUE_INDEX_WITH_PERIOD);
  },
  (app) => {
    swapWaitingIndex(app, WAITING_DUE_INDEX_WITH_PERIOD, WAITING_DUE_INDEX);
    for (const [name] of COMPLAINT_FIGURE_TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${name}`).execute();
    for (const table of COMPLAINT_FIGURE_TABLES) app.db().newQuery(`DROP TABLE IF EXISTS ${table}`).execute();
  },
);
