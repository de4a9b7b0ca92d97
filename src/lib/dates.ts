// Dates as residents read them, on the offices' clock (src/domain/time.ts: WIB, UTC+7, no daylight
// saving). Written out rather than through Intl.DateTimeFormat: a page's first Intl formatter loads
// the browser's locale data (13–15 ms of CPU on the bench machine, four times that on a cheap phone),
// and with one fixed offset the office's wall clock is plain arithmetic (officeClock).
import { OFFICE_TIME_ZONE_ABBREVIATION, officeClock } from '../domain/time';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "23 November 2026" for the office's wall clock (officeClock). */
const dayOf = (clock: Date) => `${clock.getUTCDate()} ${MONTHS[clock.getUTCMonth()]} ${clock.getUTCFullYear()}`;

/** "23 November 2026" */
export function formatLongDate(date: Date): string {
  return dayOf(officeClock(date));
}

/** "23 November 2026" for an office day written "2026-11-23" (a decree's date, a ledger day). */
export function formatOfficeDay(day: string): string {
  return formatLongDate(new Date(`${day}T12:00:00+07:00`));
}

/** "2026-11-23", for <time datetime> and JSON. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "23 November 2026 pukul 10.58 WIB", on the offices' clock. */
export function formatDateTime(moment: string | Date): string {
  const clock = officeClock(new Date(moment));
  const time = `${twoDigits(clock.getUTCHours())}.${twoDigits(clock.getUTCMinutes())}`;
  return `${dayOf(clock)} pukul ${time} ${OFFICE_TIME_ZONE_ABBREVIATION}`;
}
