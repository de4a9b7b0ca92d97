// Every route the PocketBase hooks add (routerAdd), with what it takes and what it answers. The
// hooks register each from this table (pb_hooks/*.pb.js, through the domain bundle) and answer it
// with its answer type (pb_hooks/lib/http.js: answer); the islands call it through the same entry
// (src/lib/api-address.ts: routeUrl). A path is written here once. scripts/check-routes.ts fails
// `npm run check` when a hook registers a route that is not here, or a route here is registered
// by no hook.
import type { AuditCheck } from './audit';
import type { DailySummary, WaitingWork } from './daily-summary';
import type { PerformanceReport, SurveyReport } from './performance';
import type { PowChallenge, PowSolution, SubmissionKind } from './proof-of-work';
import type { PrivacySettings } from './retention';
import type { DataSubjectRequestKind } from './data-subject-request';
import type { StatusLookupAnswer } from './public-status';
import type { ComplaintReportRow, ReportRow } from './report';
import type { SurveyOffer, SurveyProblem } from './satisfaction-survey';
import type { ComplainantReply, ComplaintKind } from './complaints';
import type { ComplaintStatus } from './statuses';
import type { CaseListPage } from './case-list';
import type { HouseholdFigures } from './household-figures';
import type { PublicHouseholdFigures } from './household-public-figures';
import type { ComplaintListRow, HouseholdListRow, ProposalListRow, WorkQueueRow } from './case-lists';
import type { BatchBalance, StockCardPeriod, StockCardRow } from './stock-ledger';
import type { DisasterReport, MonthlyReport, PublicStockFigures, StockAlerts } from './stock-reports';

export type RouteMethod = 'GET' | 'POST';

/** The fields of a receipt of stock, sent with its BAST of receipt (photo or PDF) as `document`. */
export type StockReceiptField =
  | 'warehouse'
  | 'item'
  | 'batch'
  | 'expires_on'
  | 'quantity'
  | 'source'
  | 'reference'
  | 'note'
  | 'idempotency_key'
  | 'document';

/** What a stock route recorded: the entry (or legal basis) made. */
export interface RecordedStock {
  id: string;
}

export interface StockTransferRequest {
  from: string;
  to: string;
  item: string;
  batch: string;
  quantity: number;
  reference: string;
  idempotency_key: string;
}

export interface LegalBasisRequest {
  warehouse: string;
  kind: string;
  number: string;
  date: string;
  issuer: string;
  disaster: string;
}

export interface StockReleaseRequest {
  proposal: string;
  warehouse: string;
  /** The legal basis recorded before (POST legalBasis); '' when none is. */
  legal_basis: string;
  lines: { item: string; batch: string; quantity: number }[];
  giver_name: string;
  giver_position: string;
  receiver_name: string;
  receiver_position: string;
  /** Made once on the device: a release sent again after a dropped connection is recorded once. */
  idempotency_key: string;
}

/** A recorded release: its BAST number and the code its QR carries (/bast/?kode=…). */
export interface RecordedRelease {
  id: string;
  number: string;
  code: string;
}

/** A kartu stok over a period: the warehouse and item named, the balance carried in, and the period's entries with the running balance. */
export interface StockCardAnswer {
  warehouse: string;
  item: string;
  unit: string;
  period: StockCardPeriod;
  opening: number;
  rows: StockCardRow[];
}

/** A warehouse's stock: each batch it has held with what is left (0 when used up), from the ledger. */
export interface StockBalancesAnswer {
  warehouse: { code: string; name: string; kind: string };
  /** Each batch, its warehouse named by code. */
  batches: BatchBalance[];
}

/** What the public verification of a BAST shows (/bast/?kode=…). */
export interface PublicBast {
  number: string;
  /** Office date of the release, "YYYY-MM-DD". */
  date: string;
  warehouse: string;
  village: string;
  items: { name: string; unit: string; batch: string; quantity: number; expiresOn: string }[];
  /** Whether the village's signed copy has been attached. */
  received: boolean;
}

export interface StockWriteOffRequest {
  warehouse: string;
  item: string;
  batch: string;
  quantity: number;
  reason: string;
  note: string;
  reference: string;
}

/**
 * A route: its method and path (PocketBase's pattern, `{name}` for a path parameter). `Request` is
 * what it takes — the JSON or form fields of a POST, the query parameters of a GET — and `Answer`
 * what it answers when all is well; both are types only.
 */
export interface Route<Request = unknown, Answer = unknown> {
  readonly method: RouteMethod;
  readonly path: string;
  /** Never set: carries the types to RequestOf and AnswerOf. */
  readonly types?: { request: Request; answer: Answer };
}

export type RequestOf<R> = R extends Route<infer Request, unknown> ? Request : never;
export type AnswerOf<R> = R extends Route<unknown, infer Answer> ? Answer : never;

/** No content (204): the answer of a route that only does something. */
export type NoContent = null;
/** Fields sent as multipart form data (uploads, or a plain HTML form): every value is text or a file. */
export type FormFields<Name extends string> = Record<Name, string | { readonly size: number }>;

const route = <Request, Answer>(method: RouteMethod, path: string): Route<Request, Answer> => ({ method, path });

/** The activation code staff hand over (src/domain/village-accounts.ts). */
export interface IssuedActivationCode {
  code: string;
  expires: string;
  email: string;
  /** Where the account holder enters it. */
  activationPath: string;
}

/** The satisfaction survey's answer: taken (new or changed), or why not. */
export interface SurveyAnswer {
  state: 'baru' | 'diubah';
  offer?: SurveyOffer;
}

/** The quarterly evaluation's complaint figures and request figures (the Laporan tab). */
export interface OfficeReport {
  from: string;
  to: string;
  rows: ReportRow[];
  complaints: ComplaintReportRow[];
  /** Household proposals (usulan DTSEN) received in the period. */
  households: HouseholdFigures;
}

/** One answer the office chose to publish: never the complaint's text, identity or number. */
export interface PublishedAnswer {
  kind: ComplaintKind;
  agency: string;
  service: string | null;
  receivedOn: string;
  answeredOn: string;
  withinDeadline: boolean;
  answers: string[];
}

/** What an uptime checker reads: every check "ok", or what is wrong (503). */
export interface Readiness {
  status: 'siap' | 'tidak siap';
  checks: Record<string, string>;
}

/** Open data: complaints counted per month, office, service, kind and outcome. */
export interface ComplaintFiguresFeed {
  title: string;
  license: string;
  outcomes: Record<string, string>;
  rows: { month: string; agency: string; service: string | null; kind: string; outcome: string; complaints: number }[];
}

type ApplicationField =
  | 'idempotency_key'
  | 'proof'
  | 'service'
  | 'applicant_name'
  | 'applicant_phone'
  | 'statements'
  | 'document_requirements'
  | 'documents'
  | 'consent';
type ComplaintField =
  | 'idempotency_key'
  | 'proof'
  | 'kind'
  | 'identity'
  | 'agency'
  | 'service'
  | 'description'
  | 'reply_channel'
  | 'name'
  | 'phone'
  | 'email'
  | 'verifier_digits'
  | 'photo'
  | 'about_number'
  | 'about_verifier'
  | 'sanggah_village'
  | 'sanggah_rt'
  | 'sanggah_rw'
  | 'sanggah_name'
  | 'sanggah_reason'
  | 'consent';

/** A sanggah as its village reads it once the office forwarded it: whom it names, the office's note — never the reporter. */
export interface ForwardedSanggah {
  forwardedAt: string;
  rt: string;
  rw: string;
  name: string;
  /** SANGGAH_REASONS' words. */
  reason: string;
  /** What the office asks of the village. */
  note: string;
}
/** Number and verifier, as the status lookup takes them (pb_hooks/lib/number_guard.js). */
interface NumberAndVerifier {
  number: string;
  verifier: string;
  proof?: PowSolution;
}
/** Instead of them, the access token a lookup gave its page. */
interface StatusAccessToken {
  akses: string;
}

export const ROUTES = {
  // The public: looking a number up, sending an application or a complaint, rating a service.
  // With the access token the page sends a document, a reply or a rating with (pb_hooks/lib/number_guard.js).
  statusLookup: route<NumberAndVerifier, StatusLookupAnswer & { access: string }>('POST', '/api/layanan/status'),
  // A complaint about a request also names its number and verifier: one challenge covers both.
  submissionChallenge: route<
    { key: string; kind?: SubmissionKind; number?: string; verifier?: string },
    { challenge: PowChallenge }
  >('POST', '/api/layanan/tantangan'),
  privacySettings: route<Record<string, never>, PrivacySettings>('GET', '/api/layanan/ketentuan'),
  applicationSend: route<FormFields<ApplicationField>, { number: string; service: string }>(
    'POST',
    '/api/layanan/ajukan',
  ),
  documentResend: route<
    | FormFields<'akses' | 'document_requirements' | 'documents'>
    | FormFields<'number' | 'verifier' | 'proof' | 'document_requirements' | 'documents'>,
    { number: string }
  >('POST', '/api/layanan/lengkapi'),
  complaintSend: route<FormFields<ComplaintField>, { number: string; verificationDueAt: string }>(
    'POST',
    '/api/pengaduan/kirim',
  ),
  complaintReply: route<
    (NumberAndVerifier | StatusAccessToken) & { reply: ComplainantReply; note: string },
    { number: string; status: ComplaintStatus }
  >('POST', '/api/pengaduan/tanggapan'),
  // A copy or erasure of one's own data (src/domain/data-subject-request.ts): a numbered consultation.
  dataSubjectRequest: route<
    (NumberAndVerifier | StatusAccessToken) & { request: DataSubjectRequestKind; key: string },
    { number: string; request: DataSubjectRequestKind }
  >('POST', '/api/layanan/data-pribadi'),
  publishedAnswers: route<{ halaman?: string }, { page: number; items: PublishedAnswer[]; more: boolean }>(
    'GET',
    '/api/pengaduan/terbuka',
  ),
  surveyWithNumber: route<FormFields<string>, SurveyAnswer | { problems: SurveyProblem[] }>(
    'POST',
    '/api/layanan/survei',
  ),
  surveyAtCounter: route<FormFields<string>, SurveyAnswer>('POST', '/api/layanan/survei/loket'),
  // Open data.
  performanceFeed: route<{ periode?: string }, PerformanceReport>('GET', '/api/data/kinerja'),
  complaintFigures: route<Record<string, never>, ComplaintFiguresFeed>('GET', '/api/data/pengaduan'),
  // Each warehouse's stock per item and its releases per month: aggregates only (src/domain/stock-reports.ts).
  stockFigures: route<{ format?: 'json' | 'csv' }, PublicStockFigures>('GET', '/api/data/logistik'),
  // Each office's household proposals (usulan DTSEN) per stage and result: counts of 1–2 hidden (src/domain/household-public-figures.ts).
  householdFiguresFeed: route<{ format?: 'json' | 'csv' }, PublicHouseholdFigures>('GET', '/api/data/dtsen'),
  // Accounts.
  accountActivation: route<{ email: string; code: string; password: string }, NoContent>('POST', '/api/akun/aktivasi'),
  signOut: route<Record<string, never>, NoContent>('POST', '/api/akun/keluar'),
  // Staff.
  // The staff lists (src/domain/case-lists.ts): views, filters, search and the page's position (`setelah`).
  workQueue: route<Record<string, string>, CaseListPage<WorkQueueRow>>('GET', '/api/petugas/antrean'),
  complaintInbox: route<Record<string, string>, CaseListPage<ComplaintListRow>>('GET', '/api/petugas/pengaduan'),
  proposalReview: route<Record<string, string>, CaseListPage<ProposalListRow>>('GET', '/api/petugas/usulan'),
  householdReview: route<Record<string, string>, CaseListPage<HouseholdListRow>>('GET', '/api/petugas/usulan-dtsen'),
  // A deliberation's verified households as the office's spreadsheet (CSV), moved to "dikirim ke pusat";
  // `ulang` to export one already exported again.
  householdExport: route<{ musyawarah: string; ulang?: boolean }, string>('POST', '/api/petugas/usulan-dtsen/ekspor'),
  // The national application's results in the same layout: all rows taken, or none.
  householdResults: route<{ csv: string }, { imported: number }>('POST', '/api/petugas/usulan-dtsen/hasil'),
  dailySummary: route<Record<string, never>, DailySummary>('GET', '/api/petugas/ringkasan'),
  waitingWork: route<Record<string, never>, WaitingWork>('GET', '/api/petugas/menunggu'),
  officeReport: route<{ dari: string; sampai: string; format?: 'json' | 'csv' }, OfficeReport>(
    'GET',
    '/api/petugas/laporan',
  ),
  surveyReport: route<{ periode: string; format?: 'json' | 'csv' }, SurveyReport>('GET', '/api/petugas/survei'),
  // The receipt's survey ticket for one of the office's requests (src/domain/satisfaction-survey.ts, SURVEY_TICKET_FIELD).
  receiptSurveyTicket: route<{ no: string }, { ticket: string }>('GET', '/api/petugas/tanda-terima/tiket-survei'),
  auditCheck: route<{ jangkar?: string }, AuditCheck>('GET', '/api/petugas/jejak-audit/periksa'),
  // A sanggah forwarded to the village it names, with the office's note (src/domain/complaints.ts).
  sanggahForward: route<{ note: string }, { forwardedAt: string }>('POST', '/api/petugas/pengaduan/{id}/teruskan-desa'),
  // The village operator: the sanggah its office forwarded to it, newest first.
  villageSanggah: route<Record<string, never>, { items: ForwardedSanggah[] }>('GET', '/api/desa/sanggah'),
  activationCode: route<Record<string, never>, IssuedActivationCode>(
    'POST',
    '/api/petugas/akun-desa/{collection}/{id}/kode-aktivasi',
  ),
  // Disaster-logistics stock (pb_hooks/logistics.pb.js): staff of the warehouse's office and the Camat of a Lambung Sosial.
  stockReceipt: route<FormFields<StockReceiptField>, RecordedStock>('POST', '/api/logistik/penerimaan'),
  stockTransfer: route<StockTransferRequest, RecordedStock>('POST', '/api/logistik/mutasi'),
  legalBasis: route<LegalBasisRequest, RecordedStock>('POST', '/api/logistik/dasar'),
  stockRelease: route<StockReleaseRequest, RecordedRelease>('POST', '/api/logistik/penyaluran'),
  stockWriteOff: route<StockWriteOffRequest, RecordedStock>('POST', '/api/logistik/penghapusan'),
  stockReversal: route<{ entry: string; note: string }, RecordedStock>('POST', '/api/logistik/koreksi'),
  // A warehouse's batches and balances (the stock view, the release form's first-expiry-first-out).
  stockBalances: route<{ gudang: string }, StockBalancesAnswer>('GET', '/api/logistik/saldo'),
  // The kartu stok of one item in one warehouse over a period (office dates; the current month when not given), as JSON or a spreadsheet file.
  stockCard: route<
    { gudang: string; barang: string; dari?: string; sampai?: string; format?: 'json' | 'csv' },
    StockCardAnswer
  >('GET', '/api/logistik/kartu-stok'),
  // Reports on the ledger (pb_hooks/stock_reports.pb.js): the warehouses the account keeps, audited.
  stockAlerts: route<Record<string, never>, StockAlerts>('GET', '/api/logistik/peringatan'),
  monthlyStockReport: route<{ gudang: string; bulan: string; format?: 'json' | 'csv' }, MonthlyReport>(
    'GET',
    '/api/logistik/laporan-bulanan',
  ),
  disasterStockReport: route<{ gudang: string; format?: 'json' | 'csv' }, DisasterReport>(
    'GET',
    '/api/logistik/laporan-bencana',
  ),
  // The BAST signed by the receiver, as photos: the proposal becomes "Logistik diterima desa".
  signedBast: route<FormFields<'release' | 'signed_bast'>, RecordedStock>('POST', '/api/logistik/bast-diterima'),
  // Anyone checks a paper BAST by the code its QR carries: no names, no signatures.
  bastVerification: route<Record<string, never>, PublicBast>('GET', '/api/layanan/bast/{code}'),
  // The people who run the server.
  readiness: route<Record<string, never>, Readiness>('GET', '/api/layanan/siap'),
  backupHeartbeat: route<{ salinan: string }, NoContent>('GET', '/api/layanan/cadangan/detak'),
  // The built site itself, for whatever no route above answers (pb_hooks/site.pb.js).
  site: route<Record<string, never>, string>('GET', '/{path...}'),
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof ROUTES;

/** How a rate-limit rule (PocketBase's settings) names a route: "POST /api/layanan/survei". */
export function rateLimitLabel(route: Route): string {
  return `${route.method} ${route.path}`;
}

/**
 * A route's path with its parameters filled in, each encoded: a parameter missing fails at once
 * rather than calling a path that does not exist.
 */
export function routePath(route: Route, params: Record<string, string> = {}): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route.path}: parameter "${name}" is missing.`);
    return encodeURIComponent(value);
  });
}
