// @ts-check
/**
 * The household proposals (usulan DTSEN) the office received in the report's months (WIB), as
 * src/domain/household-figures.ts counts them, from the sums SQLite keeps as households and their
 * timelines are written (migration 1795403950): a few rows per village and month, the reasons, and
 * for each kind of duration its count and middle values read from the index in order.
 * @param {HookApp} app @param {string} agency @param {string} from "2026-10" @param {string} to
 */
function householdFiguresOf(app, agency, from, to) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const bind = { agency, from, to };
  const inPeriod = 'agency = {:agency} AND month BETWEEN {:from} AND {:to}';
  const households = queryRows(
    app,
    { village: '', status: '', result: '', count: 0 },
    'SELECT v.name AS village, f.status, f.result, f.households AS count FROM household_month_figures f' +
      ' JOIN villages v ON v.id = f.village WHERE f.agency = {:agency} AND f.month BETWEEN {:from} AND {:to}',
    bind,
  );
  const reasons = queryRows(
    app,
    { kind: '', reason: '', count: 0 },
    `SELECT kind, reason, SUM(count) AS count FROM household_month_reasons WHERE ${inPeriod} GROUP BY kind, reason`,
    bind,
  );
  const durations = queryRows(
    app,
    { kind: '', count: 0 },
    `SELECT kind, COUNT(*) AS count FROM household_figure_days WHERE ${inPeriod} GROUP BY kind`,
    bind,
  ).map((kind) => {
    const place = domain.medianPlace(kind.count);
    const middle = queryRows(
      app,
      { ms: 0 },
      `SELECT ms FROM household_figure_days WHERE kind = {:kind} AND ${inPeriod} ORDER BY ms LIMIT {:take} OFFSET {:skip}`,
      { ...bind, kind: kind.kind, take: place.take, skip: place.skip },
    );
    return { kind: kind.kind, count: kind.count, middleMs: middle.map((value) => value.ms) };
  });
  return domain.householdFiguresOfSums(
    /** @type {import("../../../src/domain/household-figures").HouseholdFigureSums} */ ({
      households,
      reasons,
      durations,
    }),
  );
}

/** The public answers the household figures are in (GET /api/data/dtsen, lib/http.js cachedAnswer). */
const PUBLIC_HOUSEHOLD_TOPIC = 'dtsen';

/**
 * Every office's public household figures (src/domain/household-public-figures.ts), of every proposal
 * it ever received: the workspace report's figures of all months, stripped to suppressed counts.
 * @param {HookApp} app @returns {import("../../../src/domain/household-public-figures").PublicHouseholdFigures}
 */
function publicHouseholdFigures(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const agencies = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { id: '', slug: '', name: '' },
    'SELECT id, slug, name FROM agencies ORDER BY name',
  );
  return {
    generatedAt: new Date().toISOString(),
    // Every month there is: "0000-01" to "9999-12" brackets any office month.
    offices: agencies.map((agency) =>
      domain.publicHouseholdOffice(agency, householdFiguresOf(app, agency.id, '0000-01', '9999-12')),
    ),
  };
}

/** A record hook's end: the public figures are made anew on the next request. @param {core.RecordEvent} e */
function forgetPublicFigures(e) {
  require(`${__hooks}/lib/http.js`).forgetPublicAnswers(e.app, PUBLIC_HOUSEHOLD_TOPIC);
  e.next();
}

module.exports = { householdFiguresOf, publicHouseholdFigures, forgetPublicFigures, PUBLIC_HOUSEHOLD_TOPIC };
