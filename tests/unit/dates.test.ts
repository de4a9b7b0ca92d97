// Dates as residents read them, on the offices' clock — and their formatters made only when
// something is formatted (src/lib/on-first-use.ts), not when a form's island loads.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onFirstUse } from '../../src/lib/on-first-use';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('dates on the offices clock (WIB)', () => {
  it('writes a moment as the office reads it, whatever zone it was given in', async () => {
    const { formatDateTime, formatLongDate, formatOfficeDay } = await import('../../src/lib/dates');
    // 03:58 UTC is 10.58 WIB (UTC+7), the same day.
    expect(formatDateTime('2026-11-23T03:58:00Z')).toBe('23 November 2026 pukul 10.58 WIB');
    // 17:30 UTC on the 23rd is already 00.30 on the 24th in WIB.
    expect(formatDateTime(new Date('2026-11-23T17:30:00Z'))).toBe('24 November 2026 pukul 00.30 WIB');
    expect(formatLongDate(new Date('2026-01-05T12:00:00Z'))).toBe('5 Januari 2026');
    expect(formatOfficeDay('2026-08-17')).toBe('17 Agustus 2026');
  });

  it('has a widest moment as long as the longest it writes: any month, two-digit day and hour', async () => {
    const { formatDateTime } = await import('../../src/lib/dates');
    const { WIDEST_DATE_TIME } = await import('../../src/lib/room');
    expect(WIDEST_DATE_TIME).toBe('28 September 2026 pukul 23.59 WIB');
    const months = Array.from({ length: 12 }, (_, month) =>
      formatDateTime(new Date(Date.UTC(2026, month, 28, 16, 59))),
    );
    expect(months[11]).toBe('28 Desember 2026 pukul 23.59 WIB');
    expect(Math.max(...months.map((written) => written.length))).toBe(WIDEST_DATE_TIME.length);
  });

  it('makes no formatter when loaded, one of each kind when used', async () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const { formatDateTime, formatLongDate } = await import('../../src/lib/dates');
    expect(made).not.toHaveBeenCalled();
    formatLongDate(new Date());
    formatDateTime(new Date());
    formatDateTime(new Date());
    expect(made).toHaveBeenCalledTimes(2);
  });
});

describe('onFirstUse', () => {
  it('makes the value only when first asked for, and once', () => {
    const make = vi.fn(() => ({ made: true }));
    const value = onFirstUse(make);
    expect(make).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps a value that is falsy', () => {
    const make = vi.fn(() => 0);
    const value = onFirstUse(make);
    expect([value(), value()]).toEqual([0, 0]);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
