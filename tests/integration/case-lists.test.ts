// The staff lists (src/domain/case-lists.ts, pb_hooks/case_lists.pb.js) against a real PocketBase:
// the work queue, the complaint inbox and the proposal review — their orders, filters, search and
// keyset pages — and, tried as an attacker, that each keeps what its collection's rules say: the
// right accounts only, their own office or kecamatan only, nothing but the list's columns, no
// ordering or filtering but the ones offered, every read in the audit trail. Last, each query's
// plan: read in order from the index it names, never sorted, so a page costs the same at any size.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import {
  createCamat,
  createOperator,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
  trailChained,
} from '../support/pocketbase';
import { pdfDocument, VALID_FIELDS } from '../support/proposal-form';
import {
  CASE_LIST_PAGE_SIZE,
  caseListCountQuery,
  caseListPageQueries,
  caseListSearchParams,
  defaultCaseListQuery,
  type CaseListPage,
  type CaseListQuery,
  type ListScope,
} from '../../src/domain/case-list';
import {
  CASE_LISTS,
  type CaseListName,
  type ComplaintListRow,
  type ProposalListRow,
  PAST_DEADLINE_COMPLAINTS_SQL,
  type WorkQueueRow,
} from '../../src/domain/case-lists';
import { AUDIT_ACTIONS } from '../../src/domain/audit';
import { storedDate } from '../../src/domain/database';

const ROUTES: Record<CaseListName, string> = {
  permohonan: '/api/petugas/antrean',
  pengaduan: '/api/petugas/pengaduan',
  usulan: '/api/petugas/usulan',
  'usulan-dtsen': '/api/petugas/usulan-dtsen',
};
const LINGGASARI = '32.14.06.2006'; // Darangdan
const CIPICUNG = '32.14.05.2005'; // Sukatani

let server: TestPocketBase;
let petugas: StaffAccount;
let kepala: StaffAccount;
let banjarnegara: StaffAccount;
let operator: VillageAccount;
let sukataniOperator: VillageAccount;
let camatDarangdan: VillageAccount;
let camatSukatani: VillageAccount;
let purwakartaId: string;
const requests: Record<'late' | 'soon' | 'undated' | 'online' | 'finished', RecordModel> = {} as never;
const complaints: Record<
  'oldest' | 'verifiedLate' | 'late' | 'fresh' | 'verified' | 'answered' | 'closed',
  RecordModel
> = {} as never;
const anonymousComplaint: { record?: RecordModel } = {};

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

type Account = { pb: { authStore: { token: string } } } | null;

async function list(name: CaseListName, account: Account, query = '') {
  return fetch(`${server.url}${ROUTES[name]}${query ? `?${query}` : ''}`, {
    headers: account ? { Authorization: account.pb.authStore.token } : {},
  });
}

async function page<Row>(name: CaseListName, account: Account, query = ''): Promise<CaseListPage<Row>> {
  const response = await list(name, account, query);
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}
const queue = (account: Account, query = '') => page<WorkQueueRow>('permohonan', account, query);
const inbox = (account: Account, query = '') => page<ComplaintListRow>('pengaduan', account, query);
const review = (account: Account, query = '') => page<ProposalListRow>('usulan', account, query);

const numbers = (result: CaseListPage<{ number: string }>) => result.items.map((item) => item.number);
const numbersOf = (...records: RecordModel[]) => records.map((record) => String(record['number']));

/** Every page of a list, following `next`. */
async function allPages<Row extends { number: string }>(name: CaseListName, account: Account, query = '') {
  const pages: CaseListPage<Row>[] = [];
  let next: string | null = '';
  while (next !== null) {
    const shown: CaseListPage<Row> = await page<Row>(
      name,
      account,
      [query, next ? `setelah=${encodeURIComponent(next)}` : ''].filter(Boolean).join('&'),
    );
    pages.push(shown);
    next = shown.next;
  }
  return pages;
}

async function register(slug: string, name: string, extra: Record<string, unknown> = {}) {
  const service = await serviceBySlug(server, slug);
  return server.admin.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: name,
    applicant_phone: '0812-3000-4000',
    ...extra,
  });
}

async function complaint(agency: string, name: string, receivedDaysAgo: number, extra: Record<string, unknown> = {}) {
  return server.admin.collection('complaints').create({
    agency,
    kind: 'pengaduan',
    identity: 'biasa',
    description: 'Petugas loket meminta uang.',
    reply_channel: 'telepon',
    complainant_name: name,
    complainant_phone: '0896-4410-2287',
    status_verifier: '2287',
    idempotency_key: randomUUID(),
    received_at: ago(receivedDaysAgo),
    ...extra,
  });
}

/** Moves a complaint along as it happened on the given days. */
async function handle(record: RecordModel, steps: [status: string, daysAgo: number][]) {
  for (const [status, daysAgo] of steps)
    await server.admin.collection('complaint_events').create({
      complaint: record.id,
      status,
      public_note: status === 'dijawab' ? 'Sudah kami tindak lanjuti.' : '',
      at: ago(daysAgo),
    });
  return server.admin.collection('complaints').getOne(record.id);
}

/** A proposal as imported by a superuser, received `daysAgo`. */
async function proposal(from: VillageAccount, daysAgo: number, recipient = 'kepala_dinas') {
  const form = new FormData();
  const village = await server.admin.collection('villages').getOne(from.placeId);
  const fields: Record<string, string> = {
    ...VALID_FIELDS,
    idempotency_key: randomUUID(),
    village: from.placeId,
    operator: from.id,
    recipient,
    camat_kecamatan: recipient === 'camat' ? String(village['kecamatan']) : '',
    occurred_at: ago(daysAgo + 1),
    received_at: ago(daysAgo),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const field of ['doc_request_letter', 'doc_chronology', 'doc_victims_losses', 'doc_kk_ktp'])
    form.append(field, pdfDocument(), `${field}.pdf`);
  return server.admin.collection('proposals').create(form);
}

const proposals: { darangdanToCamat: RecordModel[]; toOffice: RecordModel[]; sukataniToCamat: RecordModel[] } = {
  darangdanToCamat: [],
  toOffice: [],
  sukataniToCamat: [],
};

beforeAll(async () => {
  server = await startTestPocketBase();
  [petugas, kepala, banjarnegara, operator, sukataniOperator, camatDarangdan, camatSukatani] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
    createOperator(server, LINGGASARI),
    createOperator(server, CIPICUNG),
    createCamat(server, '32.14.06'),
    createCamat(server, '32.14.05'),
  ]);
  purwakartaId = String(
    (await server.admin.collection('agencies').getFirstListItem('slug = "dinsos-p3a-purwakarta"')).id,
  );

  // Rujukan and kedaruratan promise 210 minutes; pengecekan status promises no time.
  requests.late = await register('rujukan-ppks-terlantar', 'Siti Aminah', { received_at: hoursAgo(48) });
  requests.soon = await register('kedaruratan-ppks', 'Budi Santoso', { received_at: hoursAgo(1) });
  requests.undated = await register('pengecekan-status-dtks-bansos', 'Asep Sunandar', { received_at: hoursAgo(72) });
  requests.online = await register('surat-keterangan-dtks', 'Neneng Hasanah', {
    channel: 'online',
    received_at: hoursAgo(2),
  });
  requests.finished = await register('kedaruratan-ppks', 'Siti Rahayu', { received_at: hoursAgo(30) });
  await kepala.pb
    .collection('request_events')
    .create({ request: requests.finished.id, step: 1, status: 'selesai', staff: kepala.id, public_note: 'Selesai.' });

  // Complaints whose deadlines (3 working days to verify, 5 more to answer) fall far apart.
  complaints.oldest = await complaint(purwakartaId, 'Dadang Suryana', 60);
  complaints.verifiedLate = await handle(await complaint(purwakartaId, 'Euis Lestari', 40), [['diverifikasi', 35]]);
  complaints.late = await complaint(purwakartaId, 'Cecep Permana', 20);
  complaints.fresh = await complaint(purwakartaId, 'Lilis Nurjanah', 0);
  complaints.verified = await handle(await complaint(purwakartaId, 'Agus Hidayat', 1), [['diverifikasi', 0]]);
  complaints.answered = await handle(await complaint(purwakartaId, 'Rina Saepudin', 90), [
    ['diverifikasi', 85],
    ['dijawab', 80],
  ]);
  complaints.closed = await handle(await complaint(purwakartaId, 'Siti Kurniawan', 100), [
    ['diverifikasi', 95],
    ['dijawab', 90],
    ['selesai', 89],
  ]);
  anonymousComplaint.record = await complaint(purwakartaId, 'Nama Rahasia', 0, {
    identity: 'anonim',
    reply_channel: 'halaman-status',
    complainant_phone: '',
    status_verifier: '5521',
  });

  // Proposals: two to the Camat of Darangdan, one to the office, one to the Camat of Sukatani.
  proposals.darangdanToCamat = [await proposal(operator, 3, 'camat'), await proposal(operator, 1, 'camat')];
  proposals.toOffice = [await proposal(operator, 2)];
  proposals.sukataniToCamat = [await proposal(sukataniOperator, 1.5, 'camat')];
});
afterAll(() => server?.stop());

describe('the work queue', () => {
  it('lists open requests in the queue order: online applications to verify first, then the soonest due, undated last', async () => {
    const result = await queue(petugas);
    expect(numbers(result)).toEqual(numbersOf(requests.online, requests.late, requests.soon, requests.undated));
    expect(result).toMatchObject({ next: null, counts: { open: 4 } });
    expect(result.items[0]).toMatchObject({
      status: 'menunggu-verifikasi',
      channel: 'online',
      applicant_name: 'Neneng Hasanah',
    });
    expect(result.items[1]).toMatchObject({
      service_title: 'Layanan Rujukan Bagi PPKS Terlantar',
      current_step: 1,
      step_count: 9,
    });
  });

  it('gives only the list columns, never the phone number, the public status or documents', async () => {
    const result = await queue(petugas, 'tampil=semua');
    for (const item of result.items) {
      expect(Object.keys(item).sort()).toEqual([
        'applicant_name',
        'channel',
        'current_step',
        'due_at',
        'id',
        'number',
        'received_at',
        'service',
        'service_title',
        'status',
        'step_count',
      ]);
    }
  });

  it('filters by service and lateness, and shows all requests, finished ones too, newest first', async () => {
    const kedaruratan = await serviceBySlug(server, 'kedaruratan-ppks');
    expect(numbers(await queue(petugas, `layanan=${kedaruratan.id}`))).toEqual(numbersOf(requests.soon));
    expect(numbers(await queue(petugas, `layanan=${kedaruratan.id}&tampil=semua`))).toEqual(
      numbersOf(requests.soon, requests.finished),
    );
    expect(numbers(await queue(petugas, 'lewat-waktu=1'))).toEqual(numbersOf(requests.late));
    // The finished one was due long ago too, but a finished request is never late.
    expect(numbers(await queue(petugas, 'lewat-waktu=1&tampil=semua'))).toEqual(numbersOf(requests.late));
    const newest = await queue(petugas, 'tampil=semua');
    expect(numbers(newest)).toEqual(
      numbersOf(requests.soon, requests.online, requests.finished, requests.late, requests.undated),
    );
    // Counting every finished request would cost what the list saves: only open ones are counted.
    expect(newest.counts).toEqual({});
  });

  it('finds a request by its number as people type it, also a finished one, and applicants by part of their name', async () => {
    const typed = String(requests.finished['number']).toLowerCase().replace(/-/g, ' ');
    expect(numbers(await queue(petugas, `cari=${encodeURIComponent(typed)}`))).toEqual(numbersOf(requests.finished));
    expect(numbers(await queue(petugas, 'cari=siti'))).toEqual(numbersOf(requests.late));
    expect(numbers(await queue(petugas, 'cari=siti&tampil=semua'))).toEqual(
      numbersOf(requests.finished, requests.late),
    );
    // Matches keep the queue's order: waiting for verification first, then by due date, undated last.
    expect(numbers(await queue(petugas, 'cari=an'))).toEqual(
      numbersOf(requests.online, requests.soon, requests.undated),
    );
    expect((await queue(petugas, 'cari=an')).counts).toEqual({ open: 3 });
    // LIKE's wildcards are searched for as characters.
    expect((await queue(petugas, `cari=${encodeURIComponent('%')}`)).items).toEqual([]);
  });

  it('pages through a long queue fifty at a time, each page after the last row of the one before', async () => {
    const service = await serviceBySlug(server, 'pengusulan-dtks');
    await Promise.all(
      Array.from({ length: 52 }, (_, index) =>
        petugas.pb.collection('requests').create({
          service: service.id,
          agency: service['agency'],
          applicant_name: `Pemohon Antre ${index}`,
          applicant_phone: '0812-3000-4000',
        }),
      ),
    );
    const [first, second, ...more] = await allPages<WorkQueueRow>('permohonan', petugas);
    expect(more).toEqual([]);
    expect(first!.items).toHaveLength(CASE_LIST_PAGE_SIZE);
    expect(first!).toMatchObject({ counts: { open: 56 } });
    expect(first!.next).toEqual(expect.any(String));
    expect(second!.items).toHaveLength(6);
    expect(second!.next).toBeNull();
    const all = [...numbers(first!), ...numbers(second!)];
    expect(new Set(all).size).toBe(56);
    // The queue's order runs on across the page break: undated requests last, in the order they came.
    const items = [...first!.items, ...second!.items].filter((item) => item.status !== 'menunggu-verifikasi');
    const undated = items.findIndex((item) => item.due_at === '');
    expect(items.slice(undated).every((item) => item.due_at === '')).toBe(true);
    expect(items[undated]!.number).toBe(requests.undated['number']);
    expect(all[0]).toBe(requests.online['number']);
  });
});

describe('the complaint inbox', () => {
  it('lists open complaints past their deadline first (longest overdue first), then new ones, then by deadline', async () => {
    const result = await inbox(petugas);
    expect(numbers(result)).toEqual(
      numbersOf(
        complaints.oldest,
        complaints.verifiedLate,
        complaints.late,
        complaints.fresh,
        anonymousComplaint.record!,
        complaints.answered,
        complaints.verified,
      ),
    );
    expect(result.counts).toEqual({ open: 7, overdue: 3 });
    expect(result.next).toBeNull();
  });

  it('shows closed ones too when asked, in the same order', async () => {
    const result = await inbox(petugas, 'tampil=semua');
    expect(numbers(result)).toEqual(
      numbersOf(
        complaints.oldest,
        complaints.verifiedLate,
        complaints.late,
        complaints.fresh,
        anonymousComplaint.record!,
        complaints.closed,
        complaints.answered,
        complaints.verified,
      ),
    );
    expect(result.counts).toEqual({ open: 7, overdue: 3 });
  });

  it('gives only the list columns, never the contact, the text or the photo, and no name of an anonymous complainant', async () => {
    const result = await inbox(petugas, 'tampil=semua');
    for (const item of result.items)
      expect(Object.keys(item).sort()).toEqual([
        'complainant_name',
        'due_at',
        'id',
        'identity',
        'kind',
        'number',
        'received_at',
        'service_title',
        'status',
      ]);
    expect(result.items.find((item) => item.number === anonymousComplaint.record!['number'])).toMatchObject({
      identity: 'anonim',
      complainant_name: '',
    });
    expect(JSON.stringify(result)).not.toContain('0896');
  });

  it('finds a complaint by its number, a complainant by part of their name, never an anonymous one', async () => {
    expect(numbers(await inbox(petugas, `cari=${complaints.closed['number']}`))).toEqual(numbersOf(complaints.closed));
    expect(numbers(await inbox(petugas, 'cari=lestari'))).toEqual(numbersOf(complaints.verifiedLate));
    expect(numbers(await inbox(petugas, 'cari=siti'))).toEqual([]);
    expect(numbers(await inbox(petugas, 'cari=siti&tampil=semua'))).toEqual(numbersOf(complaints.closed));
    expect(numbers(await inbox(petugas, `cari=${encodeURIComponent('Rahasia')}`))).toEqual([]);
    // Matches keep the inbox's order: overdue ones first, then new ones.
    const found = await inbox(petugas, 'cari=an');
    expect(numbers(found)).toEqual(numbersOf(complaints.oldest, complaints.late, complaints.fresh));
    expect(found.counts).toEqual({ open: 3, overdue: 2 });
  });

  it('pages through a long inbox, the moment of the first page kept for the later ones', async () => {
    const banjarnegaraId = String(
      (await server.admin.collection('agencies').getFirstListItem('slug = "dinsos-pppa-banjarnegara"')).id,
    );
    for (let index = 0; index < 53; index++) await complaint(banjarnegaraId, `Pelapor ${index}`, index % 20);
    const pages = await allPages<ComplaintListRow>('pengaduan', banjarnegara);
    expect(pages.map((shown) => shown.items.length)).toEqual([50, 3]);
    const all = pages.flatMap((shown) => shown.items);
    expect(new Set(all.map((item) => item.number)).size).toBe(53);
    // Overdue ones first, oldest deadline first; then the new ones by deadline.
    const now = storedDate(new Date());
    const overdue = all.filter((item) => item.due_at < now);
    expect(all.slice(0, overdue.length)).toEqual(overdue);
    expect(overdue.map((item) => item.due_at)).toEqual(overdue.map((item) => item.due_at).sort());
    const rest = all.slice(overdue.length).map((item) => item.due_at);
    expect(rest).toEqual([...rest].sort());
    const cursor = pages[0]!.next!;
    expect(cursor.split('~')[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('the proposal review', () => {
  it("shows the office's staff every proposal of the office, newest first", async () => {
    const result = await review(petugas);
    expect(numbers(result)).toEqual(
      numbersOf(
        proposals.darangdanToCamat[1]!,
        proposals.sukataniToCamat[0]!,
        proposals.toOffice[0]!,
        proposals.darangdanToCamat[0]!,
      ),
    );
    expect(Object.keys(result.items[0]!).sort()).toEqual([
      'decided_by',
      'disaster_type',
      'id',
      'number',
      'received_at',
      'status',
      'village_name',
    ]);
    expect(result.items[0]).toMatchObject({ village_name: 'Linggasari', status: 'diterima' });
  });

  it('shows a Camat only the proposals addressed to them from their own kecamatan', async () => {
    expect(numbers(await review(camatDarangdan))).toEqual(
      numbersOf(proposals.darangdanToCamat[1]!, proposals.darangdanToCamat[0]!),
    );
    expect(numbers(await review(camatSukatani))).toEqual(numbersOf(proposals.sukataniToCamat[0]!));
    expect((await review(camatSukatani, `cari=${proposals.darangdanToCamat[0]!['number']}`)).items).toEqual([]);
    expect((await review(camatSukatani, `cari=${proposals.toOffice[0]!['number']}`)).items).toEqual([]);
  });

  it('finds a proposal by its number or its village', async () => {
    expect(numbers(await review(petugas, `cari=${proposals.toOffice[0]!['number']}`))).toEqual(
      numbersOf(proposals.toOffice[0]!),
    );
    expect(numbers(await review(petugas, 'cari=cipicung'))).toEqual(numbersOf(proposals.sukataniToCamat[0]!));
  });

  it('keeps the office on every proposal, however it was made', async () => {
    const sent = await operator.pb.collection('proposals').getOne(proposals.toOffice[0]!.id);
    expect(sent['agency']).toBe(purwakartaId);
  });

  it('pages through five dozen proposals newest first', async () => {
    for (let index = 0; index < 52; index++) await proposal(operator, 10 + index);
    const pages = await allPages<ProposalListRow>('usulan', kepala);
    expect(pages.map((shown) => shown.items.length)).toEqual([50, 6]);
    const received = pages.flatMap((shown) => shown.items.map((item) => item.received_at));
    expect(received).toEqual([...received].sort().reverse());
  });
});

describe('the staff lists, tried as an attacker', () => {
  it('answer nobody without a session, and no village operator', async () => {
    for (const name of Object.keys(ROUTES) as CaseListName[]) {
      expect((await list(name, null)).status, name).toBe(401);
      expect([401, 403], name).toContain((await list(name, operator)).status);
    }
  });

  it('give a Camat neither the work queue nor the complaints', async () => {
    expect([401, 403]).toContain((await list('permohonan', camatDarangdan)).status);
    expect([401, 403]).toContain((await list('pengaduan', camatDarangdan)).status);
  });

  it('show another office nothing of this one, whatever it asks for', async () => {
    const rujukan = await serviceBySlug(server, 'rujukan-ppks-terlantar');
    expect((await queue(banjarnegara)).items).toEqual([]);
    expect((await queue(banjarnegara, `layanan=${rujukan.id}&tampil=semua`)).items).toEqual([]);
    expect((await queue(banjarnegara, `cari=${encodeURIComponent(String(requests.late['number']))}`)).items).toEqual(
      [],
    );
    expect((await queue(banjarnegara, 'cari=siti&tampil=semua')).items).toEqual([]);
    expect((await inbox(banjarnegara, `cari=${complaints.closed['number']}`)).items).toEqual([]);
    expect((await inbox(banjarnegara, 'cari=Lestari&tampil=semua')).items).toEqual([]);
    expect((await review(banjarnegara)).items).toEqual([]);
    expect((await review(banjarnegara, `cari=${proposals.toOffice[0]!['number']}`)).items).toEqual([]);
    // A cursor taken from this office's list starts nowhere in another's.
    const next = (await review(kepala)).next!;
    expect((await review(banjarnegara, `setelah=${encodeURIComponent(next)}`)).items).toEqual([]);
    // PocketBase's list parameters are not these routes': they neither widen nor reorder them.
    for (const name of Object.keys(ROUTES) as CaseListName[])
      expect(
        numbers(await page(name, banjarnegara, `filter=${encodeURIComponent('id != ""')}&expand=agency&sort=-number`)),
      ).toEqual(numbers(await page(name, banjarnegara)));
    expect(numbers(await queue(petugas, 'sort=-applicant_name&perPage=1'))).toEqual(numbers(await queue(petugas)));
  });

  it('refuse orders, filters and positions they do not offer', async () => {
    const cases: [CaseListName, string][] = [
      ['permohonan', 'tampil=public_status'],
      ['permohonan', 'tampil=applicant_phone'],
      ['permohonan', `layanan=${encodeURIComponent("x' OR 1=1 --")}`],
      ['permohonan', 'lewat-waktu=ya'],
      ['permohonan', 'lewat-waktu=true'],
      ['permohonan', `cari=${'a'.repeat(101)}`],
      ['pengaduan', 'tampil=-due_at'],
      ['usulan', 'tampil=terbuka'],
      ['permohonan', 'setelah=2'],
      ['permohonan', `setelah=${encodeURIComponent("2026-01-01 00:00:00.000Z~0~' OR 1=1 --~1")}`],
      ['permohonan', `setelah=${encodeURIComponent('2026-01-01 00:00:00.000Z~9~~1')}`],
      ['pengaduan', `setelah=${encodeURIComponent('2026-01-01 00:00:00.000Z~0~1')}`],
      ['pengaduan', `setelah=${encodeURIComponent('2026-01-01 00:00:00.000Z~0~2026-01-01~1')}`],
      ['usulan', `setelah=${encodeURIComponent('2026-01-01 00:00:00.000Z~0~2026-01-01 00:00:00.000Z~1e3')}`],
      ['usulan', `setelah=${encodeURIComponent('x'.repeat(300))}`],
    ];
    for (const [name, query] of cases) {
      const response = await list(name, petugas, query);
      expect(response.status, `${name} ${query}`).toBe(400);
    }
  });

  it('write every list read into the audit trail, as the reader and for their office', async () => {
    await queue(petugas, 'cari=Budi');
    await inbox(petugas);
    await review(camatDarangdan);
    await trailChained(server);
    const latest = async (actor: string, action: keyof typeof AUDIT_ACTIONS) =>
      (
        await server.admin.collection('audit_log').getFullList({
          filter: server.admin.filter('actor_id = {:actor} && action = {:action}', {
            actor,
            action: AUDIT_ACTIONS[action],
          }),
          sort: '-seq',
        })
      )[0];
    expect(await latest(petugas.id, 'lihat-daftar-permohonan')).toMatchObject({ target_label: '1 data' });
    expect(await latest(petugas.id, 'lihat-daftar-pengaduan')).toMatchObject({
      target_type: 'complaints',
      agency: purwakartaId,
    });
    expect(await latest(camatDarangdan.id, 'lihat-daftar-usulan')).toMatchObject({
      actor_type: 'camats',
      agency: purwakartaId,
      target_label: '2 data',
    });
  });

  it("keeps PocketBase's own list from sorting or filtering on the hidden public status", async () => {
    const status = (promise: Promise<unknown>) =>
      promise.then(
        () => 200,
        (error) => error.status as number,
      );
    expect(
      await status(petugas.pb.collection('requests').getList(1, 50, { filter: 'public_status ~ "Diterima"' })),
    ).toBe(400);
    expect(await status(petugas.pb.collection('requests').getList(1, 50, { sort: 'public_status' }))).toBe(400);
  });
});

describe('the query plans', () => {
  /** Each query of a page (and its count) as SQLite would run it, on the test server's database. */
  function plans(name: CaseListName, scope: ListScope, query: CaseListQuery): { sql: string; plan: string }[] {
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      const declared = CASE_LISTS[name] as unknown as Parameters<typeof caseListPageQueries>[0];
      const built = caseListPageQueries(declared, scope, query, new Date());
      if ('problem' in built) throw new Error(built.problem);
      const count = caseListCountQuery(declared, scope, query, built.at);
      return [
        ...built.queries.map((bound) => ({ ...bound, bind: { ...bound.bind, limit: 51 } })),
        ...(count ? [count] : []),
      ].map((bound) => {
        const sql = bound.sql.replace(/\{:(\w+)\}/g, ':$1');
        const used = Object.fromEntries(Object.entries(bound.bind).filter(([key]) => sql.includes(`:${key}`)));
        return {
          sql,
          plan: db
            .prepare(`EXPLAIN QUERY PLAN ${sql}`)
            .all(used)
            .map((row) => String(row['detail']))
            .join('; '),
        };
      });
    } finally {
      db.close();
    }
  }

  const office = (alias: string): ListScope => ({
    kind: 'staff',
    where: [`${alias}.agency = {:agency}`],
    bind: { agency: 'x' },
  });
  const cursorAfter = async (name: CaseListName, account: Account, query: string) =>
    (await page(name, account, query)).next ?? '';

  it('read every page of every view in order from the index it names, never sorting the whole list', async () => {
    const views: [CaseListName, ListScope, string, string][] = [
      ['permohonan', office('r'), 'antrean', 'idx_requests_queue'],
      ['permohonan', office('r'), 'semua', 'idx_requests_report'],
      ['pengaduan', office('c'), 'terbuka', 'idx_complaints_'],
      ['pengaduan', office('c'), 'semua', 'idx_complaints_'],
      [
        'usulan',
        { ...office('p'), where: ['p.agency = {:agency}', 'k.agency = {:agency}'] },
        'semua',
        'idx_proposals_agency_received',
      ],
      [
        'usulan',
        {
          kind: 'camat',
          where: ['p.camat_kecamatan = {:kecamatan}', "p.recipient = 'camat'", 'v.kecamatan = {:kecamatan}'],
          bind: { kecamatan: 'x' },
        },
        'semua',
        'idx_proposals_camat_received',
      ],
      ['usulan-dtsen', office('h'), 'menunggu', 'idx_household_proposals_agency'],
      ['usulan-dtsen', office('h'), 'semua', 'idx_household_proposals_agency_received'],
    ];
    const account: Record<CaseListName, Account> = {
      permohonan: petugas,
      pengaduan: banjarnegara,
      usulan: kepala,
      'usulan-dtsen': kepala,
    };
    for (const [name, scope, view, index] of views) {
      const declared = CASE_LISTS[name] as unknown as Parameters<typeof defaultCaseListQuery>[0];
      const query = { ...defaultCaseListQuery(declared), view };
      const after = await cursorAfter(name, account[name], caseListSearchParams(declared, query));
      for (const asked of [query, { ...query, after }]) {
        for (const { sql, plan } of plans(name, scope, asked)) {
          // Rows of equal date may be put in rowid order ("LAST TERM"), a few at a time; never the whole list.
          expect(plan, `${name} ${view}: ${sql}`).not.toContain('TEMP B-TREE FOR ORDER BY');
          expect(plan, `${name} ${view}: ${sql}`).not.toMatch(/SCAN [rcph]\b/);
          expect(plan, `${name} ${view}: ${sql}`).toMatch(new RegExp(`SEARCH [rcph] USING (COVERING )?INDEX ${index}`));
        }
      }
    }
  });

  it('find a name of three characters or more in the name index, a shorter one by scanning a small index of names', async () => {
    const requestNames = /SEARCH r USING (COVERING )?INDEX idx_requests_agency_applicant \(agency=\?\)/;
    const complainantNames = /SEARCH c USING (COVERING )?INDEX idx_complaints_agency_complainant \(agency=\?\)/;
    // The names the trigram index found, then their cases by (agency, name) from the covering index.
    const byNameIndex = (alias: string, index: string, column: string, names: string) =>
      new RegExp(
        `SEARCH ${alias} USING COVERING INDEX ${index} \\(agency=\\? AND ${column}=\\?\\).*` +
          `SEARCH ${names} USING INTEGER PRIMARY KEY \\(rowid=\\?\\).*SCAN ${names}_search VIRTUAL TABLE INDEX 0:M`,
      );
    const searches: [CaseListName, ListScope, string, string, RegExp][] = [
      [
        'permohonan',
        office('r'),
        'antrean',
        'Siti',
        byNameIndex('r', 'idx_requests_agency_applicant', 'applicant_name', 'request_names'),
      ],
      [
        'permohonan',
        office('r'),
        'semua',
        'Siti',
        byNameIndex('r', 'idx_requests_agency_applicant', 'applicant_name', 'request_names'),
      ],
      ['permohonan', office('r'), 'antrean', 'Si', requestNames],
      ['permohonan', office('r'), 'semua', 'Si', requestNames],
      [
        'pengaduan',
        office('c'),
        'terbuka',
        'Siti',
        byNameIndex('c', 'idx_complaints_agency_complainant', 'complainant_name', 'complaint_names'),
      ],
      [
        'pengaduan',
        office('c'),
        'semua',
        'Siti',
        byNameIndex('c', 'idx_complaints_agency_complainant', 'complainant_name', 'complaint_names'),
      ],
      ['pengaduan', office('c'), 'terbuka', 'Si', complainantNames],
      ['pengaduan', office('c'), 'semua', 'Si', complainantNames],
      ['usulan', office('p'), 'semua', 'Siti', /SEARCH p USING INDEX idx_proposals_village \(village=\?\)/],
      [
        'usulan-dtsen',
        office('h'),
        'semua',
        'Siti',
        /SEARCH h USING INDEX idx_household_proposals_village \(village=\?\)/,
      ],
      [
        'usulan-dtsen',
        office('h'),
        'menunggu',
        'Siti',
        /SEARCH h USING INDEX idx_household_proposals_village \(village=\?\)/,
      ],
    ];
    for (const [name, scope, view, search, used] of searches) {
      const declared = CASE_LISTS[name] as unknown as Parameters<typeof defaultCaseListQuery>[0];
      for (const { sql, plan } of plans(name, scope, { ...defaultCaseListQuery(declared), view, search })) {
        expect(plan, `${name} ${view}: ${sql}`).toMatch(used);
        expect(plan, `${name} ${view}: ${sql}`).not.toMatch(/SCAN [rcph]\b/);
        // The work queue and the inbox sort the matches' keys from the index, then read the page's rows alone.
        if (CASE_LISTS[name].nameIndex && !sql.includes('COUNT(*)'))
          expect(plan, `${name} ${view}: ${sql}`).toMatch(
            /^SEARCH [rc] USING INTEGER PRIMARY KEY \(rowid=\?\); LIST SUBQUERY/,
          );
      }
    }
  });

  it('seek straight to where the previous page ended', async () => {
    const declared = CASE_LISTS.permohonan as unknown as Parameters<typeof defaultCaseListQuery>[0];
    const after = await cursorAfter('permohonan', petugas, '');
    const [first] = plans('permohonan', office('r'), { ...defaultCaseListQuery(declared), after });
    // The first page ended among the undated requests (the 52 of "pengusulan DTKS" promise no time).
    expect(first!.plan).toMatch(
      /USING INDEX idx_requests_queue \(agency=\? AND <expr>=\? AND <expr>=\? AND due_at=\? AND rowid>\?\)/,
    );
    const [dated] = plans('permohonan', office('r'), {
      ...defaultCaseListQuery(declared),
      after: '2026-11-23 03:00:00.000Z~2~2026-11-24 00:00:00.000Z~1',
    });
    expect(dated!.plan).toMatch(
      /USING INDEX idx_requests_queue \(agency=\? AND <expr>=\? AND <expr>=\? AND due_at>\?\)/,
    );
  });

  it("read the daily summary's overdue complaints in deadline order, stopping at its limit", () => {
    // The 10,000 late complaints of the five-year office were read through (agency, status, due_at)
    // and sorted whole before the first 200 were kept.
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${PAST_DEADLINE_COMPLAINTS_SQL.replace(/\{:(\w+)\}/g, ':$1')}`)
        .all({ agency: 'x', now: storedDate(new Date()), limit: 200 })
        .map((row) => String(row['detail']))
        .join('; ');
      expect(plan).toMatch(
        /^SEARCH c USING INDEX idx_complaints_waiting_due \(agency=\? AND <expr>=\? AND due_at>\? AND due_at<\?\)/,
      );
      expect(plan).not.toMatch(/SCAN c\b|TEMP B-TREE/);
    } finally {
      db.close();
    }
  });
});

describe('the name index', () => {
  // Names that could set the index (FTS5 trigrams, lower-cased) and LIKE (ASCII case only) apart:
  // case, letters outside ASCII, the phrase's quotes, LIKE's wildcards, doubled spaces.
  const NAMES = [
    "Ma'ruf Amin",
    'Dede "Ucup" Saepul',
    'ÁDÁM Núñez',
    'ádám núñez',
    'Rahmat 100% Jaya',
    'Ni_Luh Putu',
    'SITI  NURHALIZA',
  ];
  const SEARCHES = [
    'siti',
    'SITI',
    'Siti Am',
    'ti a',
    'an',
    'a',
    'ádá',
    'ÁDÁ',
    'Ádá',
    'núñ',
    "ma'r",
    '"ucup"',
    'Dede "U',
    '100%',
    '0%',
    'i_l',
    '_',
    'siti  n',
    'NG HAS',
    'dua kali',
    'berganti',
    'zzz',
  ];
  let banjarnegaraRequest: RecordModel;

  beforeAll(async () => {
    const banjarnegaraId = String(
      (await server.admin.collection('agencies').getFirstListItem('slug = "dinsos-pppa-banjarnegara"')).id,
    );
    for (const name of NAMES) {
      await register('kedaruratan-ppks', name);
      await complaint(purwakartaId, name, 2);
    }
    // Two cases of one name, one renamed: the name stays findable for the other, the new one is found.
    await register('kedaruratan-ppks', 'Siti Dua Kali');
    const renamed = await register('kedaruratan-ppks', 'Siti Dua Kali');
    await server.admin.collection('requests').update(renamed.id, { applicant_name: 'Siti Berganti' });
    banjarnegaraRequest = await server.admin.collection('requests').create({
      service: (
        await server.admin
          .collection('services')
          .getFirstListItem(server.admin.filter('agency = {:agency}', { agency: banjarnegaraId }))
      ).id,
      agency: banjarnegaraId,
      applicant_name: 'Ádám Banjarnegara',
      applicant_phone: '0812-3000-4000',
    });
  });

  /** Every row of a list (its segments read to the end) and its counts, as SQLite answers them on the test server's database. */
  function answer(declared: Parameters<typeof caseListPageQueries>[0], scope: ListScope, query: CaseListQuery) {
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    const run = (bound: { sql: string; bind: Record<string, string | number> }) => {
      const sql = bound.sql.replace(/\{:(\w+)\}/g, ':$1');
      const used = Object.fromEntries(Object.entries(bound.bind).filter(([key]) => sql.includes(`:${key}`)));
      return db.prepare(sql).all(used);
    };
    try {
      const built = caseListPageQueries(declared, scope, query, new Date());
      if ('problem' in built) throw new Error(built.problem);
      const count = caseListCountQuery(declared, scope, query, built.at);
      return {
        numbers: built.queries
          .flatMap((bound) => run({ ...bound, bind: { ...bound.bind, limit: 10_000 } }))
          .map((row) => row['number']),
        counts: count ? run(count) : [],
      };
    } finally {
      db.close();
    }
  }

  it('finds exactly the rows LIKE finds, in the same order, with the same counts', () => {
    const lists: [CaseListName, string][] = [
      ['permohonan', 'antrean'],
      ['permohonan', 'semua'],
      ['pengaduan', 'terbuka'],
      ['pengaduan', 'semua'],
    ];
    const found = new Set<string>();
    for (const [name, view] of lists) {
      const declared = CASE_LISTS[name] as unknown as Parameters<typeof caseListPageQueries>[0];
      const scope: ListScope = {
        kind: 'staff',
        where: [`${name === 'permohonan' ? 'r' : 'c'}.agency = {:agency}`],
        bind: { agency: purwakartaId },
      };
      for (const search of SEARCHES) {
        const query = { ...defaultCaseListQuery(declared), view, search };
        const withIndex = answer(declared, scope, query);
        const likeAlone = answer({ ...declared, nameIndex: undefined }, scope, query);
        expect(withIndex, `${name} ${view} "${search}"`).toEqual(likeAlone);
        if (withIndex.numbers.length > 0) found.add(search);
      }
    }
    // Every search finds something to compare but two: "zzz", and "Ádá", which the index finds in
    // both "ÁDÁM" and "ádám" (it lower-cases every letter) and LIKE in neither (only ASCII letters).
    expect(SEARCHES.filter((search) => !found.has(search))).toEqual(['Ádá', 'zzz']);
  });

  it('is what the routes answer with, and finds nothing of another office', async () => {
    const scope: ListScope = { kind: 'staff', where: ['r.agency = {:agency}'], bind: { agency: purwakartaId } };
    const declared = CASE_LISTS.permohonan as unknown as Parameters<typeof caseListPageQueries>[0];
    for (const search of ['ádá', 'dám', '"ucup"', '100%', 'siti  n']) {
      const query = { ...defaultCaseListQuery(declared), view: 'semua', search };
      const expected = answer(declared, scope, query).numbers;
      expect(expected.length, search).toBeGreaterThan(0);
      expect(numbers(await queue(petugas, `tampil=semua&cari=${encodeURIComponent(search)}`)), search).toEqual(
        expected,
      );
    }
    // Both offices have a "dám": each finds its own (and, as LIKE, not "DÁM": only ASCII letters match either case).
    expect(numbers(await queue(banjarnegara, `tampil=semua&cari=${encodeURIComponent('dám')}`))).toEqual(
      numbersOf(banjarnegaraRequest),
    );
    expect(numbers(await queue(petugas, `tampil=semua&cari=${encodeURIComponent('Banjarnegara')}`))).toEqual([]);
    expect((await inbox(banjarnegara, `tampil=semua&cari=${encodeURIComponent('dám')}`)).items).toEqual([]);
  });
});
