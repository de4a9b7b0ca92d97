// Known answers worked out by hand on the 2026–2027 calendars (content/calendar/, SKB 3 Menteri):
// 1 Jan 2026 is a Thursday, so 28 Feb 2026 is a Saturday and 31 May a Sunday (Waisak); Nyepi and
// Idul Fitri close 18–24 Mar; 24 Dec (cuti bersama) and 25 Dec (Natal) 2026 are days off; 1 Jan 2027
// is a Friday, so 25 Jan 2027 is a Monday.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { announcedNextCutoff, cutoffInMonth, nextCutoff } from '../../src/domain/dtsen-cutoff';
import type { ContractDaysOffFeed } from '../../src/domain/site-contract';
import { workingCalendar } from '../../src/domain/working-days';

const feed = JSON.parse(readFileSync('dist/data/hari-libur.json', 'utf8')) as ContractDaysOffFeed;
const calendar = workingCalendar(
  feed.years.flatMap((year) => year.days),
  feed.years.map((year) => year.year),
);

describe('the monthly cut-off date', () => {
  it('is the set day when it is a working day', () => {
    expect(cutoffInMonth(2026, 4, 20, calendar)).toBe('2026-04-20'); // Monday
    expect(cutoffInMonth(2026, 4, 30, calendar)).toBe('2026-04-30'); // Thursday
  });

  it('is the month’s last day when the month lacks the set day, moved back off a weekend', () => {
    expect(cutoffInMonth(2026, 2, 31, calendar)).toBe('2026-02-27'); // 28 Feb is a Saturday
    expect(cutoffInMonth(2026, 4, 31, calendar)).toBe('2026-04-30');
    // 31 May Sunday (Waisak), 30 Sat; Fri 29 works (27 Idul Adha, 28 cuti bersama are before it).
    expect(cutoffInMonth(2026, 5, 31, calendar)).toBe('2026-05-29');
  });

  it('moves back over holidays and cuti bersama to the working day before', () => {
    // 20 Mar 2026 cuti bersama, 19 Nyepi, 18 cuti bersama: Tuesday 17 Mar.
    expect(cutoffInMonth(2026, 3, 20, calendar)).toBe('2026-03-17');
    // 25 Dec 2026 Natal, 24 cuti bersama: Wednesday 23 Dec.
    expect(cutoffInMonth(2026, 12, 25, calendar)).toBe('2026-12-23');
  });

  it('next: the day itself counts until midnight WIB, then it is next month’s', () => {
    // 2026-03-17 16:30 UTC is 23:30 WIB on the 17th; 17:30 UTC is 00:30 WIB on the 18th.
    expect(nextCutoff(new Date('2026-03-17T16:30:00Z'), 20, calendar)).toBe('2026-03-17');
    expect(nextCutoff(new Date('2026-03-17T17:30:00Z'), 20, calendar)).toBe('2026-04-20');
    expect(nextCutoff(new Date('2026-03-01T03:00:00Z'), 20, calendar)).toBe('2026-03-17');
  });

  it('next: across the year end', () => {
    expect(nextCutoff(new Date('2026-12-24T03:00:00Z'), 25, calendar)).toBe('2027-01-25');
    expect(nextCutoff(new Date('2026-12-23T03:00:00Z'), 25, calendar)).toBe('2026-12-23');
    expect(nextCutoff(new Date('2027-01-31T03:00:00Z'), 31, calendar)).toBe('2027-02-26'); // 28 Feb 2027 Sun, 27 Sat
  });
});

describe('the cut-off the pages show', () => {
  const daysOff = feed.years.flatMap((year) => year.days.map((day) => day.date));
  const years = feed.years.map((year) => year.year);
  const lastYear = Math.max(...years);

  it('is none where the office announced no day', () => {
    expect(announcedNextCutoff(new Date('2026-12-14T03:00:00Z'), null)).toBeNull();
  });

  it('is the next cut-off on the office calendar where it set one', () => {
    const office = { day: 25, source: 'Surat kantor', daysOff, years };
    expect(announcedNextCutoff(new Date('2026-12-14T03:00:00Z'), office)).toBe('2026-12-23');
    expect(announcedNextCutoff(new Date('2026-12-24T03:00:00Z'), office)).toBe('2027-01-25');
  });

  it('is none when the date falls in a year whose days off are not known yet (it might move)', () => {
    const office = { day: 25, source: 'Surat kantor', daysOff, years };
    expect(announcedNextCutoff(new Date(`${lastYear}-12-28T03:00:00Z`), office)).toBeNull();
  });
});
