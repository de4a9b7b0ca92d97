// The staff work queue (GET /api/petugas/antrean, pb_hooks/work_queue.pb.js): an office's requests
// filtered, ordered and cut into pages by the server, with only the columns the list shows. An
// office gathers about 100,000 requests in five years; the list must open as fast on the last day
// as on the first, so every query here is served by an index of migration 1795401900 (the plans
// are written there).
import { storedDate, type BoundQuery } from './database';
import { parseRequestNumber } from './request-number';
import { lateSql, requests, waitingSql } from './cases';
import type { RequestChannel, RequestStatus } from './statuses';

export const WORK_QUEUE_PAGE_SIZE = 50;

/**
 * What the list shows, in which order: the open queue in its own order, or every request of the
 * office (finished and rejected too) most recently received first. Finished requests are never put
 * in the queue's order: sorting five years of them by due date would cost what the index saves.
 */
export const WORK_QUEUE_VIEWS = {
  antrean: 'Antrean (belum selesai)',
  semua: 'Semua, terbaru dulu',
} as const;
/** What each view shows, in which order, in words for the hint under the choice. */
export const WORK_QUEUE_VIEW_HINTS: Record<WorkQueueView, string> = {
  antrean: 'Permohonan online yang menunggu verifikasi dokumen dulu, lalu batas waktu terdekat.',
  semua: 'Termasuk yang selesai dan ditolak, yang terakhir diterima dulu.',
};
export type WorkQueueView = keyof typeof WORK_QUEUE_VIEWS;

/** What staff ask the queue for. Parameter names are the route's (`?layanan=…&halaman=2`). */
export interface WorkQueueQuery {
  view: WorkQueueView;
  /** A service id, or '' for all the office's services. */
  service: string;
  /** Only open requests past their promised time. */
  lateOnly: boolean;
  /** A request number (exact, as people type it) or part of an applicant's name. */
  search: string;
  /** 1-based. */
  page: number;
}

export const DEFAULT_WORK_QUEUE_QUERY: WorkQueueQuery = {
  view: 'antrean',
  service: '',
  lateOnly: false,
  search: '',
  page: 1,
};

const PARAMETERS = {
  view: 'tampil',
  service: 'layanan',
  lateOnly: 'lewat-waktu',
  search: 'cari',
  page: 'halaman',
} as const;
const RECORD_ID = /^[a-z0-9]{15}$/;
const MAX_PAGE = 10_000;

/** The query string of a queue request, for the island. */
export function workQueueSearchParams(query: WorkQueueQuery): string {
  const params: [string, string][] = [];
  if (query.view !== 'antrean') params.push([PARAMETERS.view, query.view]);
  if (query.service) params.push([PARAMETERS.service, query.service]);
  if (query.lateOnly) params.push([PARAMETERS.lateOnly, '1']);
  if (query.search.trim()) params.push([PARAMETERS.search, query.search.trim()]);
  if (query.page !== 1) params.push([PARAMETERS.page, String(query.page)]);
  return params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

/**
 * Reads the route's parameters. Anything else — another order, a field name, a filter expression —
 * is refused with a message, never passed on to SQL: the list can only be filtered and ordered the
 * ways the workspace offers.
 */
export function parseWorkQueueQuery(read: (name: string) => string): { query: WorkQueueQuery } | { problem: string } {
  const view = read(PARAMETERS.view) || 'antrean';
  // biome-ignore lint/suspicious/noPrototypeBuiltins: PocketBase's JS engine (goja) has no Object.hasOwn.
  if (!Object.prototype.hasOwnProperty.call(WORK_QUEUE_VIEWS, view))
    return { problem: `"${PARAMETERS.view}" hanya boleh ${Object.keys(WORK_QUEUE_VIEWS).join(' atau ')}.` };
  const service = read(PARAMETERS.service);
  if (service && !RECORD_ID.test(service)) return { problem: `"${PARAMETERS.service}" harus id layanan.` };
  const late = read(PARAMETERS.lateOnly);
  if (late !== '' && late !== '0' && late !== '1') return { problem: `"${PARAMETERS.lateOnly}" hanya boleh 1 atau 0.` };
  const pageText = read(PARAMETERS.page) || '1';
  const page = /^[1-9]\d{0,4}$/.test(pageText) ? Number(pageText) : 0;
  if (page < 1 || page > MAX_PAGE) return { problem: `"${PARAMETERS.page}" harus nomor halaman 1 sampai ${MAX_PAGE}.` };
  const search = read(PARAMETERS.search).trim();
  if (search.length > 100) return { problem: 'Kata pencarian paling banyak 100 karakter.' };
  return { query: { view: view as WorkQueueView, service, lateOnly: late === '1', search, page } };
}

/** One row of the list: what the table shows, nothing more. */
export interface WorkQueueRow {
  id: string;
  number: string;
  service: string;
  service_title: string;
  applicant_name: string;
  status: RequestStatus;
  channel: RequestChannel;
  current_step: number;
  step_count: number;
  received_at: string;
  due_at: string;
}

export interface WorkQueuePage {
  items: WorkQueueRow[];
  page: number;
  perPage: number;
  hasMore: boolean;
  /** Open requests matching the filters, counted on the open-requests index; null for the view of all requests (not counted). */
  openCount: number | null;
}

// The rowid (SQLite's own row number, the last key of every index) keeps pages stable when dates tie.
const QUEUE_ORDER = "r.status = 'menunggu-verifikasi' DESC, r.due_at = '', r.due_at, r.rowid";
const NEWEST_FIRST = 'r.received_at DESC, r.rowid DESC';

/**
 * The WHERE terms of a query, and the index that serves them — named, because without statistics
 * (PocketBase never runs ANALYZE) SQLite may take any index starting with agency and read every
 * request the office ever had.
 */
function conditions(
  agency: string,
  query: WorkQueueQuery,
  now: Date,
): { where: string[]; bind: BoundQuery['bind']; index: string } {
  const number = parseRequestNumber(query.search);
  if (number.ok) {
    // A number finds its request whatever the other filters say: staff looking one up mean that one.
    return {
      where: ['r.agency = {:agency}', 'r.number = {:number}'],
      bind: { agency, number: number.number },
      index: '',
    };
  }
  const where = ['r.agency = {:agency}'];
  const bind: BoundQuery['bind'] = { agency };
  const open = query.view === 'antrean' || query.lateOnly;
  // Open, and late, as the request's case type says (src/domain/cases/requests.ts): open is exactly
  // the condition of migration 1795401900's partial index, which SQLite uses only when stated so.
  if (open) where.push(query.lateOnly ? lateSql(requests, 'r') : waitingSql(requests, 'r'));
  if (query.service) {
    where.push('r.service = {:service}');
    bind['service'] = query.service;
  }
  if (query.lateOnly) bind['now'] = storedDate(now);
  if (query.search) {
    where.push("r.applicant_name LIKE {:name} ESCAPE '\\'");
    bind['name'] = `%${query.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  }
  // Open requests: the small partial index. All of them: a name is found fastest by scanning the
  // (agency, applicant_name) index rather than the rows; otherwise the date-ordered report index.
  const index = open
    ? 'idx_requests_open_queue'
    : query.search
      ? 'idx_requests_agency_applicant'
      : 'idx_requests_report';
  return { where, bind, index: ` INDEXED BY ${index}` };
}

/** The page of the queue the query asks for: one row more than a page, which says whether another follows. */
export function workQueuePageQuery(agency: string, query: WorkQueueQuery, now: Date): BoundQuery {
  const { where, bind, index } = conditions(agency, query, now);
  return {
    sql:
      'SELECT r.id, r.number, r.service, s.short_title AS service_title, r.applicant_name, r.status, r.channel, r.current_step,' +
      ' json_array_length(r.steps) AS step_count, r.received_at, r.due_at' +
      ` FROM requests r${index} JOIN services s ON s.id = r.service` +
      ` WHERE ${where.join(' AND ')}` +
      ` ORDER BY ${query.view === 'semua' ? NEWEST_FIRST : QUEUE_ORDER}` +
      ` LIMIT ${WORK_QUEUE_PAGE_SIZE + 1} OFFSET ${(query.page - 1) * WORK_QUEUE_PAGE_SIZE}`,
    bind,
  };
}

/** How many open requests match, in the queue view (cheap: the partial index holds only open requests). */
export function workQueueCountQuery(agency: string, query: WorkQueueQuery, now: Date): BoundQuery | null {
  if (query.view === 'semua') return null;
  const { where, bind, index } = conditions(agency, query, now);
  return { sql: `SELECT COUNT(*) AS count FROM requests r${index} WHERE ${where.join(' AND ')}`, bind };
}
