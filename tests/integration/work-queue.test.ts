// The lean work-queue route (GET /api/petugas/antrean) against a real PocketBase: the queue's
// order, filters, search and pages — and, tried as an attacker, that it keeps what the requests
// collection's rules say: staff only, their own office only, nothing but the list's columns, no
// ordering or filtering but the ones offered, every read in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import {
  createOperator,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { WORK_QUEUE_PAGE_SIZE, type WorkQueuePage } from '../../src/domain/work-queue';
import { AUDIT_ACTIONS } from '../../src/domain/audit';

let server: TestPocketBase;
let petugas: StaffAccount;
let kepala: StaffAccount;
let banjarnegara: StaffAccount;
let operator: VillageAccount;
const made: Record<'late' | 'soon' | 'undated' | 'online' | 'finished', RecordModel> = {} as never;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

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

async function queue(account: { pb: { authStore: { token: string } } } | null, query = '') {
  return fetch(`${server.url}/api/petugas/antrean${query ? `?${query}` : ''}`, {
    headers: account ? { Authorization: account.pb.authStore.token } : {},
  });
}

async function page(account: StaffAccount, query = ''): Promise<WorkQueuePage> {
  const response = await queue(account, query);
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

const numbers = (result: WorkQueuePage) => result.items.map((item) => item.number);

beforeAll(async () => {
  server = await startTestPocketBase();
  [petugas, kepala, banjarnegara, operator] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
    createOperator(server, '32.14.06.2006'),
  ]);
  // Rujukan and kedaruratan promise 210 minutes; pengecekan status promises no time.
  made.late = await register('rujukan-ppks-terlantar', 'Siti Aminah', { received_at: hoursAgo(48) });
  made.soon = await register('kedaruratan-ppks', 'Budi Santoso', { received_at: hoursAgo(1) });
  made.undated = await register('pengecekan-status-dtks-bansos', 'Asep Sunandar', { received_at: hoursAgo(72) });
  made.online = await register('surat-keterangan-dtks', 'Neneng Hasanah', {
    channel: 'online',
    received_at: hoursAgo(2),
  });
  made.finished = await register('kedaruratan-ppks', 'Siti Rahayu', { received_at: hoursAgo(30) });
  await kepala.pb
    .collection('request_events')
    .create({ request: made.finished.id, step: 1, status: 'selesai', staff: kepala.id, public_note: 'Selesai.' });
});
afterAll(() => server?.stop());

describe('the work queue', () => {
  it('lists open requests in the queue order: online applications to verify first, then the soonest due, undated last', async () => {
    const result = await page(petugas);
    expect(numbers(result)).toEqual(
      [made.online, made.late, made.soon, made.undated].map((request) => request['number']),
    );
    expect(result).toMatchObject({ page: 1, perPage: WORK_QUEUE_PAGE_SIZE, hasMore: false, openCount: 4 });
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
    const result = await page(petugas, 'tampil=semua');
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
    expect(numbers(await page(petugas, `layanan=${kedaruratan.id}`))).toEqual([made.soon['number']]);
    expect(numbers(await page(petugas, `layanan=${kedaruratan.id}&tampil=semua`))).toEqual([
      made.soon['number'],
      made.finished['number'],
    ]);
    expect(numbers(await page(petugas, 'lewat-waktu=1'))).toEqual([made.late['number']]);
    // The finished one was due long ago too, but a finished request is never late.
    expect(numbers(await page(petugas, 'lewat-waktu=1&tampil=semua'))).toEqual([made.late['number']]);
    const newest = await page(petugas, 'tampil=semua');
    expect(numbers(newest)).toEqual(
      [made.soon, made.online, made.finished, made.late, made.undated].map((request) => request['number']),
    );
    // Counting every finished request would cost what the list saves: only open ones are counted.
    expect(newest.openCount).toBeNull();
  });

  it('finds a request by its number as people type it, also a finished one, and applicants by part of their name', async () => {
    const typed = String(made.finished['number']).toLowerCase().replace(/-/g, ' ');
    expect(numbers(await page(petugas, `cari=${encodeURIComponent(typed)}`))).toEqual([made.finished['number']]);
    expect(numbers(await page(petugas, 'cari=siti'))).toEqual([made.late['number']]);
    expect(numbers(await page(petugas, 'cari=siti&tampil=semua'))).toEqual([
      made.finished['number'],
      made.late['number'],
    ]);
    // LIKE's wildcards are searched for as characters.
    expect((await page(petugas, `cari=${encodeURIComponent('%')}`)).items).toEqual([]);
  });

  it('pages through a long queue fifty at a time', async () => {
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
    const first = await page(petugas);
    expect(first.items).toHaveLength(WORK_QUEUE_PAGE_SIZE);
    expect(first).toMatchObject({ hasMore: true, openCount: 56 });
    const second = await page(petugas, 'halaman=2');
    expect(second.items).toHaveLength(6);
    expect(second.hasMore).toBe(false);
    expect(new Set([...numbers(first), ...numbers(second)]).size).toBe(56);
  });
});

describe('the work queue, tried as an attacker', () => {
  it('answers nobody without a staff session', async () => {
    expect((await queue(null)).status).toBe(401);
    expect([401, 403]).toContain((await queue(operator)).status);
  });

  it('shows another office nothing of this one, whatever it asks for', async () => {
    const rujukan = await serviceBySlug(server, 'rujukan-ppks-terlantar');
    expect((await page(banjarnegara)).items).toEqual([]);
    expect((await page(banjarnegara, `layanan=${rujukan.id}&tampil=semua`)).items).toEqual([]);
    expect((await page(banjarnegara, `cari=${encodeURIComponent(String(made.late['number']))}`)).items).toEqual([]);
    expect((await page(banjarnegara, 'cari=siti&tampil=semua')).items).toEqual([]);
    // PocketBase's list parameters are not this route's: they neither widen nor reorder it.
    expect(
      (await page(banjarnegara, `filter=${encodeURIComponent('id != ""')}&expand=agency&sort=-public_status`)).items,
    ).toEqual([]);
    expect(numbers(await page(petugas, 'sort=-applicant_name&perPage=1'))).toEqual(numbers(await page(petugas)));
  });

  it('refuses orders and filters it does not offer', async () => {
    for (const query of [
      'tampil=public_status',
      'tampil=applicant_phone',
      `layanan=${encodeURIComponent("x' OR 1=1 --")}`,
      'halaman=0',
      'halaman=-1',
      'halaman=1e3',
      'lewat-waktu=ya',
      'lewat-waktu=true',
    ]) {
      const response = await queue(petugas, query);
      expect(response.status, query).toBe(400);
    }
  });

  it('writes every list read into the audit trail', async () => {
    await page(petugas, 'cari=Budi');
    const entries = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('actor_id = {:id} && action = {:action}', {
        id: petugas.id,
        action: AUDIT_ACTIONS['lihat-daftar-permohonan'],
      }),
      sort: '-seq',
    });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]).toMatchObject({ target_label: '1 data' });
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
