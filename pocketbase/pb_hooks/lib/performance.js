// @ts-check
// Counts what the performance reports need (src/domain/performance.ts) in SQL, per service and
// period, and leaves the arithmetic — the index, the sample — to the domain. Only counts and sums
// leave the database here, except the suggestions of the kepala bidang's report.

/** @typedef {import("../../../src/domain/report-period").ReportPeriod} ReportPeriod */
/** @typedef {import("../../../src/domain/performance").SurveyCounts} SurveyCounts */
/** @typedef {import("../../../src/domain/satisfaction-survey").SurveyChannel} SurveyChannel */
/** @typedef {import("../../../src/domain/satisfaction-survey").SurveyElementKey} SurveyElementKey */

/** How long the public report is reused before it is counted again; a new response counts at once. */
const PUBLIC_REPORT_TTL_MS = 60 * 1000;

/** A period's bounds as PocketBase stores dates ("2026-06-30 17:00:00.000Z"). @param {ReportPeriod} period */
const bounds = (period) => ({ from: period.from.replace('T', ' '), to: period.to.replace('T', ' ') });

/**
 * SQL: what figures of a row count for — its service, or its office as a whole ("kantor:<id>") when
 * it is about no particular service (a complaint may not be).
 */
const COUNTS_FOR_SQL = "CASE WHEN service != '' THEN service ELSE 'kantor:' || agency END";
/** The key of an office's own figures (see COUNTS_FOR_SQL). @param {string} agencyId */
const officeKey = (agencyId) => `kantor:${agencyId}`;

/**
 * Per service id (or office key), the survey counts of the period: respondents per channel and
 * each element's answers and sum.
 * @param {HookApp} app @param {ReportPeriod} period
 * @returns {Map<string, SurveyCounts>}
 */
function surveyCountsByService(app, period) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  /** @type {Record<string, string | number>} */
  const shape = { service: '', channel: '', respondents: 0 };
  // Column names come from the domain's fixed list, never from a request.
  const columns = domain.SURVEY_ELEMENTS.map((element) => {
    shape[`${element.key}_answered`] = 0;
    shape[`${element.key}_sum`] = 0;
    return `SUM(${element.key} > 0) AS ${element.key}_answered, SUM(${element.key}) AS ${element.key}_sum`;
  });
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    shape,
    `SELECT ${COUNTS_FOR_SQL} AS service, channel, COUNT(*) AS respondents, ${columns.join(', ')} FROM survey_responses` +
      ' WHERE submitted_at >= {:from} AND submitted_at < {:to} GROUP BY 1, channel',
    bounds(period),
  );
  /** @type {Map<string, SurveyCounts>} */
  const counts = new Map();
  for (const row of rows) {
    const service = String(row.service);
    const perChannel = {
      finished: 0,
      byChannel: { [String(row.channel)]: Number(row.respondents) },
      totals: domain.SURVEY_ELEMENTS.map((element) => ({
        key: element.key,
        answered: Number(row[`${element.key}_answered`]),
        sum: Number(row[`${element.key}_sum`]),
      })),
    };
    const before = counts.get(service);
    counts.set(service, before ? domain.addCounts([before, perChannel]) : perChannel);
  }
  return counts;
}

/**
 * Per service id: requests and proposals finished in the period (the service users the sample is
 * drawn from — complainants are not asked the service questionnaire, pb_hooks/lib/satisfaction_survey.js),
 * and of the requests finished "selesai" with a promised time, how many within it. A proposal counts
 * for its office's proposals service (content: villageProposals).
 * @param {HookApp} app @param {ReportPeriod} period
 */
function finishedByService(app, period) {
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const requests = queryRows(
    app,
    { service: '', finished: 0, promised: 0, within_time: 0 },
    "SELECT service, COUNT(*) AS finished, SUM(status = 'selesai' AND due_at != '') AS promised," +
      " SUM(status = 'selesai' AND due_at != '' AND finished_at <= due_at) AS within_time" +
      ' FROM requests WHERE finished_at >= {:from} AND finished_at < {:to} GROUP BY service',
    bounds(period),
  );
  const proposals = queryRows(
    app,
    { service: '', finished: 0 },
    'SELECT s.id AS service, COUNT(*) AS finished FROM proposals p JOIN villages v ON v.id = p.village JOIN kecamatan k ON k.id = v.kecamatan' +
      ' JOIN services s ON s.agency = k.agency AND s.village_proposals = TRUE WHERE p.finished_at >= {:from} AND p.finished_at < {:to} GROUP BY s.id',
    bounds(period),
  );
  /** @type {Map<string, { finished: number, promised: number, withinTime: number }>} */
  const byService = new Map();
  for (const row of requests)
    byService.set(row.service, { finished: row.finished, promised: row.promised, withinTime: row.within_time });
  for (const row of proposals) {
    const before = byService.get(row.service) || { finished: 0, promised: 0, withinTime: 0 };
    byService.set(row.service, { ...before, finished: before.finished + row.finished });
  }
  return byService;
}

/**
 * Per service id (or office key), the complaints, questions and suggestions received in the
 * period by how they came out (the open data's outcomes, pb_hooks/lib/complaints.js).
 * @param {HookApp} app @param {ReportPeriod} period
 * @returns {Map<string, import("../../../src/domain/performance").ComplaintFigures>}
 */
function complaintsByService(app, period) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const rows = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { service: '', outcome: '', n: 0 },
    `SELECT ${COUNTS_FOR_SQL} AS service, ${require(`${__hooks}/lib/complaints.js`).OUTCOME_SQL} AS outcome, COUNT(*) AS n FROM complaints` +
      ' WHERE received_at >= {:from} AND received_at < {:to} GROUP BY 1, 2',
    bounds(period),
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
 * @param {HookApp} app @param {Set<string>} withFigures service ids
 */
function offices(app, withFigures) {
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const services = queryRows(
    app,
    { id: '', slug: '', title: '', url: '', agency: '', active: false, completion_amount: 0 },
    'SELECT id, slug, title, url, agency, active, completion_amount FROM services ORDER BY title',
  );
  return queryRows(
    app,
    { id: '', slug: '', name: '', short_name: '' },
    'SELECT id, slug, name, short_name FROM agencies ORDER BY name',
  ).map((agency) => ({
    agency,
    services: services.filter(
      (service) => service.agency === agency.id && (service.active || withFigures.has(service.id)),
    ),
  }));
}

/** The earliest moment anything was counted, for the periods a reader may choose. @param {HookApp} app */
function firstActivity(app) {
  const row = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { first: '' },
    "SELECT COALESCE(MIN(first), '') AS first FROM (SELECT MIN(submitted_at) AS first FROM survey_responses" +
      " UNION ALL SELECT MIN(finished_at) FROM requests WHERE finished_at != '' UNION ALL SELECT MIN(finished_at) FROM proposals WHERE finished_at != '')",
  )[0];
  return row?.first ? require(`${__hooks}/generated/domain.cjs`).dateFromStored(row.first) : new Date();
}

/**
 * Every office's performance in a period: per service the satisfaction index with its sample,
 * the share finished within the promised time, how complaints were answered.
 * @param {HookApp} app @param {ReportPeriod} period
 * @returns {import("../../../src/domain/performance").PerformanceReport}
 */
function performanceReport(app, period) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const survey = surveyCountsByService(app, period);
  const finished = finishedByService(app, period);
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
    offices: offices(app, new Set([...survey.keys(), ...finished.keys()])).map(({ agency, services }) => ({
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

/**
 * The public report of a period as JSON with its ETag, counted at most once a minute and again
 * as soon as a response arrives (forgetPublicReports): the page and the open-data feed are read
 * far more often than responses come in.
 * @param {HookApp} app @param {ReportPeriod} period @returns {{ body: string, etag: string }}
 */
function publicReport(app, period) {
  const store = app.store();
  const version = Number(store.get('kinerja-versi') || 0);
  const key = `kinerja:${period.id}`;
  const kept = /** @type {{ version: number, at: number, body: string, etag: string } | null} */ (
    store.get(key) || null
  );
  if (kept && kept.version === version && Date.now() - kept.at < PUBLIC_REPORT_TTL_MS) return kept;
  const body = JSON.stringify(performanceReport(app, period));
  const fresh = { version, at: Date.now(), body, etag: `"${$security.sha256(body).slice(0, 32)}"` };
  store.set(key, fresh);
  return fresh;
}

/** A response came in: the next public report is counted anew. @param {HookApp} app */
function forgetPublicReports(app) {
  const store = app.store();
  store.set('kinerja-versi', Number(store.get('kinerja-versi') || 0) + 1);
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

module.exports = { publicReport, forgetPublicReports, surveyReport };
