import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_QUEUE_QUERY, parseWorkQueueQuery, workQueuePageQuery, workQueueSearchParams, type WorkQueueQuery } from '../../src/domain/work-queue';
import { reportQueries } from '../../src/domain/report';
import { followingMonth, officeMonthStart } from '../../src/domain/time';
import { EXAMPLE_NUMBER } from '../../src/domain/request-number';

const parse = (query: string) => {
  const params = new URLSearchParams(query);
  return parseWorkQueueQuery((name) => params.get(name) ?? '');
};

describe('the work queue query', () => {
  it('reads back what the island writes', () => {
    const query: WorkQueueQuery = { view: 'semua', service: 'a1b2c3d4e5f6g7h', lateOnly: true, search: 'Siti 50%', page: 3 };
    expect(parse(workQueueSearchParams(query))).toEqual({ query });
    expect(workQueueSearchParams(DEFAULT_WORK_QUEUE_QUERY)).toBe('');
    expect(parse('')).toEqual({ query: DEFAULT_WORK_QUEUE_QUERY });
  });

  it('refuses what it does not offer', () => {
    for (const query of ['tampil=-public_status', 'layanan=x%27%20OR%201', 'halaman=0', 'halaman=2.5', 'halaman=99999', 'lewat-waktu=yes', `cari=${'a'.repeat(101)}`]) {
      expect(parse(query), query).toHaveProperty('problem');
    }
  });

  it('binds what people type, never writes it into the SQL', () => {
    const { sql, bind } = workQueuePageQuery('agency123456789', { ...DEFAULT_WORK_QUEUE_QUERY, search: "O'Brien 100%_" }, new Date());
    expect(sql).not.toContain("O'Brien");
    expect(bind['name']).toBe("%O'Brien 100\\%\\_%");
    const byNumber = workQueuePageQuery('agency123456789', { ...DEFAULT_WORK_QUEUE_QUERY, search: EXAMPLE_NUMBER.toLowerCase() }, new Date());
    expect(byNumber.bind).toEqual({ agency: 'agency123456789', number: EXAMPLE_NUMBER });
  });
});

describe('report months', () => {
  it('are ranges of office-local (WIB) time on the stored dates', () => {
    expect(officeMonthStart('2026-07').toISOString()).toBe('2026-06-30T17:00:00.000Z');
    expect(followingMonth('2026-12')).toBe('2027-01');
    expect(followingMonth('2026-09')).toBe('2026-10');
    // One query a month; a month starts at 00:00 WIB on its first day, 17:00 UTC the day before.
    expect(reportQueries('agency123456789', '2026-11', '2027-01').map((query) => query.bind)).toEqual([
      { agency: 'agency123456789', month: '2026-11', start: '2026-10-31 17:00:00.000Z', end: '2026-11-30 17:00:00.000Z' },
      { agency: 'agency123456789', month: '2026-12', start: '2026-11-30 17:00:00.000Z', end: '2026-12-31 17:00:00.000Z' },
      { agency: 'agency123456789', month: '2027-01', start: '2026-12-31 17:00:00.000Z', end: '2027-01-31 17:00:00.000Z' },
    ]);
  });
});
