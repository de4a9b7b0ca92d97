// One way to list an office's cases for staff: the work queue of requests, the complaint inbox and
// the proposal review are each a declaration (src/domain/case-lists.ts) served by one route each
// (pb_hooks/case_lists.pb.js, pb_hooks/lib/case_list.js). The server filters, orders and cuts the
// list into pages of 50 with only the columns the list shows; the office (or a Camat's kecamatan)
// comes from the session, never from the client; views, filters and search come from fixed lists.
//
// Pages follow each other by keyset ("after the last row's sort key"), never OFFSET, and a list's
// order is a chain of segments, each read in order from one index: the first page and the
// twentieth read the same few rows whatever the number of cases, open or finished. An order that
// depends on the time ("past its deadline first") is such a chain too: one segment before the
// moment, one after. A cursor carries the moment the list was first opened, so its later pages
// keep the same order.
import type { AuditAction } from './audit';
import { storedDate, type BoundQuery } from './database';
import { parseRequestNumber } from './request-number';

export const CASE_LIST_PAGE_SIZE = 50;
/** Longest search text: a number, or part of a name. */
export const CASE_LIST_SEARCH_LIMIT = 100;
/**
 * Shortest text a list's name index finds (three characters: one trigram). Shorter text is matched
 * against every name of the office, as LIKE does: slower, and found in most names anyway.
 */
export const NAME_INDEX_MIN_LENGTH = 3;

/** A part of a list's order, read from one index in its order. */
export interface ListSegment {
  /** SQL terms picking this part (over the declaration's aliases; `{:now}` is the list's moment). */
  where: string[];
  /** The index that serves it, named: PocketBase never runs ANALYZE, so SQLite cannot be left to guess. */
  index: string;
  /**
   * What it is ordered by, before the rowid (SQLite's row number, the last key of every index): date
   * columns, or small whole numbers (a rank, a yes/no).
   */
  order: string[];
  descending?: boolean;
}

export interface ListView {
  label: string;
  /** What it shows in which order, in words for the hint under the choice. */
  hint: string;
}

/** A filter's parameter and the values it takes: a record id, or 1/0. */
export interface ListFilter {
  parameter: string;
  kind: 'record-id' | 'flag';
}
export type FilterValues = Record<string, string | boolean>;
type FilterDeclarations<Filters extends FilterValues> = {
  [Name in keyof Filters]: ListFilter & { kind: Filters[Name] extends boolean ? 'flag' : 'record-id' };
};

/** What staff ask a list for. Parameter names are the route's (`?tampil=semua&cari=…&setelah=…`). */
export interface CaseListQuery<View extends string = string, Filters extends FilterValues = FilterValues> {
  view: View;
  filters: Filters;
  /** A case number (exact, as people type it) or part of a name. */
  search: string;
  /** Where the previous page ended (from the previous page's `next`), or '' for the first page. */
  after: string;
}

/** Who is reading, from the session. */
export interface ListReader {
  collection: string;
  agency: string;
  kecamatan: string;
  role: string;
}

/** What a reader may see of a list: SQL terms on every query, and their bindings. */
export interface ListScope {
  /** Which kind of reader (the segments may use another index for a Camat than for the office). */
  kind: string;
  where: string[];
  bind: Record<string, string>;
}

/** How a query is answered: terms common to all its segments, the segments in order, what is counted. */
export interface ListPlan {
  where: string[];
  bind: Record<string, string | number>;
  segments: ListSegment[];
  /** Counts shown above the list, each over one index (no joins: the scope must be the table's own columns). */
  counts: Record<string, { where: string[]; index: string }>;
}

export interface CaseListDeclaration<View extends string, Filters extends FilterValues, Row> {
  /** "permohonan", "pengaduan", "usulan": for messages. */
  what: string;
  /** How a read of the list is written in the audit trail. */
  audit: { action: AuditAction; targetType: string };
  views: Record<View, ListView>;
  defaultView: View;
  filters: FilterDeclarations<Filters>;
  defaultFilters: Filters;
  /** One row as the route gives it, with a value of each column's type (the hook's row shape). */
  columns: Row;
  /** The columns, named as in `columns`. */
  select: string;
  /** The table and its alias, e.g. "requests r". */
  table: string;
  joins: string;
  /** The column holding the case number (a number searched finds its case whatever the view says). */
  numberColumn: string;
  /** A term over the name searched, with `{:name}` the LIKE pattern. */
  nameCondition: string;
  /**
   * The office's distinct names in `column` (a table of them, `names`) and their trigram full-text
   * index (SQLite FTS5, `search`; migration 1795403940). A search of NAME_INDEX_MIN_LENGTH characters
   * or more finds the names there and their cases by (agency, name) in the segment's index;
   * `nameCondition` still decides, so the rows are LIKE's. A list with one reads a name search's
   * keys from the segment's index alone (it must cover the scope, the view and the order), sorts
   * them, and reads the rows of the page only.
   */
  nameIndex?: { column: string; names: string; search: string };
  /** Who may read the list and what of it, or why not. */
  scope: (reader: ListReader) => ListScope | { refused: string };
  plan: (query: CaseListQuery<View, Filters>, scope: ListScope) => ListPlan;
}

/** A page of a list as the route gives it. */
export interface CaseListPage<Row> {
  items: Row[];
  /** The `setelah` of the next page, or null on the last. */
  next: string | null;
  counts: Record<string, number>;
}

const PARAMETERS = { view: 'tampil', search: 'cari', after: 'setelah' } as const;
const RECORD_ID = /^[a-z0-9]{15}$/;
// A cursor: the list's moment, the segment, then each key of the last row shown and its rowid.
const CURSOR_SEPARATOR = '~';
const STORED_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ROWID = /^\d{1,15}$/;
const SMALL_NUMBER = /^\d{1,2}$/;

export function defaultCaseListQuery<View extends string, Filters extends FilterValues>(
  list: CaseListDeclaration<View, Filters, unknown>,
): CaseListQuery<View, Filters> {
  return { view: list.defaultView, filters: { ...list.defaultFilters }, search: '', after: '' };
}

/** The query string of a list request, for the island. */
export function caseListSearchParams<View extends string, Filters extends FilterValues>(
  list: CaseListDeclaration<View, Filters, unknown>,
  query: CaseListQuery<View, Filters>,
): string {
  const params: [string, string][] = [];
  if (query.view !== list.defaultView) params.push([PARAMETERS.view, query.view]);
  for (const name of Object.keys(list.filters) as (keyof Filters & string)[]) {
    const value = query.filters[name];
    if (value === true) params.push([list.filters[name].parameter, '1']);
    else if (typeof value === 'string' && value) params.push([list.filters[name].parameter, value]);
  }
  if (query.search.trim()) params.push([PARAMETERS.search, query.search.trim()]);
  if (query.after) params.push([PARAMETERS.after, query.after]);
  return params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

/**
 * Reads the route's parameters. Anything else — another order, a field name, a filter expression —
 * is refused with a message, never passed on to SQL: a list is filtered and ordered only the ways
 * the workspace offers.
 */
export function parseCaseListQuery<View extends string, Filters extends FilterValues>(
  list: CaseListDeclaration<View, Filters, unknown>,
  read: (name: string) => string,
): { query: CaseListQuery<View, Filters> } | { problem: string } {
  const view = read(PARAMETERS.view) || list.defaultView;
  // biome-ignore lint/suspicious/noPrototypeBuiltins: PocketBase's JS engine (goja) has no Object.hasOwn.
  if (!Object.prototype.hasOwnProperty.call(list.views, view))
    return { problem: `"${PARAMETERS.view}" hanya boleh ${Object.keys(list.views).join(' atau ')}.` };
  const filters: FilterValues = {};
  for (const name of Object.keys(list.filters)) {
    const { parameter, kind } = list.filters[name as keyof Filters];
    const value = read(parameter);
    if (kind === 'flag') {
      if (value !== '' && value !== '0' && value !== '1') return { problem: `"${parameter}" hanya boleh 1 atau 0.` };
      filters[name] = value === '1';
    } else {
      if (value && !RECORD_ID.test(value)) return { problem: `"${parameter}" harus id data.` };
      filters[name] = value;
    }
  }
  const search = read(PARAMETERS.search).trim();
  if (search.length > CASE_LIST_SEARCH_LIMIT)
    return { problem: `Kata pencarian paling banyak ${CASE_LIST_SEARCH_LIMIT} karakter.` };
  const after = read(PARAMETERS.after);
  if (after.length > 200 || (after && !STORED_DATE.test(after.split(CURSOR_SEPARATOR)[0] ?? '')))
    return { problem: `"${PARAMETERS.after}" bukan posisi halaman dari daftar ini. Muat ulang daftarnya.` };
  return { query: { view: view as View, filters: filters as Filters, search, after } };
}

/** A cursor read against the plan's segments: the moment, the segment, the keys, the rowid. */
function readCursor(
  after: string,
  segments: ListSegment[],
): { at: string; segment: number; keys: (string | number)[]; rowid: number } | null {
  const [at = '', segmentText = '', ...rest] = after.split(CURSOR_SEPARATOR);
  const segment = /^\d{1,2}$/.test(segmentText) ? Number(segmentText) : -1;
  const declared = segments[segment];
  const rowidText = rest.pop() ?? '';
  if (!STORED_DATE.test(at) || !declared || rest.length !== declared.order.length || !ROWID.test(rowidText))
    return null;
  // Keys are the dates the lists are ordered by ('' where a case has none), or a rank or yes/no,
  // bound as numbers: SQLite orders every number before every text.
  if (rest.some((key) => key !== '' && !STORED_DATE.test(key) && !SMALL_NUMBER.test(key))) return null;
  return {
    at,
    segment,
    keys: rest.map((key) => (SMALL_NUMBER.test(key) ? Number(key) : key)),
    rowid: Number(rowidText),
  };
}

/** A LIKE pattern finding the text anywhere, its wildcards searched for as characters. */
function namePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** What a list's name search is made of. */
type NameSearchOf = Pick<CaseListDeclaration<string, FilterValues, unknown>, 'nameCondition' | 'nameIndex'>;

/**
 * The search's terms and bindings: the name as LIKE matches it and, where the text holds a trigram,
 * the names the index found — every name LIKE matches holds each trigram of the text (lower-cased
 * alike), so the index narrows to a superset and LIKE decides. None without a search.
 */
function nameSearch(list: NameSearchOf, search: string): { terms: string[]; bind: Record<string, string> } {
  if (!search) return { terms: [], bind: {} };
  const like = { terms: [list.nameCondition], bind: { name: namePattern(search) } };
  const index = list.nameIndex;
  if (!index || [...search].length < NAME_INDEX_MIN_LENGTH) return like;
  const found = `SELECT rowid FROM ${index.search} WHERE ${index.search} MATCH {:phrase}`;
  return {
    terms: [`${index.column} IN (SELECT name FROM ${index.names} WHERE id IN (${found}))`, ...like.terms],
    // One FTS5 phrase: the text's trigrams in a row, its quotes doubled.
    bind: { ...like.bind, phrase: `"${search.replace(/"/g, '""')}"` },
  };
}

/** SQL text of the row's position, read back as the next page's cursor (after the moment). */
function positionColumn(segment: ListSegment, index: number, alias: string): string {
  const keys = [`'${index}'`, ...segment.order.map((column) => `ifnull(${column}, '')`), `${alias}.rowid`];
  return `${keys.join(` || '${CURSOR_SEPARATOR}' || `)} AS list_position`;
}

/**
 * The queries of one page, in order: the hook runs them one after the other until it has a page
 * and one row more (which says another page follows), binding `{:limit}` to the rows still
 * wanted. A number finds its case alone; otherwise each segment from the cursor's on.
 */
export function caseListPageQueries<View extends string, Filters extends FilterValues>(
  list: CaseListDeclaration<View, Filters, unknown>,
  scope: ListScope,
  query: CaseListQuery<View, Filters>,
  now: Date,
): { at: string; queries: BoundQuery[] } | { problem: string } {
  const alias = list.table.split(' ')[1]!;
  const number = parseRequestNumber(query.search);
  if (number.ok) {
    return {
      at: storedDate(now),
      queries: [
        {
          sql:
            `SELECT ${list.select}, '' AS list_position FROM ${list.table} ${list.joins}` +
            ` WHERE ${[...scope.where, `${list.numberColumn} = {:number}`].join(' AND ')} LIMIT {:limit}`,
          bind: { ...scope.bind, number: number.number },
        },
      ],
    };
  }
  const plan = list.plan(query, scope);
  const cursor = query.after ? readCursor(query.after, plan.segments) : null;
  if (query.after && !cursor)
    return { problem: `"${PARAMETERS.after}" bukan posisi halaman dari daftar ini. Muat ulang daftarnya.` };
  const at = cursor?.at ?? storedDate(now);
  const bind: BoundQuery['bind'] = { ...scope.bind, ...plan.bind, now: at };
  const search = nameSearch(list, query.search);
  Object.assign(bind, search.bind);
  const where = [...scope.where, ...plan.where, ...search.terms];
  const keysFirst = Boolean(list.nameIndex && query.search);
  const queries = plan.segments.flatMap((segment, index) => {
    if (cursor && index < cursor.segment) return [];
    const keys = [...segment.order, `${alias}.rowid`];
    const terms = [...where, ...segment.where];
    const segmentBind = { ...bind };
    if (cursor && index === cursor.segment) {
      const values = [...cursor.keys, cursor.rowid];
      terms.push(
        `(${keys.join(', ')}) ${segment.descending ? '<' : '>'} (${values.map((_, key) => `{:after${key}}`).join(', ')})`,
      );
      values.forEach((value, key) => {
        segmentBind[`after${key}`] = value;
      });
    }
    const order = `ORDER BY ${keys.map((key) => (segment.descending ? `${key} DESC` : key)).join(', ')}`;
    const fromIndex = `FROM ${list.table} INDEXED BY ${segment.index}`;
    const select = `SELECT ${list.select}, ${positionColumn(segment, index, alias)}`;
    return [
      {
        sql: keysFirst
          ? `${select} FROM ${list.table} ${list.joins} WHERE ${alias}.rowid IN` +
            ` (SELECT ${alias}.rowid ${fromIndex} WHERE ${terms.join(' AND ')} ${order} LIMIT {:limit}) ${order}`
          : `${select} ${fromIndex} ${list.joins} WHERE ${terms.join(' AND ')} ${order} LIMIT {:limit}`,
        bind: segmentBind,
      },
    ];
  });
  return { at, queries };
}

/** The counts shown above the list, in one query (none for a number, or when the view counts nothing). */
export function caseListCountQuery<View extends string, Filters extends FilterValues>(
  list: CaseListDeclaration<View, Filters, unknown>,
  scope: ListScope,
  query: CaseListQuery<View, Filters>,
  at: string,
): BoundQuery | null {
  if (parseRequestNumber(query.search).ok) return null;
  const plan = list.plan(query, scope);
  const names = Object.keys(plan.counts);
  if (names.length === 0) return null;
  const search = nameSearch(list, query.search);
  const bind: BoundQuery['bind'] = { ...scope.bind, ...plan.bind, ...search.bind, now: at };
  const counted = names.map((name) => {
    const count = plan.counts[name]!;
    const terms = [...scope.where, ...plan.where, ...count.where, ...search.terms];
    return `(SELECT COUNT(*) FROM ${list.table} INDEXED BY ${count.index} WHERE ${terms.join(' AND ')}) AS ${name}`;
  });
  return { sql: `SELECT ${counted.join(', ')}`, bind };
}

/** The `setelah` of the page after one whose last row had this position, in a list opened at `at`. */
export function caseListCursor(at: string, position: string): string {
  return `${at}${CURSOR_SEPARATOR}${position}`;
}
