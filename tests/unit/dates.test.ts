// Dates as residents read them, on the offices' clock (WIB, UTC+7), written out without Intl
// (src/lib/dates.ts): the expected texts are worked out by hand from the UTC moments.
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime, formatLongDate, formatOfficeDay } from '../../src/lib/dates';
import { WIDEST_DATE_TIME } from '../../src/lib/room';

describe('dates on the offices clock (WIB)', () => {
  it('writes a moment as the office reads it, whatever zone it was given in', () => {
    // 03:58 UTC is 10.58 WIB (UTC+7), the same day.
    expect(formatDateTime('2026-11-23T03:58:00Z')).toBe('23 November 2026 pukul 10.58 WIB');
    // 17:30 UTC on the 23rd is already 00.30 on the 24th in WIB.
    expect(formatDateTime(new Date('2026-11-23T17:30:00Z'))).toBe('24 November 2026 pukul 00.30 WIB');
    // Given with another offset: 08:05 at UTC+8 is 00:05 UTC, 07.05 WIB.
    expect(formatDateTime('2026-02-01T08:05:00+08:00')).toBe('1 Februari 2026 pukul 07.05 WIB');
    // 31 December 20:00 UTC is 03.00 on New Year's Day in WIB.
    expect(formatDateTime('2026-12-31T20:00:00Z')).toBe('1 Januari 2027 pukul 03.00 WIB');
    expect(formatLongDate(new Date('2026-01-05T12:00:00Z'))).toBe('5 Januari 2026');
    // 16:59 UTC is 23.59 WIB the same day; 17:00 UTC is the next day.
    expect(formatLongDate(new Date('2026-06-30T16:59:00Z'))).toBe('30 Juni 2026');
    expect(formatLongDate(new Date('2026-06-30T17:00:00Z'))).toBe('1 Juli 2026');
    expect(formatOfficeDay('2026-08-17')).toBe('17 Agustus 2026');
    expect(formatOfficeDay('2024-02-29')).toBe('29 Februari 2024');
  });

  it('names every month in Indonesian', () => {
    const months = Array.from({ length: 12 }, (_, month) => formatLongDate(new Date(Date.UTC(2026, month, 15, 5))));
    expect(months).toEqual([
      '15 Januari 2026',
      '15 Februari 2026',
      '15 Maret 2026',
      '15 April 2026',
      '15 Mei 2026',
      '15 Juni 2026',
      '15 Juli 2026',
      '15 Agustus 2026',
      '15 September 2026',
      '15 Oktober 2026',
      '15 November 2026',
      '15 Desember 2026',
    ]);
  });

  it('writes the same whatever zone the phone is set to', () => {
    const moment = '2026-11-23T17:30:00Z';
    const offsets = [-600, 0, 420, 540].map((minutes) => {
      vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(minutes);
      const written = formatDateTime(moment);
      vi.restoreAllMocks();
      return written;
    });
    expect(new Set(offsets)).toEqual(new Set(['24 November 2026 pukul 00.30 WIB']));
  });

  it('has a widest moment as long as the longest it writes: any month, two-digit day and hour', () => {
    expect(WIDEST_DATE_TIME).toBe('28 September 2026 pukul 23.59 WIB');
    const months = Array.from({ length: 12 }, (_, month) =>
      formatDateTime(new Date(Date.UTC(2026, month, 28, 16, 59))),
    );
    expect(months[11]).toBe('28 Desember 2026 pukul 23.59 WIB');
    expect(Math.max(...months.map((written) => written.length))).toBe(WIDEST_DATE_TIME.length);
  });

  it('makes no Intl formatter', () => {
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    formatLongDate(new Date());
    formatDateTime(new Date());
    expect(dates).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
