import { OFFICE_TIME_ZONE, OFFICE_TIME_ZONE_ABBREVIATION } from '../domain/time';
import { onFirstUse } from './on-first-use';

const dayPart = onFirstUse(
  () =>
    new Intl.DateTimeFormat('id-ID', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: OFFICE_TIME_ZONE,
    }),
);

/** "23 November 2026" */
export function formatLongDate(date: Date): string {
  return dayPart().format(date);
}

/** "23 November 2026" for an office day written "2026-11-23" (a decree's date, a ledger day). */
export function formatOfficeDay(day: string): string {
  return dayPart().format(new Date(`${day}T12:00:00+07:00`));
}

/** "2026-11-23", for <time datetime> and JSON. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const timePart = onFirstUse(
  () =>
    new Intl.DateTimeFormat('id-ID', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: OFFICE_TIME_ZONE,
    }),
);

/** "23 November 2026 pukul 10.58 WIB", on the offices' clock (src/domain/time.ts). */
export function formatDateTime(moment: string | Date): string {
  const date = new Date(moment);
  return `${dayPart().format(date)} pukul ${timePart().format(date).replace(':', '.')} ${OFFICE_TIME_ZONE_ABBREVIATION}`;
}
