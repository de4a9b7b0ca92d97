// @ts-check
// The offices' working-day calendar (src/domain/working-days.ts) from the days off the server took
// from the build (days_off, content/calendar/): a few dozen rows, read when a deadline is set — every
// registration at the counter. Read as one row of their dates and years, not as a record per day:
// no record objects to build and wrap for the hook, which a registration paid for in every call.

/** @param {HookApp} app */
function officeCalendar(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const days = new DynamicModel({ dates: '', years: '' });
  app
    .db()
    .newQuery(
      "SELECT COALESCE(group_concat(date, ','), '') AS dates, COALESCE(group_concat(DISTINCT year), '') AS years FROM days_off",
    )
    .one(days);
  const listed = (/** @type {string} */ text) => (text ? text.split(',') : []);
  return domain.workingCalendar(
    listed(days.dates).map((date) => ({ date })),
    listed(days.years).map(Number),
  );
}

module.exports = { officeCalendar };
