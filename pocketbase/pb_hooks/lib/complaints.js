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

/**
 * SQL over a complaints row: when it was finished — answered, or closed as outside the office's
 * remit — or '' while it waits or was reopened. The status lookup offers the satisfaction survey
 * from then, and the performance figures count its complainant among the service's users.
 */
const FINISHED_AT_SQL =
  "CASE WHEN status = 'tidak-diproses' THEN closed_at WHEN status = 'dibuka-kembali' THEN '' ELSE answered_at END";

/** SQL over a complaints row: how it came out, as the open data and the performance figures count it. */
const OUTCOME_SQL =
  "CASE WHEN status = 'tidak-diproses' THEN 'tidak-diproses' WHEN first_answered_at = '' THEN 'belum-dijawab'" +
  " WHEN first_answered_at <= answer_due_at THEN 'dijawab-tepat-waktu' ELSE 'dijawab-terlambat' END";

module.exports = { deadlinesOf, answerDueFrom, FINISHED_AT_SQL, OUTCOME_SQL };
