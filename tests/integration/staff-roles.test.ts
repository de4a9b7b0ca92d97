// The staff workspace's rules against a real PocketBase: each role does exactly what it should,
// the audit trail cannot be altered, other offices see nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import {
  client,
  createOperator,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';

let server: TestPocketBase;
let petugas: StaffAccount;
let kepala: StaffAccount;
let kepalaBanjarnegara: StaffAccount;
let operator: VillageAccount;
let request: RecordModel;
let proposal: RecordModel;

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error) => error.status as number,
  );

beforeAll(async () => {
  server = await startTestPocketBase();
  petugas = await createStaff(server, 'dinsos-p3a-purwakarta', 'petugas');
  kepala = await createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang');
  kepalaBanjarnegara = await createStaff(server, 'dinsos-pppa-banjarnegara', 'kepala_bidang');
  operator = await createOperator(server, '32.14.04.2009');
  const service = await serviceBySlug(server, 'rujukan-ppks-terlantar');
  request = await petugas.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Siti Aminah',
    applicant_phone: '0812-2044-3187',
    requirements_checked: ['Informasi Rekam Data Kependudukan/Identitas Kependudukan', 'Surat Rekomendasi Rujukan'],
    intake_note: 'KK asli dibawa.',
  });
  proposal = await operator.pb.collection('proposals').create(await proposalForm(operator.placeId));
});
afterAll(() => server?.stop());

const advance = (
  staff: StaffAccount,
  step: number,
  eventStatus: string,
  notes: { public_note?: string; internal_note?: string } = {},
) =>
  staff.pb
    .collection('request_events')
    .create({ request: request.id, step, status: eventStatus, staff: staff.id, ...notes });
const decide = (staff: StaffAccount, proposalStatus: string) =>
  staff.pb
    .collection('proposal_events')
    .create({ proposal: proposal.id, status: proposalStatus, public_note: `Status ${proposalStatus}.` });

describe('requests', () => {
  it('a petugas registers and advances, but cannot complete or reject', async () => {
    expect(request['requirements_checked']).toEqual([
      'Informasi Rekam Data Kependudukan/Identitas Kependudukan',
      'Surat Rekomendasi Rujukan',
    ]);
    expect(
      await status(
        advance(petugas, 2, 'diproses', { public_note: 'Sedang dicek.', internal_note: 'NIK cocok dengan DTKS.' }),
      ),
    ).toBe(200);
    expect(await status(advance(petugas, 2, 'selesai'))).toBe(400);
    expect(await status(advance(petugas, 2, 'ditolak'))).toBe(400);
  });

  it('a petugas finishes a service content gives to the counter, but still cannot refuse it', async () => {
    // content/services/surat-keterangan-dtks.md: completedBy: petugas.
    const service = await serviceBySlug(server, 'surat-keterangan-dtks');
    expect(service['completed_by']).toBe('petugas');
    const counter = await petugas.pb.collection('requests').create({
      service: service.id,
      agency: service['agency'],
      applicant_name: 'Dedi',
      applicant_phone: '0812-2044-5521',
    });
    const record = (eventStatus: string) =>
      petugas.pb
        .collection('request_events')
        .create({ request: counter.id, step: 1, status: eventStatus, staff: petugas.id });
    expect(await status(record('ditolak'))).toBe(400);
    expect(await status(record('selesai'))).toBe(200);
    expect((await petugas.pb.collection('requests').getOne(counter.id))['status']).toBe('selesai');
    // Rujukan PPKS (this file's request) is the kepala bidang's to finish.
    expect((await serviceBySlug(server, 'rujukan-ppks-terlantar'))['completed_by']).toBe('kepala_bidang');
  });

  it('a kepala bidang completes', async () => {
    expect(await status(advance(kepala, 2, 'selesai', { public_note: 'Hasil pengecekan disampaikan.' }))).toBe(200);
    expect((await petugas.pb.collection('requests').getOne(request.id))['status']).toBe('selesai');
  });

  it('internal notes never reach the public status page', async () => {
    const response = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: request['number'], verifier: '3187' }),
    });
    const text = await response.text();
    expect(text).toContain('Sedang dicek.');
    expect(text).not.toContain('NIK cocok');
    expect(text).not.toContain('KK asli dibawa');
  });
});

describe('proposals', () => {
  it('a petugas verifies, only a kepala bidang approves or rejects, and nobody types the logistics as sent', async () => {
    expect(await status(decide(petugas, 'diverifikasi'))).toBe(200);
    expect(await status(decide(petugas, 'disetujui'))).toBe(400);
    expect(await status(decide(petugas, 'ditolak'))).toBe(400);
    expect(await status(decide(kepala, 'disetujui'))).toBe(200);
    expect(await status(decide(petugas, 'dikirim'))).toBe(400);
    expect(await status(decide(kepala, 'dikirim'))).toBe(400);
  });

  it('the village does not read the office’s internal notes', async () => {
    expect(await operator.pb.collection('proposal_events').getFullList()).toEqual([]);
  });

  it('staff of another office see nothing', async () => {
    expect(await kepalaBanjarnegara.pb.collection('proposals').getFullList()).toEqual([]);
    expect(await kepalaBanjarnegara.pb.collection('requests').getFullList()).toEqual([]);
    expect(await status(decide(kepalaBanjarnegara, 'ditolak'))).toBe(400);
  });
});

describe('audit trail', () => {
  it('records who did what to which request or proposal', async () => {
    const entries = await kepala.pb.collection('audit_log').getFullList({ sort: 'created' });
    const lines = entries.map((entry) => `${entry['actor_name']}: ${entry['action']} ${entry['target_label']}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        `Petugas dinsos-p3a-purwakarta: mendaftarkan permohonan ${request['number']}`,
        `Operator Anjun: mengirim usulan logistik ${proposal['number']}`,
        `Petugas dinsos-p3a-purwakarta: mencatat langkah permohonan ${request['number']}`,
        `Petugas dinsos-p3a-purwakarta: mengubah status usulan ${proposal['number']}`,
      ]),
    );
    expect(entries.some((entry) => entry['action'] === 'masuk' && entry['actor_id'] === petugas.id)).toBe(true);
  });

  it('nobody can write, change or delete it — not even a kepala bidang', async () => {
    const {
      items: [target],
    } = await kepala.pb.collection('audit_log').getList(1, 1);
    if (!target) throw new Error('no audit entry');
    expect(await status(kepala.pb.collection('audit_log').update(target.id, { action: 'diubah' }))).toBe(403);
    expect(await status(kepala.pb.collection('audit_log').delete(target.id))).toBe(403);
    expect(await status(kepala.pb.collection('audit_log').create({ action: 'palsu', actor_type: 'staff' }))).toBe(403);
    expect(await status(petugas.pb.collection('audit_log').update(target.id, { action: 'diubah' }))).toBe(403);
  });

  it('is read by the office’s kepala bidang only', async () => {
    expect((await petugas.pb.collection('audit_log').getList()).totalItems).toBe(0);
    expect(
      (await kepalaBanjarnegara.pb.collection('audit_log').getList()).items.every(
        (entry) => entry['agency'] !== request['agency'],
      ),
    ).toBe(true);
    expect((await client(server.url).collection('audit_log').getList()).totalItems).toBe(0);
    expect((await operator.pb.collection('audit_log').getList()).totalItems).toBe(0);
  });
});

describe('report', () => {
  const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  const report = (staff: StaffAccount, query: string) =>
    fetch(`${server.url}/api/petugas/laporan?${query}`, { headers: { Authorization: staff.pb.authStore.token } });

  it('gives a kepala bidang the evaluation figures per service and month, also as CSV', async () => {
    const response = await report(kepala, `dari=${month}&sampai=${month}`);
    expect(response.status).toBe(200);
    const { rows } = await response.json();
    expect(rows).toContainEqual(
      expect.objectContaining({
        month,
        service: 'Layanan Rujukan Bagi PPKS Terlantar',
        received: 1,
        completed: 1,
        onTime: 1,
        onTimeShare: 1,
        averageMinutes: 0,
      }),
    );
    const bytes = Buffer.from(await (await report(kepala, `dari=${month}&sampai=${month}&format=csv`)).arrayBuffer());
    // A byte-order mark, so that spreadsheet programs read the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '"Bulan","Layanan","Diterima","Selesai","Selesai tepat waktu","Ditolak","Persen tepat waktu","Rata-rata waktu penyelesaian (menit)"',
    );
    expect(csv).toContain(`"${month}","Layanan Rujukan Bagi PPKS Terlantar","1","1","1","0","100","0"`);
  });

  it('says a service whose standard promises no completion time has nothing to be on time for, never "0 tepat waktu"', async () => {
    const service = await serviceBySlug(server, 'pengecekan-status-dtks-bansos');
    expect(service['completion_amount']).toBe(0);
    const unpromised = await petugas.pb.collection('requests').create({
      service: service.id,
      agency: service['agency'],
      applicant_name: 'Ujang',
      applicant_phone: '0812-2044-9911',
    });
    await kepala.pb
      .collection('request_events')
      .create({ request: unpromised.id, step: 1, status: 'selesai', staff: kepala.id });
    const { rows } = await (await report(kepala, `dari=${month}&sampai=${month}`)).json();
    expect(rows).toContainEqual(
      expect.objectContaining({
        month,
        service: service['title'],
        completed: 1,
        promisesCompletionTime: false,
        onTime: null,
        onTimeShare: null,
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        service: 'Layanan Rujukan Bagi PPKS Terlantar',
        promisesCompletionTime: true,
        onTime: 1,
      }),
    );
    const csv = await (await report(kepala, `dari=${month}&sampai=${month}&format=csv`)).text();
    expect(csv).toContain(
      `"${month}","${service['title']}","1","1","tidak ada waktu penyelesaian yang dijanjikan","0","",`,
    );
  });

  it('counts a request in the office-local month it was received, at the edges of the months too', async () => {
    const service = await serviceBySlug(server, 'kedaruratan-ppks');
    // 23:59 WIB on 30 June and 00:00 WIB on 1 July, 31 December 23:59 WIB and 1 January 00:00 WIB.
    for (const receivedAt of [
      '2025-06-30T16:59:00.000Z',
      '2025-06-30T17:00:00.000Z',
      '2025-12-31T16:59:59.000Z',
      '2025-12-31T17:00:00.000Z',
    ]) {
      await server.admin.collection('requests').create({
        service: service.id,
        agency: service['agency'],
        applicant_name: 'Uji Batas Bulan',
        applicant_phone: '0812-3000-4000',
        received_at: receivedAt,
      });
    }
    const counted = async (from: string, to: string) => {
      const { rows } = await (await report(kepala, `dari=${from}&sampai=${to}`)).json();
      return Object.fromEntries(rows.map((row: { month: string; received: number }) => [row.month, row.received]));
    };
    expect(await counted('2025-06', '2025-07')).toEqual({ '2025-06': 1, '2025-07': 1 });
    expect(await counted('2025-07', '2025-12')).toEqual({ '2025-07': 1, '2025-12': 1 });
    expect(await counted('2026-01', '2026-01')).toEqual({ '2026-01': 1 });
  });

  it('keeps its month figures equal to the requests as they are registered, finished, rejected, moved and deleted', async () => {
    const service = await serviceBySlug(server, 'kedaruratan-ppks');
    // March and April 2024: months no other test uses.
    const register = (receivedAt: string) =>
      server.admin.collection('requests').create({
        service: service.id,
        agency: service['agency'],
        applicant_name: 'Uji Angka Bulan',
        applicant_phone: '0812-3000-5000',
        received_at: receivedAt,
      });
    const finished = await register('2024-03-05T03:00:00.000Z');
    const rejected = await register('2024-03-06T03:00:00.000Z');
    const deleted = await register('2024-03-07T03:00:00.000Z');
    const moved = await register('2024-03-08T03:00:00.000Z');
    await kepala.pb
      .collection('request_events')
      .create({ request: finished.id, step: 1, status: 'selesai', staff: kepala.id });
    await kepala.pb.collection('request_events').create({
      request: rejected.id,
      step: 1,
      status: 'ditolak',
      public_note: 'Tidak memenuhi syarat.',
      staff: kepala.id,
    });
    await server.admin.collection('requests').delete(deleted.id);
    await server.admin.collection('requests').update(moved.id, { received_at: '2024-04-02T03:00:00.000Z' });
    const { rows } = await (await report(kepala, 'dari=2024-03&sampai=2024-04')).json();
    // Finished now, two years after its promised 210 minutes: completed, not on time.
    expect(rows).toEqual([
      expect.objectContaining({
        month: '2024-03',
        service: service['title'],
        received: 2,
        completed: 1,
        onTime: 0,
        rejected: 1,
      }),
      expect.objectContaining({
        month: '2024-04',
        service: service['title'],
        received: 1,
        completed: 0,
        onTime: 0,
        rejected: 0,
        averageMinutes: null,
      }),
    ]);
    // The figures are a plain table: no API route reaches them, for staff or anyone else.
    for (const headers of [{ Authorization: kepala.pb.authStore.token }, {}] as Record<string, string>[]) {
      expect((await fetch(`${server.url}/api/collections/request_month_figures/records`, { headers })).status).toBe(
        404,
      );
    }
    const filtered = await kepala.pb
      .collection('requests')
      .getList(1, 1, { filter: 'request_month_figures.received > 0' })
      .then(
        () => 200,
        (error) => error.status,
      );
    expect(filtered).toBe(400);
  });

  it('is refused to a petugas and explains a bad period', async () => {
    expect((await report(petugas, `dari=${month}&sampai=${month}`)).status).toBe(403);
    const bad = await report(kepala, 'dari=2026-13&sampai=2026-01');
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain('Isi bulan awal dan akhir');
  });
});

it('"Keluar" ends every session of the account, on every device', async () => {
  const other = await createStaff(server, 'dinsos-p3a-purwakarta');
  const secondDevice = client(server.url);
  await secondDevice.collection('staff').authWithPassword(other.email, other.password);
  const response = await fetch(`${server.url}/api/akun/keluar`, {
    method: 'POST',
    headers: { Authorization: other.pb.authStore.token },
  });
  expect(response.status).toBe(204);
  expect(await status(secondDevice.collection('staff').authRefresh())).toBe(401);
  expect(await status(other.pb.collection('staff').authRefresh())).toBe(401);
});
