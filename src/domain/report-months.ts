// Office months as moments, in office time — the stock reports' months and the office report's
// complaint period: small enough for the public stock page to load alone.
import { fromOfficeClock } from './time';

/** A report's month as asked for in a query ("YYYY-MM"). */
export const REPORT_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The moments an office month ("YYYY-MM") runs from (inclusive) and to (exclusive). */
export function officeMonthRange(month: string): { from: Date; to: Date } {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1;
  return {
    from: fromOfficeClock(new Date(Date.UTC(year, index, 1))),
    to: fromOfficeClock(new Date(Date.UTC(year, index + 1, 1))),
  };
}

/** The month `count` months before `month` ("YYYY-MM"). */
export function monthsBefore(month: string, count: number): string {
  const start = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - count, 1));
  return start.toISOString().slice(0, 7);
}
