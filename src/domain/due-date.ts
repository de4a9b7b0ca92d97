// When a request is due, from the completion time its Standar Pelayanan promises. Shared with
// the PocketBase hooks.
import type { CompletionTime } from './completion-time';
import { fromOfficeClock, officeClock } from './time';
import { addWorkingDays, type WorkingCalendar } from './working-days';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function addMonths(start: Date, months: number): Date {
  const local = officeClock(start);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return fromOfficeClock(local);
}

/** "Hari kerja" skip weekends and the calendar's national holidays and collective leave. */
export function dueDate(
  receivedAt: Date,
  time: Pick<CompletionTime, 'amount' | 'unit'>,
  calendar: WorkingCalendar,
): Date {
  const start = receivedAt.getTime();
  switch (time.unit) {
    case 'menit':
      return new Date(start + time.amount * MINUTE);
    case 'jam':
      return new Date(start + time.amount * 60 * MINUTE);
    case 'hari':
      return new Date(start + time.amount * DAY);
    case 'hari kerja':
      return addWorkingDays(receivedAt, time.amount, calendar);
    case 'minggu':
      return new Date(start + time.amount * 7 * DAY);
    case 'bulan':
      return addMonths(receivedAt, time.amount);
  }
}

export type PromiseState = 'dalam-waktu' | 'lewat-waktu' | 'selesai-tepat-waktu' | 'selesai-terlambat' | 'tanpa-janji';

/** Whether a request is (or was) within the completion time its standard promises. */
export function promiseState(due: Date | null, finishedAt: Date | null, now: Date): PromiseState {
  if (!due) return 'tanpa-janji';
  if (finishedAt) return finishedAt <= due ? 'selesai-tepat-waktu' : 'selesai-terlambat';
  return now <= due ? 'dalam-waktu' : 'lewat-waktu';
}
