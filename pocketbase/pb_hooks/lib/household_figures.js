// @ts-check
/**
 * The household proposals (usulan DTSEN) the office received in the report's months (WIB) — or in
 * all months, `period` null — as src/domain/household-figures.ts counts them, from the sums SQLite
 * keeps as households and their timelines are written (migrations 1795403950, 1795403952): a few rows
 * per village and month, the reasons, and for each kind of duration its count and middle values.
 * Each duration query names its index: by month for a period (the period's values, sorted), by
 * duration for all months (the middle ones read in order); left to itself, SQLite chose a skip-scan
 * of every duration for the month range (35–57 ms for the counts alone at 25,000 households, under load).
 * @param {HookApp} app @param {string} agency @param {{ from: string, to: string } | null} period "2026-10" to "2026-12"
 */
function householdFiguresOf(app, agency, period) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const bind = period ? { agency, from: period.from, to: period.to } : { agency };
  const inPeriod = period ? ' AND month BETWEEN {:from} AND {:to}' : '';
  const households = queryRows(
    app,
    { village: '', status: '', result: '', count: 0 },
    'SELECT v.name AS village, f.status, f.result, f.households AS count' +
      ` FROM (SELECT * FROM household_month_figures WHERE agency = {:agency}${inPeriod}) f JOIN villages v ON v.id = f.village`,
    bind,
  );
  const reasons = queryRows(
    app,
    { kind: '', reason: '', count: 0 },
    `SELECT kind, reason, SUM(count) AS count FROM household_month_reasons WHERE agency = {:agency}${inPeriod} GROUP BY kind, reason`,
    bind,
  );
  const days = `household_figure_days INDEXED BY idx_household_figure_days_${period ? 'period' : 'median'}`;
  const ofKind = `agency = {:agency} AND kind = {:kind}${inPeriod}`;
  /** @type {{ kind: string, count: number, middleMs: number[] }[]} */
  const durations = [];
  for (const kind of domain.HOUSEHOLD_DAYS_KINDS) {
    const count = queryRows(app, { count: 0 }, `SELECT COUNT(*) AS count FROM ${days} WHERE ${ofKind}`, {
      ...bind,
      kind,
    })[0].count;
    if (count === 0) continue;
    const place = domain.medianPlace(count);
    const middle = queryRows(
      app,
      { ms: 0 },
      `SELECT ms FROM ${days} WHERE ${ofKind} ORDER BY ms LIMIT {:take} OFFSET {:skip}`,
      {
        ...bind,
        kind,
        take: place.take,
        skip: place.skip,
      },
    );
    durations.push({ kind, count, middleMs: middle.map((value) => value.ms) });
  }
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
    offices: agencies.map((agency) => domain.publicHouseholdOffice(agency, householdFiguresOf(app, agency.id, null))),
  };
}

/** A record hook's end: the public figures are made anew on the next request. @param {core.RecordEvent} e */
function forgetPublicFigures(e) {
  require(`${__hooks}/lib/http.js`).forgetPublicAnswers(e.app, PUBLIC_HOUSEHOLD_TOPIC);
  e.next();
}

module.exports = { householdFiguresOf, publicHouseholdFigures, forgetPublicFigures, PUBLIC_HOUSEHOLD_TOPIC };
