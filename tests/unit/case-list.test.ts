import { describe, expect, it } from 'vitest';
import {
  caseListCursor,
  caseListPageQueries,
  caseListSearchParams,
  defaultCaseListQuery,
  parseCaseListQuery,
  type CaseListQuery,
  type ListScope,
} from '../../src/domain/case-list';
import {
  ANSWERED_COMPLAINT_STATUSES,
  COMPLAINT_INBOX,
  PROPOSAL_REVIEW,
  WORK_QUEUE,
  type WorkQueueFilters,
  type WorkQueueView,
} from '../../src/domain/case-lists';
import { EXAMPLE_NUMBER } from '../../src/domain/request-number';

const parse = (query: string) => {
  const params = new URLSearchParams(query);
  return parseCaseListQuery(WORK_QUEUE, (name) => params.get(name) ?? '');
};
const OFFICE: ListScope = { kind: 'staff', where: ['r.agency = {:agency}'], bind: { agency: 'agency123456789' } };
const NOW = new Date('2026-11-23T03:00:00Z');
const pageQueries = (query: Partial<CaseListQuery<WorkQueueView, WorkQueueFilters>>) => {
  const built = caseListPageQueries(WORK_QUEUE, OFFICE, { ...defaultCaseListQuery(WORK_QUEUE), ...query }, NOW);
  if ('problem' in built) throw new Error(built.problem);
  return built;
};

describe('a staff list query', () => {
  it('reads back what the island writes', () => {
    const query: CaseListQuery<WorkQueueView, WorkQueueFilters> = {
      view: 'semua',
      filters: { service: 'a1b2c3d4e5f6g7h', lateOnly: true },
      search: 'Siti 50%',
      after: '2026-11-23 03:00:00.000Z~0~2026-11-24 01:00:00.000Z~42',
    };
    expect(parse(caseListSearchParams(WORK_QUEUE, query))).toEqual({ query });
    expect(caseListSearchParams(WORK_QUEUE, defaultCaseListQuery(WORK_QUEUE))).toBe('');
    expect(parse('')).toEqual({ query: defaultCaseListQuery(WORK_QUEUE) });
  });

  it('refuses what it does not offer', () => {
    for (const query of [
      'tampil=-public_status',
      'layanan=x%27%20OR%201',
      'lewat-waktu=yes',
      `cari=${'a'.repeat(101)}`,
      'setelah=2',
      'halaman=2&setelah=garbage',
    ]) {
      expect(parse(query), query).toHaveProperty('problem');
    }
  });

  it('binds what people type, never writes it into the SQL', () => {
    const { queries } = pageQueries({ search: "O'Brien 100%_" });
    for (const { sql, bind } of queries) {
      expect(sql).not.toContain("O'Brien");
      expect(bind['name']).toBe("%O'Brien 100\\%\\_%");
    }
    const byNumber = pageQueries({ search: EXAMPLE_NUMBER.toLowerCase() });
    expect(byNumber.queries).toHaveLength(1);
    expect(byNumber.queries[0]!.bind).toEqual({ agency: 'agency123456789', number: EXAMPLE_NUMBER });
  });
});

describe('keyset pages', () => {
  it('reads the queue as four segments of one index, each in order, and never skips rows with OFFSET', () => {
    const { at, queries } = pageQueries({});
    expect(at).toBe('2026-11-23 03:00:00.000Z');
    expect(queries).toHaveLength(4);
    for (const { sql } of queries) {
      expect(sql).toContain('INDEXED BY idx_requests_queue');
      expect(sql).not.toMatch(/OFFSET/i);
      expect(sql).toContain('LIMIT {:limit}');
    }
    // Waiting for verification and dated, waiting and undated, then the others dated and undated.
    expect(
      queries.map(({ sql }) =>
        /\(r\.status != 'menunggu-verifikasi'\) = (\d) AND \(r\.due_at = ''\) = (\d)/.exec(sql)!.slice(1),
      ),
    ).toEqual([
      ['0', '0'],
      ['0', '1'],
      ['1', '0'],
      ['1', '1'],
    ]);
  });

  it('goes on after the last row: in its segment past its keys, then the segments after it', () => {
    const after = caseListCursor('2026-11-22 01:00:00.000Z', '2~2026-11-24 05:00:00.000Z~917');
    const { at, queries } = pageQueries({ after });
    // The moment the list was first opened, kept for its later pages.
    expect(at).toBe('2026-11-22 01:00:00.000Z');
    expect(queries).toHaveLength(2);
    expect(queries[0]!.sql).toContain('(r.due_at, r.rowid) > ({:after0}, {:after1})');
    expect(queries[0]!.bind).toMatchObject({ after0: '2026-11-24 05:00:00.000Z', after1: 917, now: at });
    expect(queries[1]!.sql).not.toContain('{:after');
    // Newest first: before the last row.
    const newest = pageQueries({ view: 'semua', after: caseListCursor(at, '0~2026-11-20 00:00:00.000Z~5') });
    expect(newest.queries[0]!.sql).toContain('(r.received_at, r.rowid) < ({:after0}, {:after1})');
    expect(newest.queries[0]!.sql).toContain('ORDER BY r.received_at DESC, r.rowid DESC');
  });

  it('binds a rank or a yes/no of the order as a number, which SQLite orders before any text', () => {
    const searched = pageQueries({
      search: 'Siti',
      after: caseListCursor('2026-11-22 01:00:00.000Z', '0~1~0~2026-11-24 05:00:00.000Z~9'),
    });
    expect(searched.queries).toHaveLength(1);
    expect(searched.queries[0]!.sql).toContain('INDEXED BY idx_requests_agency_applicant');
    expect(searched.queries[0]!.bind).toMatchObject({
      after0: 1,
      after1: 0,
      after2: '2026-11-24 05:00:00.000Z',
      after3: 9,
    });
  });

  it('refuses a position that is not one of the list: another segment count, keys that are not dates', () => {
    for (const position of ['4~1', '2~1', '0~2026-11-24~1', "2~' OR 1=1~1", '2~2026-11-24 05:00:00.000Z~x']) {
      const built = caseListPageQueries(
        WORK_QUEUE,
        OFFICE,
        { ...defaultCaseListQuery(WORK_QUEUE), after: caseListCursor('2026-11-22 01:00:00.000Z', position) },
        NOW,
      );
      expect(built, position).toHaveProperty('problem');
    }
  });
});

describe('the declared lists', () => {
  it('orders the complaint inbox by one status that is open but no longer waiting: answered', () => {
    // The open inbox reads that status in due-date order from the status index, which holds for one status only.
    expect(ANSWERED_COMPLAINT_STATUSES).toEqual(['dijawab']);
    const scope: ListScope = { kind: 'staff', where: ['c.agency = {:agency}'], bind: { agency: 'x' } };
    const built = caseListPageQueries(COMPLAINT_INBOX, scope, defaultCaseListQuery(COMPLAINT_INBOX), NOW);
    if ('problem' in built) throw new Error(built.problem);
    expect(built.queries).toHaveLength(6);
  });

  it("gives a proposal's readers what the collection's rules give them, and operators nothing", () => {
    const reader = { agency: 'agency123456789', kecamatan: 'kecamatan123456', role: 'petugas' };
    expect(PROPOSAL_REVIEW.scope({ ...reader, collection: 'staff' })).toMatchObject({ kind: 'staff' });
    expect(PROPOSAL_REVIEW.scope({ ...reader, collection: 'camats', agency: '', role: '' })).toMatchObject({
      kind: 'camat',
      bind: { kecamatan: 'kecamatan123456' },
    });
    expect(PROPOSAL_REVIEW.scope({ ...reader, collection: 'operators' })).toHaveProperty('refused');
    expect(WORK_QUEUE.scope({ ...reader, collection: 'camats' })).toHaveProperty('refused');
    expect(COMPLAINT_INBOX.scope({ ...reader, collection: 'staff', role: 'superuser' })).toHaveProperty('refused');
  });
});
