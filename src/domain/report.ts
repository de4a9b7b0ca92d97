// The figures of an office's quarterly performance evaluation (evaluasi kinerja), per office-local
// month and service: received, completed, completed within the promised time, rejected, average
// completion time (GET /api/petugas/laporan, pb_hooks/staff_workspace.pb.js; the Laporan tab).
//
// Five years of an office's requests must not make it slow: each month is its own query over a range
// of the stored dates (no function of each row's date to compute, group or index), and every column
// the queries read is in the covering index idx_requests_report of migration 1795401900. At 100,000
// requests a year, twelve such queries take about half the time of one grouping by a computed month
// (bench/scale.ts).
import { storedDate, type BoundQuery } from './database';
import { followingMonth, officeMonthStart } from './time';

export const REPORT_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

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

/** The report's rows for months `from` to `to` (office-local, inclusive): one query per month, in order. */
export function reportQueries(agency: string, from: string, to: string): BoundQuery[] {
  const queries: BoundQuery[] = [];
  for (let month = from; month <= to; month = followingMonth(month)) queries.push(reportMonthQuery(agency, month));
  return queries;
}

/** One office-local month of the report, its services in title order. */
function reportMonthQuery(agency: string, month: string): BoundQuery {
  return {
    sql:
      // A promised time as pb_hooks/lib/public_status.js reads it (completionTimeOf): an amount and a unit.
      "SELECT {:month} AS month, s.title AS service, (s.completion_amount > 0 AND s.completion_unit != '') AS promises, m.received, m.completed, m.on_time, m.rejected, m.average_minutes FROM (" +
      'SELECT r.service, COUNT(*) AS received,' +
      " SUM(r.status = 'selesai') AS completed," +
      " SUM(r.status = 'selesai' AND r.due_at != '' AND r.finished_at <= r.due_at) AS on_time," +
      " SUM(r.status = 'ditolak') AS rejected," +
      " COALESCE(AVG(CASE WHEN r.status = 'selesai' THEN (julianday(r.finished_at) - julianday(r.received_at)) * 1440 END), -1) AS average_minutes" +
      ' FROM requests r WHERE r.agency = {:agency} AND r.received_at >= {:start} AND r.received_at < {:end}' +
      ' GROUP BY r.service) m JOIN services s ON s.id = m.service ORDER BY s.title',
    bind: { agency, month, start: storedDate(officeMonthStart(month)), end: storedDate(officeMonthStart(followingMonth(month))) },
  };
}

/** A database row of reportQueries as the route returns it. */
export function reportRow(row: { month: string; service: string; promises: number; received: number; completed: number; on_time: number; rejected: number; average_minutes: number }): ReportRow {
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
