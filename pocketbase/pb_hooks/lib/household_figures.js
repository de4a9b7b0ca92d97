// @ts-check
/**
 * The household proposals (usulan DTSEN) the office received in the report's months (WIB), with
 * their timelines, as src/domain/household-figures.ts counts them.
 * @param {HookApp} app @param {string} agency @param {string} from "2026-10" @param {string} to
 */
function householdFiguresOf(app, agency, from, to) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const bind = { agency, from, to, offset: domain.SQLITE_OFFICE_OFFSET };
  const inPeriod = "h.agency = {:agency} AND strftime('%Y-%m', h.received_at, {:offset}) BETWEEN {:from} AND {:to}";
  const households = queryRows(
    app,
    { id: '', village: '', status: '', result: '' },
    `SELECT h.id, v.name AS village, h.status, h.result FROM household_proposals h JOIN villages v ON v.id = h.village WHERE ${inPeriod}`,
    bind,
  );
  /** @type {Record<string, { status: string, at: string, note: string }[]>} */
  const timelines = {};
  for (const event of queryRows(
    app,
    { household: '', status: '', at: '', note: '' },
    'SELECT e.household_proposal AS household, e.status, e.at, e.public_note AS note FROM household_proposal_events e' +
      ` JOIN household_proposals h ON h.id = e.household_proposal WHERE ${inPeriod} ORDER BY e.household_proposal, e.at`,
    bind,
  )) {
    if (!timelines[event.household]) timelines[event.household] = [];
    timelines[event.household].push({ status: event.status, at: event.at.replace(' ', 'T'), note: event.note });
  }
  return domain.householdFigures(
    /** @type {import("../../../src/domain/household-figures").HouseholdForFigures[]} */ (
      households.map((household) => ({
        village: household.village,
        status: household.status,
        result: household.result,
        events: timelines[household.id] || [],
      }))
    ),
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
