// The figures of an office's quarterly performance evaluation (evaluasi kinerja), per office-local
// month and service: received, completed, completed within the promised time, rejected, average
// completion time (GET /api/petugas/laporan, pb_hooks/staff_workspace.pb.js; the Laporan tab).
//
// Five years of an office's requests must not make it slow: the figures are kept per month and
// service as requests are written (table request_month_figures, SQLite triggers of migration
// 1795402100), so a report reads one row per month and service, never the requests.
import { PAST_DEADLINE_COMPLAINT } from './case-lists';
import { type BoundQuery, storedDate } from './database';
import { medianPlace } from './household-figures';
import { officeMonthRange } from './report-months';
import { SQLITE_OFFICE_OFFSET } from './time';

export { REPORT_MONTH } from './report-months';

/** One line of the report, as the route returns it. */
export interface ReportRow {
  month: string;
  service: string;
  received: number;
  completed: number;
  /** Whether the service's standard promises a completion time; without one there is nothing to be on time for. */
  promisesCompletionTime: boolean;
  /** Completed within the promised time; null when none is promised. */
  onTime: number | null;
  rejected: number;
  /** Completed on time ÷ completed; null when nothing was completed or no time is promised. */
  onTimeShare: number | null;
  averageMinutes: number | null;
}

/** How complaints were handled, per month and service (pb_hooks/staff_workspace.pb.js counts them). */
export interface ComplaintReportRow {
  month: string;
  service: string;
  received: number;
  verifiedOnTime: number;
  answered: number;
  answeredOnTime: number;
  /** Still waiting past their deadline (src/domain/cases/complaints.ts: late). */
  overdue: number;
  medianHoursToAnswer: number | null;
}

/** The report's rows for months `from` to `to` (office-local, inclusive), month by month, services in title order. */
export function reportQuery(agency: string, from: string, to: string): BoundQuery {
  return {
    sql:
      // A promised time as src/domain/cases/engine.ts reads it (completionTimeOf): an amount and a unit.
      "SELECT f.month, s.title AS service, (s.completion_amount > 0 AND s.completion_unit != '') AS promises, f.received, f.completed, f.on_time, f.rejected," +
      ' CASE WHEN f.completed > 0 THEN f.completion_minutes / f.completed ELSE -1 END AS average_minutes' +
      ' FROM request_month_figures f JOIN services s ON s.id = f.service' +
      ' WHERE f.agency = {:agency} AND f.month >= {:from} AND f.month <= {:to} AND f.received > 0 ORDER BY f.month, s.title',
    bind: { agency, from, to },
  };
}

/** A database row of reportQuery as the route returns it. */
export function reportRow(row: {
  month: string;
  service: string;
  promises: number;
  received: number;
  completed: number;
  on_time: number;
  rejected: number;
  average_minutes: number;
}): ReportRow {
  const promised = row.promises === 1;
  return {
    month: row.month,
    service: row.service,
    received: row.received,
    completed: row.completed,
    promisesCompletionTime: promised,
    onTime: promised ? row.on_time : null,
    rejected: row.rejected,
    onTimeShare: promised && row.completed > 0 ? row.on_time / row.completed : null,
    averageMinutes: row.average_minutes >= 0 ? Math.round(row.average_minutes) : null,
  };
}

/** What the report calls complaints about no particular service (or about a service no longer there). */
const NO_PARTICULAR_SERVICE = '(tanpa layanan tertentu)';

/** The kept figures of one month and service id (complaintFiguresQuery), as SQLite gives them. */
const COMPLAINT_FIGURES_SHAPE = {
  month: '',
  service_id: '',
  service: '',
  received: 0,
  verified_on_time: 0,
  answered: 0,
  answered_on_time: 0,
  overdue: 0,
};
type ComplaintFiguresRow = typeof COMPLAINT_FIGURES_SHAPE;

/** One line of the complaints' report before its median: the services of one title, in one month. */
interface ComplaintGroup extends Omit<ComplaintReportRow, 'medianHoursToAnswer'> {
  serviceIds: string[];
}

/**
 * The complaint figures SQLite keeps per office, month and service id as complaints are written
 * (migration 1795403963), of months `from` to `to`, with their services' titles, ordered by month and
 * title; and, as it depends on `now`, how many of them still wait past their deadline, counted from the
 * index of waiting complaints by deadline (which holds the date received and the service).
 */
function complaintFiguresQuery(agency: string, from: string, to: string, now: Date): BoundQuery {
  return {
    sql:
      `WITH overdue AS (SELECT strftime('%Y-%m', c.received_at, {:offset}) AS month, COALESCE(c.service, '') AS service,` +
      ' COUNT(*) AS overdue FROM complaints c INDEXED BY idx_complaints_waiting_due' +
      ` WHERE c.agency = {:agency} AND ${PAST_DEADLINE_COMPLAINT.join(' AND ')}` +
      ' AND c.received_at >= {:fromAt} AND c.received_at < {:toAt} GROUP BY 1, 2)' +
      ` SELECT f.month, f.service AS service_id, COALESCE(s.title, '${NO_PARTICULAR_SERVICE}') AS service, f.received,` +
      ' f.verified_on_time, f.answered, f.answered_on_time, COALESCE(o.overdue, 0) AS overdue FROM complaint_report_figures f' +
      ' LEFT JOIN services s ON s.id = f.service LEFT JOIN overdue o ON o.month = f.month AND o.service = f.service' +
      ' WHERE f.agency = {:agency} AND f.month >= {:from} AND f.month <= {:to} ORDER BY f.month, 3, f.service',
    bind: {
      agency,
      from,
      to,
      fromAt: storedDate(officeMonthRange(from).from),
      toAt: storedDate(officeMonthRange(to).to),
      offset: SQLITE_OFFICE_OFFSET,
      now: storedDate(now),
    },
  };
}

/** The kept rows of one month and title (consecutive: ordered so) added up into one line. */
function complaintGroups(rows: readonly ComplaintFiguresRow[]): ComplaintGroup[] {
  const groups: ComplaintGroup[] = [];
  for (const row of rows) {
    let group = groups[groups.length - 1];
    if (!group || group.month !== row.month || group.service !== row.service) {
      group = {
        month: row.month,
        service: row.service,
        serviceIds: [],
        received: 0,
        verifiedOnTime: 0,
        answered: 0,
        answeredOnTime: 0,
        overdue: 0,
      };
      groups.push(group);
    }
    group.serviceIds.push(row.service_id);
    group.received += row.received;
    group.verifiedOnTime += row.verified_on_time;
    group.answered += row.answered;
    group.answeredOnTime += row.answered_on_time;
    group.overdue += row.overdue;
  }
  return groups;
}

/** How many medians one query reads: SQLite allows 500 SELECTs in a UNION ALL. */
const MEDIANS_PER_QUERY = 200;

/**
 * The median hours to the first answer of each group that has answers, `place` being the group's
 * index: the middle one or two (medianPlace) of its hours, read by their place in the index of the
 * kept answer hours by office, month, service and hours — no sort, whatever the period holds.
 */
function complaintMedianQueries(agency: string, groups: readonly ComplaintGroup[]): BoundQuery[] {
  const answered = groups.flatMap((group, place) => (group.answered > 0 ? [{ group, place }] : []));
  const queries: BoundQuery[] = [];
  for (let first = 0; first < answered.length; first += MEDIANS_PER_QUERY) {
    const bind: Record<string, string | number> = { agency };
    const selects = answered.slice(first, first + MEDIANS_PER_QUERY).map(({ group, place }) => {
      const { skip, take } = medianPlace(group.answered);
      Object.assign(bind, { [`month${place}`]: group.month, [`skip${place}`]: skip, [`take${place}`]: take });
      const services = group.serviceIds.map((id, index) => {
        bind[`service${place}_${index}`] = id;
        return `{:service${place}_${index}}`;
      });
      return (
        `SELECT ${place} AS place, (SELECT AVG(hours) FROM (SELECT hours FROM complaint_answer_hours WHERE agency = {:agency}` +
        ` AND month = {:month${place}} AND service IN (${services.join(', ')}) ORDER BY hours` +
        ` LIMIT {:take${place}} OFFSET {:skip${place}})) AS hours`
      );
    });
    queries.push({ sql: selects.join(' UNION ALL '), bind });
  }
  return queries;
}

/** Reads the rows of a query, each with the columns (and column types) of `shape` (pb_hooks/lib/query.js). */
export type ReadRows = <Shape extends Record<string, string | number>>(query: BoundQuery, shape: Shape) => Shape[];

/**
 * How the office's complaints of months `from` to `to` were handled, per month and service (by title,
 * in title order): received, verified within their deadline, answered, answered within it, still
 * waiting past it at `now` (src/domain/cases/complaints.ts: late), and the median hours to the first
 * answer (the middle one, or the mean of the two middle ones), one decimal. Services that share a
 * title — no service, or one no longer there — are one line, their median over all their hours.
 * Read from figures kept as complaints are written: a read does not grow with the complaints of the
 * period (it counted 48,900 at the five-year office, bench/five-years.ts: 302 ms p95 through the server).
 */
export function complaintReport(
  read: ReadRows,
  agency: string,
  from: string,
  to: string,
  now: Date,
): ComplaintReportRow[] {
  const groups = complaintGroups(read(complaintFiguresQuery(agency, from, to, now), COMPLAINT_FIGURES_SHAPE));
  const medians = new Map(
    complaintMedianQueries(agency, groups)
      .flatMap((query) => read(query, { place: 0, hours: -0.5 }))
      .map((median) => [median.place, median.hours]),
  );
  return groups.map(({ serviceIds, ...group }, place) => {
    const hours = medians.get(place);
    return { ...group, medianHoursToAnswer: hours === undefined ? null : Math.round(hours * 10) / 10 };
  });
}
