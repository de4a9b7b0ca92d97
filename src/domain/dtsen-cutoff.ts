// The office's monthly cut-off for household proposals (usulan DTSEN): updates reach the national
// data in periodic cycles, and each Dinas Sosial sets the day of the month by which the households it
// verified must be uploaded to be in that month's cycle (content: the agency's `dtsen.cutoffDay`; no
// day is invented for an office that has not set one). A day the month lacks (31 in April) is its last
// day; a cut-off that falls on a weekend, holiday or cuti bersama moves to the working day before,
// because the upload is office work. Shown to residents on /cek-status/ and to operators.
import { officeDate, isWorkingDay, workingCalendar, type WorkingCalendar } from './working-days';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Noon WIB of an office-local date: a moment that is that date in the office whatever the server's zone. */
const officeNoon = (date: string) => new Date(`${date}T05:00:00Z`);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The cut-off date ("2026-03-17") of one month (1–12) for a cut-off day of 1–31. */
export function cutoffInMonth(year: number, month: number, cutoffDay: number, calendar: WorkingCalendar): string {
  const day = Math.min(cutoffDay, daysInMonth(year, month));
  let moment = officeNoon(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  while (!isWorkingDay(moment, calendar)) moment = new Date(moment.getTime() - DAY_MS);
  return officeDate(moment);
}

/** The next cut-off on or after the office-local day of `now` (the cut-off day itself still counts). */
export function nextCutoff(now: Date, cutoffDay: number, calendar: WorkingCalendar): string {
  const today = officeDate(now);
  const [year, month] = today.split('-').map(Number) as [number, number];
  const thisMonth = cutoffInMonth(year, month, cutoffDay, calendar);
  if (thisMonth >= today) return thisMonth;
  return month === 12
    ? cutoffInMonth(year + 1, 1, cutoffDay, calendar)
    : cutoffInMonth(year, month + 1, cutoffDay, calendar);
}

export const CUTOFF_DAY_RANGE = { min: 1, max: 31 } as const;

/** An office's cut-off as the build hands it to the pages: the day it set, where it announced it, and its calendar's days off. */
export interface OfficeCutoff {
  day: number;
  /** Where the office announced the day (a letter, its website), as its agency file says. */
  source: string;
  /** Office-local dates off ("2026-12-25") of the years its calendar knows. */
  daysOff: string[];
  years: number[];
}

/**
 * The office's next cut-off date, or null when it has announced no day — or when that date falls in a
 * year whose days off the calendar does not know (it might move): no date is shown that may not hold.
 */
export function announcedNextCutoff(now: Date, cutoff: OfficeCutoff | null): string | null {
  if (!cutoff) return null;
  const calendar = workingCalendar(
    cutoff.daysOff.map((date) => ({ date })),
    cutoff.years,
  );
  const next = nextCutoff(now, cutoff.day, calendar);
  return calendar.years.has(Number(next.slice(0, 4))) ? next : null;
}
