// @ts-check
// A complaint's deadlines (src/domain/complaints.ts) on the office's working-day calendar.

/**
 * The office's deadlines in working days, as the build gave them (content, or SP4N-LAPOR!'s).
 * @param {HookApp} app @param {string} agencyId
 * @returns {import("../../../src/domain/complaints").ComplaintDeadlines}
 */
function deadlinesOf(app, agencyId) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const agency = app.findRecordById("agencies", agencyId);
  return {
    verificationWorkingDays: agency.getInt("complaint_verification_days") || domain.DEFAULT_COMPLAINT_DEADLINES.verificationWorkingDays,
    followUpWorkingDays: agency.getInt("complaint_follow_up_days") || domain.DEFAULT_COMPLAINT_DEADLINES.followUpWorkingDays,
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

module.exports = { deadlinesOf, answerDueFrom };
