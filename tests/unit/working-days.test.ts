// Known answers worked out by hand on the 2026 calendar (content/calendar/2026.yaml, SKB 3 Menteri):
// Nyepi Thu 19 Mar (libur) with cuti bersama Wed 18 Mar; Idul Fitri Sat 21 – Sun 22 Mar (libur)
// with cuti bersama Fri 20, Mon 23 and Tue 24 Mar; Wafat Yesus Kristus Fri 3 Apr (libur).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  addWorkingDays,
  isWorkingDay,
  workingCalendar,
  WEEKENDS_ONLY,
  unknownYears,
} from '../../src/domain/working-days';
import { dueDate } from '../../src/domain/due-date';
import type { ContractDaysOffFeed } from '../../src/domain/site-contract';
import { answerDue, verificationDue, DEFAULT_COMPLAINT_DEADLINES } from '../../src/domain/complaints';

// The days off as the build publishes them and the server reads them.
const feed = JSON.parse(readFileSync('dist/data/hari-libur.json', 'utf8')) as ContractDaysOffFeed;
const years = feed.years;
const calendar = workingCalendar(
  years.flatMap((year) => year.days),
  years.map((year) => year.year),
);
/** 10:00 WIB on an office-local date. */
const tenAm = (date: string) => new Date(`${date}T03:00:00Z`);

describe('the working-day calendar', () => {
  it('knows the decree days of 2026 around Idul Fitri as days off, weekdays around them as working days', () => {
    expect(isWorkingDay(tenAm('2026-03-17'), calendar)).toBe(true); // Tue
    for (const date of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24'])
      expect(isWorkingDay(tenAm(date), calendar)).toBe(false);
    expect(isWorkingDay(tenAm('2026-03-21'), calendar)).toBe(false); // Sat
    expect(isWorkingDay(tenAm('2026-03-25'), calendar)).toBe(true); // Wed
  });

  it('reads days in WIB: 23:30 WIB on the eve of a holiday is not yet the holiday', () => {
    // 2026-03-17 16:30 UTC is Tue 17 Mar 23:30 WIB; 17:30 UTC is Wed 18 Mar 00:30 WIB (cuti bersama).
    expect(isWorkingDay(new Date('2026-03-17T16:30:00Z'), calendar)).toBe(true);
    expect(isWorkingDay(new Date('2026-03-17T17:30:00Z'), calendar)).toBe(false);
  });

  it('counts complaint verification (3 working days) across Nyepi, Idul Fitri, cuti bersama and a weekend', () => {
    // Received Thu 19 Mar 10:00 (Nyepi). Fri 20 cuti, Sat 21, Sun 22, Mon 23 cuti, Tue 24 cuti;
    // Wed 25 = 1, Thu 26 = 2, Fri 27 = 3 → Fri 27 Mar 10:00 WIB.
    expect(verificationDue(tenAm('2026-03-19'), DEFAULT_COMPLAINT_DEADLINES, calendar).toISOString()).toBe(
      '2026-03-27T03:00:00.000Z',
    );
    // Weekends only it would have been Tue 24 Mar.
    expect(verificationDue(tenAm('2026-03-19'), DEFAULT_COMPLAINT_DEADLINES, WEEKENDS_ONLY).toISOString()).toBe(
      '2026-03-24T03:00:00.000Z',
    );
  });

  it('counts the follow-up (5 working days) across Good Friday and a weekend', () => {
    // Verified Fri 27 Mar 10:00. Mon 30 = 1, Tue 31 = 2, Wed 1 Apr = 3, Thu 2 = 4, Fri 3 Wafat Yesus
    // Kristus, Sat 4, Sun 5, Mon 6 = 5 → Mon 6 Apr 10:00 WIB.
    expect(answerDue(tenAm('2026-03-27'), DEFAULT_COMPLAINT_DEADLINES, calendar).toISOString()).toBe(
      '2026-04-06T03:00:00.000Z',
    );
  });

  it('gives "hari kerja" completion times the same calendar', () => {
    // Received Tue 17 Mar 09:00 WIB, 7 hari kerja: Wed 18 – Tue 24 are days off or weekend;
    // Wed 25 = 1, Thu 26 = 2, Fri 27 = 3, Mon 30 = 4, Tue 31 = 5, Wed 1 Apr = 6, Thu 2 Apr = 7.
    expect(dueDate(new Date('2026-03-17T02:00:00Z'), { amount: 7, unit: 'hari kerja' }, calendar).toISOString()).toBe(
      '2026-04-02T02:00:00.000Z',
    );
    // Calendar days are not working days: 7 hari from the same moment is Tue 24 Mar.
    expect(dueDate(new Date('2026-03-17T02:00:00Z'), { amount: 7, unit: 'hari' }, calendar).toISOString()).toBe(
      '2026-03-24T02:00:00.000Z',
    );
  });

  it('crosses Christmas and New Year into the next year', () => {
    // Wed 23 Dec 2026 10:00 + 3: Thu 24 cuti, Fri 25 Natal, Sat, Sun; Mon 28 = 1, Tue 29 = 2, Wed 30 = 3.
    expect(addWorkingDays(tenAm('2026-12-23'), 3, calendar).toISOString()).toBe('2026-12-30T03:00:00.000Z');
    // Wed 30 Dec + 3: Thu 31 = 1, Fri 1 Jan 2027 Tahun Baru, Sat, Sun; Mon 4 = 2, Tue 5 Isra Mikraj; Wed 6 = 3.
    expect(addWorkingDays(tenAm('2026-12-30'), 3, calendar).toISOString()).toBe('2027-01-06T03:00:00.000Z');
  });

  it('says which years it does not know', () => {
    expect(unknownYears(calendar, tenAm('2026-12-30'), tenAm('2027-01-06'))).toEqual([]);
    expect(unknownYears(calendar, tenAm('2027-12-30'), tenAm('2028-01-06'))).toEqual([2028]);
  });
});
