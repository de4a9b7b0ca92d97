// The staff lists, one per case type, each a declaration of the list builder (src/domain/case-list.ts)
// served by pb_hooks/case_lists.pb.js: the work queue of requests, the complaint inbox and the
// proposal review. Every segment names the index of migration 1795403100 (or earlier) that reads
// it in order; tests/integration/case-lists.test.ts checks each query plan reads no more than it shows.
import type { CaseListDeclaration, ListPlan, ListReader, ListScope, ListSegment } from './case-list';
import { COMPLAINT_WAITING_STATUSES, type ComplaintIdentity, type ComplaintKind } from './complaints';
import type { DisasterType } from './proposal';
import { lateSql, requests, waitingSql } from './cases';
import { isStaffRole, type ProposalDecider } from './roles';
import {
  COMPLAINT_STATUSES,
  isFinished,
  type ComplaintStatus,
  type HouseholdStatus,
  type ProposalStatus,
  type RequestChannel,
  type RequestStatus,
} from './statuses';

/** SQL list of quoted values (statuses are fixed words, never input). */
const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** Staff of an office see their own office's cases. */
function staffOfOffice(alias: string) {
  return (reader: ListReader): ListScope | { refused: string } =>
    reader.collection === 'staff' && isStaffRole(reader.role)
      ? { kind: 'staff', where: [`${alias}.agency = {:agency}`], bind: { agency: reader.agency } }
      : { refused: 'Daftar ini hanya untuk petugas kantor.' };
}

// ---------------------------------------------------------------------------------------------
// Requests: the work queue (GET /api/petugas/antrean)

/** One row of the work queue: what the table shows, nothing more. */
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

export type WorkQueueView = 'antrean' | 'semua';
export type WorkQueueFilters = { service: string; lateOnly: boolean };

/** The queue's order: those waiting for verification (0) first, then by due date, undated (1) last. */
const VERIFIED = "(r.status != 'menunggu-verifikasi')";
const UNDATED = "(r.due_at = '')";
const QUEUE_ORDER = [VERIFIED, UNDATED, 'r.due_at'];

/**
 * The queue's order — online applications waiting for their documents to be checked first, then
 * the soonest due, undated last — as four segments of the open-requests index
 * (agency, (status != 'menunggu-verifikasi'), (due_at = ''), due_at).
 */
const QUEUE_SEGMENTS: ListSegment[] = [0, 1].flatMap((others) =>
  [0, 1].map((undated) => ({
    // Undated ones in the order they came (the rowid), which the index gives once their due_at is stated.
    where: [`${VERIFIED} = ${others}`, `${UNDATED} = ${undated}`, ...(undated ? ["r.due_at = ''"] : [])],
    index: 'idx_requests_queue',
    order: undated ? [] : ['r.due_at'],
  })),
);

export const WORK_QUEUE: CaseListDeclaration<WorkQueueView, WorkQueueFilters, WorkQueueRow> = {
  what: 'permohonan',
  audit: { action: 'lihat-daftar-permohonan', targetType: 'requests' },
  views: {
    antrean: {
      label: 'Antrean (belum selesai)',
      hint: 'Permohonan online yang menunggu verifikasi dokumen dulu, lalu batas waktu terdekat.',
    },
    // Finished requests are never put in the queue's order: sorting five years of them by due date
    // would cost what the index saves.
    semua: { label: 'Semua, terbaru dulu', hint: 'Termasuk yang selesai dan ditolak, yang terakhir diterima dulu.' },
  },
  defaultView: 'antrean',
  filters: {
    service: { parameter: 'layanan', kind: 'record-id' },
    lateOnly: { parameter: 'lewat-waktu', kind: 'flag' },
  },
  defaultFilters: { service: '', lateOnly: false },
  columns: {
    id: '',
    number: '',
    service: '',
    service_title: '',
    applicant_name: '',
    status: 'diterima',
    channel: 'loket',
    current_step: 0,
    step_count: 0,
    received_at: '',
    due_at: '',
  },
  select:
    'r.id AS id, r.number AS number, r.service AS service, s.short_title AS service_title, r.applicant_name AS applicant_name,' +
    ' r.status AS status, r.channel AS channel, r.current_step AS current_step, json_array_length(r.steps) AS step_count,' +
    ' r.received_at AS received_at, r.due_at AS due_at',
  table: 'requests r',
  joins: 'JOIN services s ON s.id = r.service',
  numberColumn: 'r.number',
  nameCondition: "r.applicant_name LIKE {:name} ESCAPE '\\'",
  nameIndex: { column: 'r.applicant_name', names: 'request_names', search: 'request_names_search' },
  scope: staffOfOffice('r'),
  plan(query): ListPlan {
    // Open, and late, as the request's case type says (src/domain/cases/requests.ts): open is exactly
    // the condition of migration 1795403100's partial index, which SQLite uses only when stated so.
    const open = query.view === 'antrean' || query.filters.lateOnly;
    const where = query.filters.lateOnly ? [lateSql(requests, 'r')] : open ? [waitingSql(requests, 'r')] : [];
    const bind: ListPlan['bind'] = {};
    if (query.filters.service) {
      where.push('r.service = {:service}');
      bind['service'] = query.filters.service;
    }
    // A name is read from the (agency, applicant_name, …) index, which covers the views and orders:
    // the names the name index found, or (text too short for it) every name of the office. Its
    // matches, a few among thousands, are put in the view's order there, then the page's rows read.
    const searched = query.search ? 'idx_requests_agency_applicant' : '';
    if (query.view === 'antrean')
      return {
        where,
        bind,
        segments: searched ? [{ where: [], index: searched, order: QUEUE_ORDER }] : QUEUE_SEGMENTS,
        counts: { open: { where: [], index: searched || 'idx_requests_queue' } },
      };
    // All requests, newest first: the report index in date order; late ones among the open.
    const index = searched || (query.filters.lateOnly ? 'idx_requests_queue' : 'idx_requests_report');
    return { where, bind, segments: [{ where: [], index, order: ['r.received_at'], descending: true }], counts: {} };
  },
};

// ---------------------------------------------------------------------------------------------
// Complaints: the inbox (GET /api/petugas/pengaduan)

/** One row of the complaint inbox. An anonymous complaint has no name to give. */
export interface ComplaintListRow {
  id: string;
  number: string;
  kind: ComplaintKind;
  /** The service it is about, or '' for none in particular. */
  service_title: string;
  identity: ComplaintIdentity;
  complainant_name: string;
  status: ComplaintStatus;
  due_at: string;
  received_at: string;
}

export type ComplaintInboxView = 'terbuka' | 'semua';

const CLOSED_COMPLAINT_STATUSES = (Object.keys(COMPLAINT_STATUSES) as ComplaintStatus[]).filter(isFinished);
const OPEN_COMPLAINT_STATUSES = (Object.keys(COMPLAINT_STATUSES) as ComplaintStatus[]).filter(
  (status) => !isFinished(status),
);
/** Open but no longer waiting for the office: answered, waiting for the complainant. */
export const ANSWERED_COMPLAINT_STATUSES = OPEN_COMPLAINT_STATUSES.filter(
  (status) => !COMPLAINT_WAITING_STATUSES.includes(status),
);
/**
 * Waiting for verification or an answer, the statuses in which the complaint's case type counts it
 * late (src/domain/cases/complaints.ts): its `due_at` is that deadline. Written as the index of
 * migration 1795403100 writes it (no IN: PocketBase splits index columns at commas).
 */
export const WAITING_COMPLAINT_SQL = COMPLAINT_WAITING_STATUSES.map((status) => `c.status = '${status}'`).join(' OR ');
const RECEIVED_COMPLAINT_SQL = "c.status = 'diterima'";
const NOT_CLOSED_SQL = `c.status NOT IN (${quoted(CLOSED_COMPLAINT_STATUSES)})`;
const PAST_DUE = ["c.due_at > ''", 'c.due_at < {:now}'];
/**
 * Waiting and past the deadline at {:now}: the complaint case type's lateSql (src/domain/cases/engine.ts),
 * stated as idx_complaints_waiting_due states it (`(waiting) = 1`), so SQLite reads it from that index.
 */
export const PAST_DEADLINE_COMPLAINT = [`(${WAITING_COMPLAINT_SQL}) = 1`, ...PAST_DUE];
/** Undated, in the order they came: the rowid, which the index gives once the due_at is stated. */
const UNDATED_COMPLAINT = "c.due_at = ''";

/** The inbox's order as one rank: overdue (0), new (1), the rest (2); then by deadline, undated last. */
const INBOX_ORDER = [
  `CASE WHEN (${WAITING_COMPLAINT_SQL}) AND ${PAST_DUE.join(' AND ')} THEN 0 WHEN ${RECEIVED_COMPLAINT_SQL} THEN 1 ELSE 2 END`,
  `(${UNDATED_COMPLAINT})`,
  'c.due_at',
];

/**
 * The inbox's order: past their deadline first (longest overdue first), then new ones waiting for
 * verification, then the rest by deadline, undated last. Six segments: a complaint is overdue when
 * it waits and its deadline is before the list's moment, so the moment splits each index range.
 */
function complaintSegments(view: ComplaintInboxView): ListSegment[] {
  const waiting = 'idx_complaints_waiting_due';
  const received = 'idx_complaints_received_due';
  const openOnly = view === 'terbuka' ? [NOT_CLOSED_SQL] : [];
  return [
    { where: PAST_DEADLINE_COMPLAINT, index: waiting, order: ['c.due_at'] },
    { where: [`(${RECEIVED_COMPLAINT_SQL}) = 1`, 'c.due_at >= {:now}'], index: received, order: ['c.due_at'] },
    { where: [`(${RECEIVED_COMPLAINT_SQL}) = 1`, UNDATED_COMPLAINT], index: received, order: [] },
    // Past their deadline but no longer waiting: answered ones (one status, in order on the status
    // index), or with closed ones too, every status that does not wait.
    view === 'terbuka'
      ? {
          where: [`c.status = '${ANSWERED_COMPLAINT_STATUSES[0]}'`, ...PAST_DUE],
          index: 'idx_complaints_agency_status_due',
          order: ['c.due_at'],
        }
      : { where: [`(${WAITING_COMPLAINT_SQL}) = 0`, ...PAST_DUE], index: waiting, order: ['c.due_at'] },
    {
      where: [`(${RECEIVED_COMPLAINT_SQL}) = 0`, 'c.due_at >= {:now}', ...openOnly],
      index: received,
      order: ['c.due_at'],
    },
    { where: [`(${RECEIVED_COMPLAINT_SQL}) = 0`, UNDATED_COMPLAINT, ...openOnly], index: received, order: [] },
  ];
}

/**
 * The daily summary's complaints past their deadline (pb_hooks/daily_summary.pb.js), the oldest
 * deadline first: read in that order from the index of waiting complaints by deadline, so the read
 * ends at the limit. Stated as the index states it (`(waiting) = 1`), not as the case type's lateSql
 * (`status IN (…)`), which SQLite served from the (agency, status, due_at) index: every late
 * complaint's row read and sorted, 10,000 at the five-year office (bench/five-years.ts).
 */
export const PAST_DEADLINE_COMPLAINTS_SQL =
  "SELECT c.id, c.number, c.kind, COALESCE(s.title, '') AS service, c.due_at, c.status" +
  ' FROM complaints c INDEXED BY idx_complaints_waiting_due LEFT JOIN services s ON s.id = c.service' +
  ` WHERE c.agency = {:agency} AND ${PAST_DEADLINE_COMPLAINT.join(' AND ')} ORDER BY c.due_at LIMIT {:limit}`;

export const COMPLAINT_INBOX: CaseListDeclaration<ComplaintInboxView, Record<string, never>, ComplaintListRow> = {
  what: 'pengaduan',
  audit: { action: 'lihat-daftar-pengaduan', targetType: 'complaints' },
  views: {
    terbuka: {
      label: 'Belum ditutup',
      hint: 'Lewat batas waktu dulu, lalu yang baru masuk, lalu menurut batas waktu.',
    },
    semua: { label: 'Termasuk yang sudah ditutup', hint: 'Dalam urutan yang sama, termasuk yang selesai.' },
  },
  defaultView: 'terbuka',
  filters: {},
  defaultFilters: {},
  columns: {
    id: '',
    number: '',
    kind: 'pengaduan',
    service_title: '',
    identity: 'biasa',
    complainant_name: '',
    status: 'diterima',
    due_at: '',
    received_at: '',
  },
  // The name of an anonymous complainant is never stored; this keeps it out even if one were.
  select:
    "c.id AS id, c.number AS number, c.kind AS kind, ifnull(s.short_title, '') AS service_title, c.identity AS identity," +
    " CASE WHEN c.identity = 'anonim' THEN '' ELSE c.complainant_name END AS complainant_name," +
    ' c.status AS status, c.due_at AS due_at, c.received_at AS received_at',
  table: 'complaints c',
  joins: 'LEFT JOIN services s ON s.id = c.service',
  numberColumn: 'c.number',
  nameCondition: "c.identity != 'anonim' AND c.complainant_name LIKE {:name} ESCAPE '\\'",
  nameIndex: { column: 'c.complainant_name', names: 'complaint_names', search: 'complaint_names_search' },
  scope: staffOfOffice('c'),
  plan(query): ListPlan {
    // A name is read from the (agency, complainant_name, …) index (the names the name index found, or
    // every name of the office); its matches are put in the inbox's order, the six segments' as one rank.
    const searched = query.search ? 'idx_complaints_agency_complainant' : '';
    return {
      where: query.view === 'terbuka' ? [NOT_CLOSED_SQL] : [],
      bind: {},
      segments: searched ? [{ where: [], index: searched, order: INBOX_ORDER }] : complaintSegments(query.view),
      counts: {
        open: {
          where: [`c.status IN (${quoted(OPEN_COMPLAINT_STATUSES)})`],
          index: searched || 'idx_complaints_agency_status_due',
        },
        overdue: {
          where: PAST_DEADLINE_COMPLAINT,
          index: searched || 'idx_complaints_waiting_due',
        },
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Proposals: the review (GET /api/petugas/usulan)

/** One row of the proposal review. */
export interface ProposalListRow {
  id: string;
  number: string;
  village_name: string;
  disaster_type: DisasterType;
  received_at: string;
  decided_by: ProposalDecider;
  status: ProposalStatus;
}

export const PROPOSAL_REVIEW: CaseListDeclaration<'semua', Record<string, never>, ProposalListRow> = {
  what: 'usulan',
  audit: { action: 'lihat-daftar-usulan', targetType: 'proposals' },
  views: { semua: { label: 'Semua, terbaru dulu', hint: 'Usulan yang terakhir dikirim desa dulu.' } },
  defaultView: 'semua',
  filters: {},
  defaultFilters: {},
  columns: {
    id: '',
    number: '',
    village_name: '',
    disaster_type: 'banjir',
    received_at: '',
    decided_by: 'kepala_bidang',
    status: 'diterima',
  },
  select:
    'p.id AS id, p.number AS number, v.name AS village_name, p.disaster_type AS disaster_type,' +
    ' p.received_at AS received_at, p.decided_by AS decided_by, p.status AS status',
  table: 'proposals p',
  joins: 'JOIN villages v ON v.id = p.village JOIN kecamatan k ON k.id = v.kecamatan',
  numberColumn: 'p.number',
  // A village's name: the few villages it matches, then their proposals from the (village, received_at) index.
  nameCondition: "p.village IN (SELECT id FROM villages WHERE name LIKE {:name} ESCAPE '\\')",
  // The same readers as the proposals collection's rules (src/domain/access-rules.ts): the office's
  // staff, and a Camat the proposals addressed to the Camat from villages of their kecamatan. The
  // office's and the kecamatan's own columns are kept on the proposal for the index; the village's
  // are checked too, as the rules do.
  scope(reader): ListScope | { refused: string } {
    if (reader.collection === 'staff' && isStaffRole(reader.role))
      return {
        kind: 'staff',
        where: ['p.agency = {:agency}', 'k.agency = {:agency}'],
        bind: { agency: reader.agency },
      };
    if (reader.collection === 'camats' && reader.kecamatan)
      return {
        kind: 'camat',
        where: ['p.camat_kecamatan = {:kecamatan}', "p.recipient = 'camat'", 'v.kecamatan = {:kecamatan}'],
        bind: { kecamatan: reader.kecamatan },
      };
    return { refused: 'Daftar usulan hanya untuk petugas kantor dan Camat.' };
  },
  plan(query, scope): ListPlan {
    const index = query.search
      ? 'idx_proposals_village'
      : scope.kind === 'camat'
        ? 'idx_proposals_camat_received'
        : 'idx_proposals_agency_received';
    return {
      where: [],
      bind: {},
      segments: [{ where: [], index, order: ['p.received_at'], descending: true }],
      counts: {},
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Household proposals (usulan DTSEN): the review (GET /api/petugas/usulan-dtsen)

/** One row of the household review: no NIK, KK or name in the list — those are read, audited, when one is opened. */
export interface HouseholdListRow {
  id: string;
  number: string;
  village_name: string;
  received_at: string;
  status: HouseholdStatus;
}

/** The statuses that wait on the Dinas: agreed by the village, to verify; verified, to send to the centre. */
const HOUSEHOLD_WAITING: readonly HouseholdStatus[] = ['musyawarah-desa', 'diverifikasi-dinsos'];

export const HOUSEHOLD_REVIEW: CaseListDeclaration<'menunggu' | 'semua', Record<string, never>, HouseholdListRow> = {
  what: 'usulan DTSEN',
  audit: { action: 'lihat-daftar-usulan-dtsen', targetType: 'household_proposals' },
  views: {
    menunggu: {
      label: 'Menunggu Dinas, terlama dulu',
      hint: 'Usulan yang sudah disepakati musyawarah desa (untuk diverifikasi) atau sudah diverifikasi (untuk dikirim ke pusat).',
    },
    semua: { label: 'Semua, terbaru dulu', hint: 'Semua usulan DTSEN, yang terakhir dicatat desa dulu.' },
  },
  defaultView: 'menunggu',
  filters: {},
  defaultFilters: {},
  columns: { id: '', number: '', village_name: '', received_at: '', status: 'dicatat-desa' },
  select: 'h.id AS id, h.number AS number, v.name AS village_name, h.received_at AS received_at, h.status AS status',
  table: 'household_proposals h',
  joins: 'JOIN villages v ON v.id = h.village',
  numberColumn: 'h.number',
  nameCondition: "h.village IN (SELECT id FROM villages WHERE name LIKE {:name} ESCAPE '\\')",
  // The same staff readers as the collection's rules (src/domain/access-rules.ts); never a Camat or village.
  scope: staffOfOffice('h'),
  plan(query): ListPlan {
    if (query.view === 'menunggu')
      return {
        where: [],
        bind: {},
        segments: HOUSEHOLD_WAITING.map((status) => ({
          where: [`h.status = '${status}'`],
          index: query.search ? 'idx_household_proposals_village' : 'idx_household_proposals_agency',
          order: ['h.received_at'],
        })),
        counts: {},
      };
    return {
      where: [],
      bind: {},
      segments: [
        {
          where: [],
          index: query.search ? 'idx_household_proposals_village' : 'idx_household_proposals_agency_received',
          order: ['h.received_at'],
          descending: true,
        },
      ],
      counts: {},
    };
  },
};

/** The lists by the name their route and hook use. */
export const CASE_LISTS = {
  permohonan: WORK_QUEUE,
  pengaduan: COMPLAINT_INBOX,
  usulan: PROPOSAL_REVIEW,
  'usulan-dtsen': HOUSEHOLD_REVIEW,
} as const;
export type CaseListName = keyof typeof CASE_LISTS;
