// @ts-check
// The offices' working-day calendar (src/domain/working-days.ts) from the days off the server took
// from the build (days_off, content/calendar/): a few dozen rows, read when a deadline is set.

/** @param {HookApp} app */
function officeCalendar(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const rows = require(`${__hooks}/lib/given.js`).present(app.findAllRecords('days_off'));
  const years = {};
  for (const row of rows) years[row.getInt('year')] = true;
  return domain.workingCalendar(
    rows.map((row) => ({ date: row.getString('date') })),
    Object.keys(years).map(Number),
  );
}

module.exports = { officeCalendar };
