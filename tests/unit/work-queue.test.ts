import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORK_QUEUE_QUERY,
  parseWorkQueueQuery,
  workQueuePageQuery,
  workQueueSearchParams,
  type WorkQueueQuery,
} from '../../src/domain/work-queue';
import { EXAMPLE_NUMBER } from '../../src/domain/request-number';

const parse = (query: string) => {
  const params = new URLSearchParams(query);
  return parseWorkQueueQuery((name) => params.get(name) ?? '');
};

describe('the work queue query', () => {
  it('reads back what the island writes', () => {
    const query: WorkQueueQuery = {
      view: 'semua',
      service: 'a1b2c3d4e5f6g7h',
      lateOnly: true,
      search: 'Siti 50%',
      page: 3,
    };
    expect(parse(workQueueSearchParams(query))).toEqual({ query });
    expect(workQueueSearchParams(DEFAULT_WORK_QUEUE_QUERY)).toBe('');
    expect(parse('')).toEqual({ query: DEFAULT_WORK_QUEUE_QUERY });
  });

  it('refuses what it does not offer', () => {
    for (const query of [
      'tampil=-public_status',
      'layanan=x%27%20OR%201',
      'halaman=0',
      'halaman=2.5',
      'halaman=99999',
      'lewat-waktu=yes',
      `cari=${'a'.repeat(101)}`,
    ]) {
      expect(parse(query), query).toHaveProperty('problem');
    }
  });

  it('binds what people type, never writes it into the SQL', () => {
    const { sql, bind } = workQueuePageQuery(
      'agency123456789',
      { ...DEFAULT_WORK_QUEUE_QUERY, search: "O'Brien 100%_" },
      new Date(),
    );
    expect(sql).not.toContain("O'Brien");
    expect(bind['name']).toBe("%O'Brien 100\\%\\_%");
    const byNumber = workQueuePageQuery(
      'agency123456789',
      { ...DEFAULT_WORK_QUEUE_QUERY, search: EXAMPLE_NUMBER.toLowerCase() },
      new Date(),
    );
    expect(byNumber.bind).toEqual({ agency: 'agency123456789', number: EXAMPLE_NUMBER });
  });
});
