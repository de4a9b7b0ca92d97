// @ts-check
// A complaint's deadlines (src/domain/complaints.ts) on the office's working-day calendar.

/**
 * The office's deadlines in working days, as the build gave them (content, or SP4N-LAPOR!'s).
 * @param {HookApp} app @param {string} agencyId
 * @returns {import("../../../src/domain/complaints").ComplaintDeadlines}
 */
function deadlinesOf(app, agencyId) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const agency = app.findRecordById('agencies', agencyId);
  return {
    verificationWorkingDays:
      agency.getInt('complaint_verification_days') || domain.DEFAULT_COMPLAINT_DEADLINES.verificationWorkingDays,
    followUpWorkingDays:
      agency.getInt('complaint_follow_up_days') || domain.DEFAULT_COMPLAINT_DEADLINES.followUpWorkingDays,
  };
}

/**
 * When a complaint of this office, verified or reopened at `from`, must be answered by.
 * @param {HookApp} app @param {string} agencyId @param {Date} from
 */
function answerDueFrom(app, agencyId, from) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  return domain.answerDue(from, deadlinesOf(app, agencyId), require(`${__hooks}/lib/calendar.js`).officeCalendar(app));
}

/** The public answer of complaint counts (the open data; lib/http.js cachedAnswer). */
const PUBLIC_TOPIC = 'pengaduan';

/**
 * A page of the published answers. The WHERE states idx_complaints_published's condition exactly
 * (migration 1795403600), so the page is read from that index in order.
 * @param {HookApp} app @param {number} page @returns {RouteAnswer<'publishedAnswers'>}
 */
function publishedAnswers(app, page) {
  const perPage = 20;
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const rows = arrayOf(
    new DynamicModel({ id: '', kind: '', agency: '', service: '', received_on: '', answered_on: '', on_time: false }),
  );
  // Dates only, on the office's calendar: when it happened, not to the minute.
  app
    .db()
    .newQuery(
      "SELECT c.id, c.kind, a.name AS agency, COALESCE(s.title, '') AS service," +
        ' date(c.received_at, {:offset}) AS received_on, date(c.first_answered_at, {:offset}) AS answered_on,' +
        " (c.answer_due_at != '' AND c.first_answered_at <= c.answer_due_at) AS on_time" +
        ' FROM complaints c JOIN agencies a ON a.id = c.agency LEFT JOIN services s ON s.id = c.service' +
        " WHERE c.publish_answer = TRUE AND c.identity != 'rahasia' AND c.kind != 'sanggah' AND c.first_answered_at != ''" +
        ' ORDER BY c.first_answered_at DESC LIMIT {:limit} OFFSET {:skip}',
    )
    .bind({ limit: perPage + 1, skip: (page - 1) * perPage, offset: domain.SQLITE_OFFICE_OFFSET })
    .all(rows);
  const shown = rows.slice(0, perPage);
  // The page's answers in one query, oldest first (a record lookup per complaint cost a page 20
  // reads of PocketBase's records; bench/five-years.ts). At most 10 a complaint, as before.
  /** @type {Record<string, string[]>} */
  const answersOf = {};
  if (shown.length > 0) {
    /** @type {Record<string, string>} */
    const ids = {};
    shown.forEach((row, index) => {
      ids[`c${index}`] = row.id;
    });
    const answers = arrayOf(new DynamicModel({ complaint: '', public_note: '' }));
    app
      .db()
      .newQuery(
        "SELECT complaint, public_note FROM complaint_events WHERE status = 'dijawab' AND complaint IN" +
          ` (${Object.keys(ids)
            .map((name) => `{:${name}}`)
            .join(', ')}) ORDER BY complaint, at`,
      )
      .bind(ids)
      .all(answers);
    for (const answer of answers) {
      if (!answersOf[answer.complaint]) answersOf[answer.complaint] = [];
      if (answersOf[answer.complaint].length < 10) answersOf[answer.complaint].push(answer.public_note);
    }
  }
  const items = shown.map((row) => ({
    kind: row.kind,
    agency: row.agency,
    service: row.service || null,
    receivedOn: row.received_on,
    answeredOn: row.answered_on,
    withinDeadline: Boolean(row.on_time),
    answers: answersOf[row.id] || [],
  }));
  return { page, items, more: rows.length > perPage };
}

/**
 * The open data's complaints per month (WIB), office, service, kind and outcome, from the figures
 * kept as complaints are written (complaint_month_figures, migration 1795403600).
 * @param {HookApp} app @returns {RouteAnswer<'complaintFigures'>}
 */
function complaintFiguresFeed(app) {
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { month: '', agency: '', service: '', kind: '', outcome: '', complaints: 0 },
    "SELECT f.month, a.slug AS agency, COALESCE(s.slug, '') AS service, f.kind, f.outcome, SUM(f.complaints) AS complaints" +
      ' FROM complaint_month_figures f JOIN agencies a ON a.id = f.agency LEFT JOIN services s ON s.id = f.service' +
      ' GROUP BY f.month, a.slug, 3, f.kind, f.outcome HAVING SUM(f.complaints) != 0' +
      ' ORDER BY f.month, a.slug, 3, f.kind, f.outcome',
  );
  return {
    title: 'Pengaduan, konsultasi dan saran per bulan',
    license: 'Informasi publik (UU 14/2008 tentang Keterbukaan Informasi Publik)',
    outcomes: {
      'dijawab-tepat-waktu': 'Dijawab dalam batas waktu',
      'dijawab-terlambat': 'Dijawab melewati batas waktu',
      'belum-dijawab': 'Belum dijawab',
      'tidak-diproses': 'Di luar wewenang kantor',
    },
    rows: rows.map((row) => ({
      month: row.month,
      agency: row.agency,
      service: row.service || null,
      kind: row.kind,
      outcome: row.outcome,
      complaints: row.complaints,
    })),
  };
}

module.exports = { deadlinesOf, answerDueFrom, PUBLIC_TOPIC, publishedAnswers, complaintFiguresFeed };
