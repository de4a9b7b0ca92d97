// The figures of an office's quarterly performance evaluation (evaluasi kinerja), per office-local
// month and service: received, completed, completed within the promised time, rejected, average
// completion time (GET /api/petugas/laporan, pb_hooks/staff_workspace.pb.js; the Laporan tab).
//
// Five years of an office's requests must not make it slow: the figures are kept per month and
// service as requests are written (table request_month_figures, SQLite triggers of migration
// 1795402100), so a report reads one row per month and service, never the requests.
import { complaints } from './cases/complaints';
import { lateSql } from './cases/engine';
import { type BoundQuery, storedDate } from './database';
import { officeMonthRange } from './report-months';
import { SQLITE_OFFICE_OFFSET } from './time';

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

/**
 * Complaints of months `from` to `to` per month and service, counted in SQL: received, verified
 * within their deadline, answered, answered within it, still waiting past it at `now`, and the
 * median hours to the first answer (the middle one, or the mean of the two middle ones). Five years
 * of complaints were read into the hook one by one before (2 s for a year of 5,000 under load).
 * The period's complaints are read once, from the index of received complaints by date, which holds
 * every column counted (migration 1795403951): filtered by the month of each row, the query read every
 * complaint the office ever received, twice (2.6 s at 50,000, bench/five-years.ts).
 */
export function complaintReportQuery(agency: string, from: string, to: string, now: Date): BoundQuery {
  const hours =
    "CASE WHEN c.first_answered_at != '' THEN (julianday(c.first_answered_at) - julianday(c.received_at)) * 24 END";
  return {
    sql:
      `WITH period AS MATERIALIZED (SELECT strftime('%Y-%m', c.received_at, {:offset}) AS month,` +
      " COALESCE(s.title, '(tanpa layanan tertentu)') AS service," +
      " (c.verified_at != '' AND c.verified_at <= c.verification_due_at) AS verified_on_time," +
      ` ${hours} AS hours, (c.first_answered_at != '' AND c.first_answered_at <= c.answer_due_at) AS answered_on_time,` +
      ` (${lateSql(complaints, 'c')}) AS overdue` +
      ' FROM complaints c LEFT JOIN services s ON s.id = c.service' +
      ' WHERE c.agency = {:agency} AND c.received_at >= {:fromAt} AND c.received_at < {:toAt}),' +
      ' ranked AS (SELECT month, service, hours, ROW_NUMBER() OVER (PARTITION BY month, service ORDER BY hours) AS place,' +
      ' COUNT(*) OVER (PARTITION BY month, service) AS answered FROM period WHERE hours IS NOT NULL),' +
      ' medians AS (SELECT month, service, AVG(hours) AS hours FROM ranked' +
      ' WHERE place IN ((answered + 1) / 2, (answered + 2) / 2) GROUP BY month, service)' +
      ' SELECT p.month, p.service, COUNT(*) AS received, SUM(p.verified_on_time) AS verified_on_time,' +
      ' SUM(p.hours IS NOT NULL) AS answered, SUM(p.answered_on_time) AS answered_on_time, SUM(p.overdue) AS overdue,' +
      ' COALESCE(m.hours, -1) AS median_hours' +
      ' FROM period p LEFT JOIN medians m ON m.month = p.month AND m.service = p.service' +
      ' GROUP BY p.month, p.service ORDER BY p.month, p.service',
    bind: {
      agency,
      fromAt: storedDate(officeMonthRange(from).from),
      toAt: storedDate(officeMonthRange(to).to),
      offset: SQLITE_OFFICE_OFFSET,
      now: storedDate(now),
    },
  };
}

/** A database row of complaintReportQuery as the route returns it. */
export function complaintReportRow(row: {
  month: string;
  service: string;
  received: number;
  verified_on_time: number;
  answered: number;
  answered_on_time: number;
  overdue: number;
  median_hours: number;
}): ComplaintReportRow {
  return {
    month: row.month,
    service: row.service,
    received: row.received,
    verifiedOnTime: row.verified_on_time,
    answered: row.answered,
    answeredOnTime: row.answered_on_time,
    overdue: row.overdue,
    medianHoursToAnswer: row.median_hours >= 0 ? Math.round(row.median_hours * 10) / 10 : null,
  };
}
