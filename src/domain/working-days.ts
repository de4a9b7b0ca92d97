// Working days ("hari kerja") on the offices' calendar: Monday to Friday, except national holidays
// and collective leave (cuti bersama) for civil servants. The days off come from content
// (content/calendar/<year>.yaml, one file per year as the joint ministerial decree — SKB 3 Menteri —
// sets them); the build publishes them (data/hari-libur.json) and the server takes them from there
// (days_off), so a completion time in "hari kerja" and a complaint's deadlines are counted alike.
import { officeClock } from './time';

export const DAY_OFF_KINDS = {
  'libur-nasional': 'Hari libur nasional',
  'cuti-bersama': 'Cuti bersama',
} as const;
export type DayOffKind = keyof typeof DAY_OFF_KINDS;

export interface DayOff {
  /** Office-local date, "2026-03-20". */
  date: string;
  name: string;
  kind: DayOffKind;
}

export interface WorkingCalendar {
  /** Office-local dates that are not working days although they fall on a weekday. */
  daysOff: ReadonlySet<string>;
  /** Years whose days off are known; beyond them only weekends are skipped. */
  years: ReadonlySet<number>;
}

export function workingCalendar(daysOff: readonly Pick<DayOff, 'date'>[], years: readonly number[]): WorkingCalendar {
  return { daysOff: new Set(daysOff.map((day) => day.date)), years: new Set(years) };
}

/** A calendar that knows no days off: weekends only. */
export const WEEKENDS_ONLY: WorkingCalendar = workingCalendar([], []);

/** The office-local date of a moment, "2026-03-20". */
export function officeDate(moment: Date): string {
  return officeClock(moment).toISOString().slice(0, 10);
}

export function isWorkingDay(moment: Date, calendar: WorkingCalendar): boolean {
  const weekday = officeClock(moment).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.daysOff.has(officeDate(moment));
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The moment `days` working days after `start`, at the same time of day: each following day that
 * is a working day counts one. Received on a Friday afternoon, one working day is Monday afternoon.
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar): Date {
  let current = start.getTime();
  let remaining = days;
  while (remaining > 0) {
    current += DAY;
    if (isWorkingDay(new Date(current), calendar)) remaining--;
  }
  return new Date(current);
}

/** The years between two moments (office-local) whose days off the calendar does not know. */
export function unknownYears(calendar: WorkingCalendar, from: Date, to: Date): number[] {
  const first = officeClock(from).getUTCFullYear();
  const last = officeClock(to).getUTCFullYear();
  const missing: number[] = [];
  for (let year = first; year <= last; year++) if (!calendar.years.has(year)) missing.push(year);
  return missing;
}
