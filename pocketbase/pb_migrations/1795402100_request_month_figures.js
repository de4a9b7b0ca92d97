// @ts-check
// The report's figures (src/domain/report.ts) kept per office, office-local month and service as
// requests are written, so that the quarterly report reads one small row per month and service
// instead of every request of the period: at 100,000 requests a year in one office the report took
// 165 ms reading the requests themselves (bench/scale.ts), over its 150 ms target.
//
// SQLite triggers keep them, whoever writes a request — the hooks, an import, the data-subject
// erasure, the dashboard — so they cannot drift from the requests. A plain table, not a
// collection: no API reaches it. The month is the office's (WIB, src/domain/time.ts:
// SQLITE_OFFICE_OFFSET); tests/integration/staff-roles.test.ts counts requests at the edges of months.
const OFFICE_OFFSET = '+420 minutes';
const TRIGGERS = ['request_month_figures_insert', 'request_month_figures_update', 'request_month_figures_delete'];

/** SQL adding (sign "+") or taking away (sign "-") one request's share of its month's figures. */
function share(/** @type {"NEW" | "OLD"} */ row, /** @type {"+" | "-"} */ sign) {
  const finished = `${row}.status = 'selesai'`;
  return (
    'INSERT INTO request_month_figures (agency, service, month, received, completed, on_time, rejected, completion_minutes) VALUES (' +
    `${row}.agency, ${row}.service, COALESCE(strftime('%Y-%m', ${row}.received_at, '${OFFICE_OFFSET}'), ''), ${sign}1, ${sign}(${finished}),` +
    ` ${sign}(${finished} AND ${row}.due_at != '' AND ${row}.finished_at <= ${row}.due_at), ${sign}(${row}.status = 'ditolak'),` +
    ` ${sign}(CASE WHEN ${finished} THEN (julianday(${row}.finished_at) - julianday(${row}.received_at)) * 1440 ELSE 0 END))` +
    ' ON CONFLICT (agency, month, service) DO UPDATE SET received = received + excluded.received, completed = completed + excluded.completed,' +
    ' on_time = on_time + excluded.on_time, rejected = rejected + excluded.rejected, completion_minutes = completion_minutes + excluded.completion_minutes;'
  );
}

migrate(
  (app) => {
    const run = (/** @type {string} */ sql) => app.db().newQuery(sql).execute();
    run(
      'CREATE TABLE request_month_figures (agency TEXT NOT NULL, service TEXT NOT NULL, month TEXT NOT NULL,' +
        ' received INTEGER NOT NULL, completed INTEGER NOT NULL, on_time INTEGER NOT NULL, rejected INTEGER NOT NULL,' +
        ' completion_minutes REAL NOT NULL, PRIMARY KEY (agency, month, service)) WITHOUT ROWID',
    );
    run(
      "INSERT INTO request_month_figures SELECT agency, service, COALESCE(strftime('%Y-%m', received_at, '" +
        OFFICE_OFFSET +
        "'), '') AS month, COUNT(*)," +
        " SUM(status = 'selesai'), SUM(status = 'selesai' AND due_at != '' AND finished_at <= due_at), SUM(status = 'ditolak')," +
        " COALESCE(SUM(CASE WHEN status = 'selesai' THEN (julianday(finished_at) - julianday(received_at)) * 1440 ELSE 0 END), 0)" +
        ' FROM requests GROUP BY agency, month, service',
    );
    run(`CREATE TRIGGER request_month_figures_insert AFTER INSERT ON requests BEGIN ${share('NEW', '+')} END`);
    run(
      'CREATE TRIGGER request_month_figures_update' +
        ' AFTER UPDATE OF agency, service, received_at, status, due_at, finished_at ON requests' +
        ` BEGIN ${share('OLD', '-')} ${share('NEW', '+')} END`,
    );
    run(`CREATE TRIGGER request_month_figures_delete AFTER DELETE ON requests BEGIN ${share('OLD', '-')} END`);
  },
  (app) => {
    for (const trigger of TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${trigger}`).execute();
    app.db().newQuery('DROP TABLE IF EXISTS request_month_figures').execute();
  },
);
