// Offices of all three regencies keep Western Indonesian Time (WIB, UTC+7, no daylight saving):
// due dates, weekends and report months are counted there, whatever zone a server or phone is in.

export const OFFICE_TIME_ZONE = 'Asia/Jakarta';
export const OFFICE_TIME_ZONE_ABBREVIATION = 'WIB';
export const OFFICE_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The same offset as an SQLite date modifier, for queries that group by office-local dates. */
export const SQLITE_OFFICE_OFFSET = `+${OFFICE_UTC_OFFSET_MS / 60_000} minutes`;

/** A moment as the office's wall clock shows it, in a Date whose UTC fields are that clock. */
export function officeClock(moment: Date): Date {
  return new Date(moment.getTime() + OFFICE_UTC_OFFSET_MS);
}

/** The moment at which the office's wall clock shows the UTC fields of `clock`. */
export function fromOfficeClock(clock: Date): Date {
  return new Date(clock.getTime() - OFFICE_UTC_OFFSET_MS);
}

/** "2026-11" — the office-local month of a moment. */
export function officeMonth(moment: Date): string {
  return officeClock(moment).toISOString().slice(0, 7);
}

/** The quarter containing a moment, as the first and last office-local months ("2026-10", "2026-12"). */
export function officeQuarter(moment: Date): { from: string; to: string } {
  const clock = officeClock(moment);
  const first = Math.floor(clock.getUTCMonth() / 3) * 3;
  const month = (index: number) => `${clock.getUTCFullYear()}-${String(index + 1).padStart(2, '0')}`;
  return { from: month(first), to: month(first + 2) };
}
