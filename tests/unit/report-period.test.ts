// Report periods on the offices' clock (WIB, UTC+7): a semester starts at midnight WIB, which is
// 17:00 UTC the day before.
import { describe, expect, it } from 'vitest';
import { periodsBetween, reportPeriod, semesterOf } from '../../src/domain/report-period';

describe('report periods', () => {
  it('names semesters and years by id, with their bounds in WIB', () => {
    expect(reportPeriod('2026-S1')).toEqual({
      id: '2026-S1',
      label: 'Semester I 2026 (Januari–Juni)',
      from: '2025-12-31T17:00:00.000Z',
      to: '2026-06-30T17:00:00.000Z',
    });
    expect(reportPeriod('2026-S2')).toMatchObject({
      label: 'Semester II 2026 (Juli–Desember)',
      from: '2026-06-30T17:00:00.000Z',
      to: '2026-12-31T17:00:00.000Z',
    });
    expect(reportPeriod(' 2026 ')).toEqual({
      id: '2026',
      label: 'Tahun 2026',
      from: '2025-12-31T17:00:00.000Z',
      to: '2026-12-31T17:00:00.000Z',
    });
    for (const wrong of ['', '2026-S3', '26-S1', '2026-s1', '1999', 'semester-depan'])
      expect(reportPeriod(wrong), wrong).toBeNull();
  });

  it("puts a moment in the semester the office's clock shows", () => {
    expect(semesterOf(new Date('2026-06-30T16:59:59Z')).id).toBe('2026-S1');
    expect(semesterOf(new Date('2026-06-30T17:00:00Z')).id).toBe('2026-S2');
    expect(semesterOf(new Date('2026-12-31T17:00:00Z')).id).toBe('2027-S1');
  });

  it('offers the periods from the first activity to now, newest first', () => {
    const ids = (since: string, now: string) =>
      periodsBetween(new Date(since), new Date(now)).map((period) => period.id);
    expect(ids('2026-03-01T00:00:00Z', '2026-11-23T00:00:00Z')).toEqual(['2026-S2', '2026-S1', '2026']);
    expect(ids('2025-08-01T00:00:00Z', '2026-02-01T00:00:00Z')).toEqual(['2026-S1', '2026', '2025-S2', '2025']);
    expect(ids('2026-11-01T00:00:00Z', '2026-11-23T00:00:00Z')).toEqual(['2026-S2', '2026']);
  });
});
