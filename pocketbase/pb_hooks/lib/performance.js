// @ts-check
// Counts what the performance reports need (src/domain/performance.ts) in SQL, per service and
// period, and leaves the arithmetic — the index, the sample — to the domain. Only counts and sums
// leave the database here, except the suggestions of the kepala bidang's report.

/** @typedef {import("../../../src/domain/report-period").ReportPeriod} ReportPeriod */
/** @typedef {import("../../../src/domain/performance").SurveyCounts} SurveyCounts */
/** @typedef {import("../../../src/domain/satisfaction-survey").SurveyChannel} SurveyChannel */
/** @typedef {import("../../../src/domain/satisfaction-survey").SurveyElementKey} SurveyElementKey */

/** A period's bounds as PocketBase stores dates ("2026-06-30 17:00:00.000Z"). @param {ReportPeriod} period */
const bounds = (period) => ({ from: period.from.replace('T', ' '), to: period.to.replace('T', ' ') });

/** A period's office-local months, the first included and the last not ("2026-01", "2026-07"). @param {ReportPeriod} period */
const months = (period) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  return { from: domain.officeMonth(new Date(period.from)), to: domain.officeMonth(new Date(period.to)) };
};

/** The key of an office's own figures: survey answers about no particular service, complaints likewise. @param {string} agencyId */
const officeKey = (agencyId) => `kantor:${agencyId}`;
/** The key under which an office's village proposals are counted, for its proposals service. @param {string} agencyId */
const proposalsKey = (agencyId) => `usulan:${agencyId}`;

/**
 * @typedef {{ id: string, slug: string, title: string, url: string, agency: string, active: boolean,
 *   completion_amount: number, village_proposals: boolean }} ReportedService
 */

/** Every service, by title. @param {HookApp} app @returns {ReportedService[]} */
function allServices(app) {
  return require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { id: '', slug: '', title: '', url: '', agency: '', active: false, completion_amount: 0, village_proposals: false },
    'SELECT id, slug, title, url, agency, active, completion_amount, village_proposals FROM services ORDER BY title',
  );
}

/**
 * The period's figures per service id (or office key), from the figures kept as rows are written
 * (performance_month_figures, migration 1795403600): the survey's respondents per channel and each
 * element's answers and sum; requests and proposals finished (the service users the sample is drawn
 * from — complainants are not asked the service questionnaire, pb_hooks/lib/satisfaction_survey.js);
 * of the requests finished "selesai" with a promised time, how many within it. A proposal counts for
 * its office's proposals service (content: villageProposals).
 * @param {HookApp} app @param {ReportPeriod} period @param {ReportedService[]} services
 */
function periodFigures(app, period, services) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const channels = /** @type {SurveyChannel[]} */ (Object.keys(domain.SURVEY_CHANNELS));
  /** @type {Record<string, string | number>} */
  const shape = { key: '', finished: 0, promised: 0, within_time: 0 };
  // Column names come from the domain's fixed lists, never from a request; the table has one for each.
  const sums = ['finished', 'promised', 'within_time', ...channels.map((channel) => `respondents_${channel}`)]
    .concat(domain.SURVEY_ELEMENTS.flatMap((element) => [`${element.key}_answered`, `${element.key}_sum`]))
    .map((column) => {
      shape[column] = 0;
      return `SUM(${column}) AS ${column}`;
    });
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    shape,
    `SELECT counts_for AS key, ${sums.join(', ')} FROM performance_month_figures` +
      ' WHERE month >= {:from} AND month < {:to} GROUP BY counts_for',
    months(period),
  );
  /** @type {Map<string, SurveyCounts>} */
  const survey = new Map();
  /** @type {Map<string, { finished: number, promised: number, withinTime: number }>} */
  const finished = new Map();
  const addFinished = (/** @type {string} */ key, /** @type {Record<string, string | number>} */ row) => {
    const before = finished.get(key) || { finished: 0, promised: 0, withinTime: 0 };
    finished.set(key, {
      finished: before.finished + Number(row.finished),
      promised: before.promised + Number(row.promised),
      withinTime: before.withinTime + Number(row.within_time),
    });
  };
  for (const row of rows) {
    const key = String(row.key);
    if (key.startsWith(proposalsKey(''))) {
      for (const service of services)
        if (service.village_proposals && proposalsKey(service.agency) === key) addFinished(service.id, row);
      continue;
    }
    if (Number(row.finished) > 0) addFinished(key, row);
    if (channels.some((channel) => Number(row[`respondents_${channel}`]) > 0))
      survey.set(key, {
        finished: 0,
        byChannel: Object.fromEntries(channels.map((channel) => [channel, Number(row[`respondents_${channel}`])])),
        totals: domain.SURVEY_ELEMENTS.map((element) => ({
          key: element.key,
          answered: Number(row[`${element.key}_answered`]),
          sum: Number(row[`${element.key}_sum`]),
        })),
      });
  }
  return { survey, finished };
}

/**
 * Per service id (or office key), the complaints, questions and suggestions received in the
 * period by how they came out (the open data's outcomes), from the figures kept as complaints are
 * written (complaint_month_figures, migration 1795403600).
 * @param {HookApp} app @param {ReportPeriod} period
 * @returns {Map<string, import("../../../src/domain/performance").ComplaintFigures>}
 */
function complaintsByService(app, period) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { service: '', outcome: '', n: 0 },
    "SELECT CASE WHEN service != '' THEN service ELSE 'kantor:' || agency END AS service, outcome, SUM(complaints) AS n" +
      ' FROM complaint_month_figures WHERE month >= {:from} AND month < {:to} GROUP BY 1, 2',
    months(period),
  );
  const field = {
    'dijawab-tepat-waktu': 'answeredWithinDeadline',
    'dijawab-terlambat': 'answeredLate',
    'belum-dijawab': 'unanswered',
    'tidak-diproses': 'outOfRemit',
  };
  /** @type {Map<string, import("../../../src/domain/performance").ComplaintFigures>} */
  const byService = new Map();
  for (const row of rows) {
    if (row.n === 0) continue;
    const figures = { ...(byService.get(row.service) || domain.NO_COMPLAINTS) };
    figures.received += row.n;
    figures[field[row.outcome]] += row.n;
    byService.set(row.service, figures);
  }
  return byService;
}

/**
 * The offices and the services they report on: every active service, and an inactive one that
 * still has figures in the period.
 * @param {HookApp} app @param {ReportedService[]} services @param {Set<string>} withFigures service ids
 */
function offices(app, services, withFigures) {
  return require(`${__hooks}/lib/query.js`)
    .queryRows(
      app,
      { id: '', slug: '', name: '', short_name: '' },
      'SELECT id, slug, name, short_name FROM agencies ORDER BY name',
    )
    .map((agency) => ({
      agency,
      services: services.filter(
        (service) => service.agency === agency.id && (service.active || withFigures.has(service.id)),
      ),
    }));
}

/** The first moment of the first month anything was counted, for the periods a reader may choose. @param {HookApp} app */
function firstActivity(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const anything = ['finished', ...Object.keys(domain.SURVEY_CHANNELS).map((channel) => `respondents_${channel}`)];
  const row = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { first: '' },
    `SELECT COALESCE(MIN(month), '') AS first FROM performance_month_figures WHERE ${anything.join(' + ')} > 0`,
  )[0];
  return row?.first ? domain.fromOfficeClock(new Date(`${row.first}-01T00:00:00Z`)) : new Date();
}

/**
 * Every office's performance in a period: per service the satisfaction index with its sample,
 * the share finished within the promised time, how complaints were answered.
 * @param {HookApp} app @param {ReportPeriod} period
 * @returns {import("../../../src/domain/performance").PerformanceReport}
 */
function performanceReport(app, period) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const services = allServices(app);
  const { survey, finished } = periodFigures(app, period, services);
  const complaints = complaintsByService(app, period);
  const countsOf = (serviceId) => ({
    ...(survey.get(serviceId) || { byChannel: {}, totals: [] }),
    finished: (finished.get(serviceId) || { finished: 0 }).finished,
  });
  const now = new Date();
  return {
    period,
    periods: domain.periodsBetween(firstActivity(app), now),
    generatedAt: now.toISOString(),
    offices: offices(app, services, new Set([...survey.keys(), ...finished.keys()])).map(({ agency, services }) => ({
      slug: agency.slug,
      name: agency.name,
      shortName: agency.short_name,
      satisfaction: domain.satisfactionOf(
        domain.addCounts([...services.map((service) => service.id), officeKey(agency.id)].map(countsOf)),
      ),
      complaints: domain.addComplaints(
        [...services.map((service) => service.id), officeKey(agency.id)].map(
          (key) => complaints.get(key) || domain.NO_COMPLAINTS,
        ),
      ),
      services: services.map((service) => {
        const done = finished.get(service.id);
        return {
          slug: service.slug,
          title: service.title,
          url: service.url,
          satisfaction: domain.satisfactionOf(countsOf(service.id)),
          timeliness:
            service.completion_amount > 0
              ? { finished: done ? done.promised : 0, withinTime: done ? done.withinTime : 0 }
              : null,
          complaints: complaints.get(service.id) || domain.NO_COMPLAINTS,
        };
      }),
    })),
  };
}

/** The public answers the performance report is in (GET /api/data/kinerja, lib/http.js cachedAnswer). */
const PUBLIC_TOPIC = 'kinerja';

/** A response came in: the next public report is counted anew. @param {HookApp} app */
function forgetPublicReports(app) {
  require(`${__hooks}/lib/http.js`).forgetPublicAnswers(app, PUBLIC_TOPIC);
}

/**
 * The kepala bidang's report of one office: the public figures of its services plus the
 * suggestions (texts only, in alphabetical order: no date or channel to tie one to a visit) and
 * the respondents' profile (counts only, when there are enough respondents).
 * @param {HookApp} app @param {ReportPeriod} period @param {string} agencyId
 * @returns {import("../../../src/domain/performance").SurveyReport}
 */
function surveyReport(app, period, agencyId) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const report = performanceReport(app, period);
  const agency = app.findRecordById('agencies', agencyId);
  const office = report.offices.find((candidate) => candidate.slug === agency.getString('slug'));
  if (!office) throw new NotFoundError('Kantor tidak ditemukan.');
  const params = { ...bounds(period), agency: agencyId };
  const inPeriod = 'agency = {:agency} AND submitted_at >= {:from} AND submitted_at < {:to}';
  const suggestions = queryRows(
    app,
    { slug: '', suggestion: '' },
    "SELECT COALESCE(s.slug, '') AS slug, r.suggestion AS suggestion FROM survey_responses r LEFT JOIN services s ON s.id = r.service" +
      " WHERE r.agency = {:agency} AND r.submitted_at >= {:from} AND r.submitted_at < {:to} AND r.suggestion != '' ORDER BY r.suggestion",
    params,
  );
  /** @type {Record<string, Record<string, number>> | null} */
  let profile = null;
  if (office.satisfaction.respondents >= domain.DISCLOSURE_MIN_RESPONDENTS) {
    profile = {};
    for (const field of domain.PROFILE_FIELDS) {
      profile[field] = {};
      // The field name comes from the domain's fixed list.
      for (const row of queryRows(
        app,
        { answer: '', n: 0 },
        `SELECT ${field} AS answer, COUNT(*) AS n FROM survey_responses WHERE ${inPeriod} AND ${field} != '' GROUP BY ${field}`,
        params,
      )) {
        profile[field][row.answer] = row.n;
      }
    }
  }
  return {
    period,
    generatedAt: report.generatedAt,
    office: { slug: office.slug, name: office.name },
    satisfaction: office.satisfaction,
    services: office.services.map(({ complaints: _complaints, ...service }) => ({
      ...service,
      suggestions: suggestions.filter((row) => row.slug === service.slug).map((row) => row.suggestion),
    })),
    otherSuggestions: suggestions.filter((row) => row.slug === '').map((row) => row.suggestion),
    profile: /** @type {import("../../../src/domain/performance").SurveyReport["profile"]} */ (profile),
  };
}

module.exports = { PUBLIC_TOPIC, performanceReport, forgetPublicReports, surveyReport };
