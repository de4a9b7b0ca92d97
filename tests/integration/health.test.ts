// The readiness route an uptime checker calls, the backup service's reports, and the kepala
// bidang's daily summary (pb_hooks/health.pb.js, pb_hooks/daily_summary.pb.js).
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfOfficeDay } from '../../src/domain/daily-summary';
import {
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';

const DAY = 24 * 3600 * 1000;

/** A GET from a chosen local address, with optional headers. */
function getFrom(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { localAddress, headers }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    })
      .on('error', reject)
      .end();
  });
}

const report = (server: TestPocketBase, copy: string) =>
  fetch(`${server.url}/api/layanan/cadangan/detak?salinan=${copy}`);
const readiness = async (server: TestPocketBase) => {
  const response = await fetch(`${server.url}/api/layanan/siap`);
  return { status: response.status, body: await response.json() };
};

describe('readiness', () => {
  it('is ready when the database, the site and the disk are fine, and says which is not', async () => {
    const server = await startTestPocketBase();
    const ill = await startTestPocketBase({ env: { LAYANAN_MIN_FREE_DISK_MB: String(1024 * 1024 * 1024) } });
    try {
      const ready = await readiness(server);
      expect(ready).toEqual({
        status: 200,
        body: { status: 'siap', checks: { database: 'ok', site: 'ok', disk: 'ok', uploads: 'ok' } },
      });
      const full = await readiness(ill);
      expect(full.status).toBe(503);
      expect(full.body.checks).toMatchObject({
        database: 'ok',
        site: 'ok',
        disk: expect.stringMatching(
          /^sisa ruang disk \d+ MB, di bawah batas 1073741824 MB: kiriman berkas baru ditolak$/,
        ),
      });
    } finally {
      await Promise.all([server.stop(), ill.stop()]);
    }
  });

  it('where backups are monitored, is not ready once a copy stops reporting, and only this machine may report', async () => {
    // 0.05 minutes: three seconds without a report is "late" here.
    const server = await startTestPocketBase({ env: { LAYANAN_BACKUP_MAX_AGE_MINUTES: '0.05' } });
    try {
      expect((await readiness(server)).body.checks.backup).toBe('ok');
      await new Promise((resolve) => setTimeout(resolve, 3500));
      const late = await readiness(server);
      expect(late.status).toBe(503);
      expect(late.body.checks.backup).toBe('salinan terlambat: Basis data (disalin terus-menerus), Dokumen unggahan');

      // Reports through a proxy, or from another address, are not the backup service's.
      expect(
        await getFrom(`${server.url}/api/layanan/cadangan/detak?salinan=berkas`, '127.0.0.1', {
          'X-Forwarded-For': '203.0.113.9',
        }),
      ).toBe(404);
      expect(await getFrom(`${server.url}/api/layanan/cadangan/detak?salinan=berkas`, '127.0.0.2')).toBe(404);
      expect((await report(server, 'semuanya')).status).toBe(400);
      expect((await readiness(server)).status).toBe(503);

      expect((await report(server, 'basis-data')).status).toBe(204);
      expect((await report(server, 'berkas')).status).toBe(204);
      expect(await readiness(server)).toEqual({
        status: 200,
        body: { status: 'siap', checks: { database: 'ok', site: 'ok', disk: 'ok', uploads: 'ok', backup: 'ok' } },
      });
    } finally {
      await server.stop();
    }
  });
});

describe('daily summary', () => {
  let server: TestPocketBase;
  let kepala: StaffAccount;
  let petugas: StaffAccount;
  beforeAll(async () => {
    server = await startTestPocketBase({
      env: { LAYANAN_BACKUP_MAX_AGE_MINUTES: '10', LAYANAN_BACKUP_CRON: '0 19 * * *' },
    });
    [kepala, petugas] = await Promise.all([
      createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
      createStaff(server, 'dinsos-p3a-purwakarta'),
    ]);
  });
  afterAll(() => server?.stop());

  const register = async (slug: string, receivedAt: Date) => {
    const service = await serviceBySlug(server, slug);
    return server.admin.collection('requests').create({
      service: service.id,
      agency: service['agency'],
      applicant_name: 'Nama Tidak Tampil',
      applicant_phone: '0812-1111-2222',
      received_at: receivedAt.toISOString(),
    });
  };

  it("lists the office's open requests past their promised time, oldest first, without applicants' names", async () => {
    const now = Date.now();
    const oldest = await register('rujukan-ppks-terlantar', new Date(now - 60 * DAY));
    const older = await register('kedaruratan-ppks', new Date(now - 30 * DAY));
    const finished = await register('kedaruratan-ppks', new Date(now - 30 * DAY));
    await server.admin.collection('request_events').create({
      request: finished.id,
      step: 1,
      status: 'ditolak',
      public_note: 'Tidak memenuhi syarat.',
      staff: petugas.id,
    });
    const onTime = await register('kedaruratan-ppks', new Date(now));
    // Banjarnegara's, three months promised, four months ago.
    const elsewhere = await register('santunan-anak-terlantar', new Date(now - 120 * DAY));

    const response = await fetch(`${server.url}/api/petugas/ringkasan`, {
      headers: { Authorization: kepala.pb.authStore.token },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const summary = await response.json();
    const numbers = summary.requests.pastDue.map((item: { number: string }) => item.number);
    expect(numbers).toEqual([oldest['number'], older['number']]);
    expect(numbers).not.toContain(onTime['number']);
    expect(numbers).not.toContain(elsewhere['number']);
    expect(summary.requests.open).toBe(3);
    expect(summary.requests.dueToday).toBe(new Date(onTime['due_at']) < endOfOfficeDay(new Date()) ? 1 : 0);
    expect(summary.requests.pastDue[0]).toEqual({
      id: oldest.id,
      number: oldest['number'],
      title: expect.any(String),
      dueAt: new Date(oldest['due_at']).toISOString(),
      progress: expect.stringMatching(/^langkah 1 dari \d+$/),
    });
    expect(JSON.stringify(summary)).not.toContain('Nama Tidak Tampil');
    expect(summary.complaints).toEqual({ open: 0, pastDeadline: [] });

    const audit = await kepala.pb.collection('audit_log').getFullList({ filter: `actor_id = "${kepala.id}"` });
    expect(audit.map((entry) => entry['action'])).toContain(
      'membuka ringkasan harian (permohonan dan pengaduan lewat waktu)',
    );
  });

  it('lists complaints waiting past their verification or answer deadline, oldest first, without the complainant', async () => {
    const complain = async (agencySlug: string, receivedAt: string, serviceSlug?: string) => {
      const agency = await server.admin.collection('agencies').getFirstListItem(`slug = "${agencySlug}"`);
      return server.admin.collection('complaints').create({
        agency: agency.id,
        service: serviceSlug ? (await serviceBySlug(server, serviceSlug)).id : '',
        kind: 'pengaduan',
        identity: 'biasa',
        description: 'Diminta biaya di loket.',
        reply_channel: 'telepon',
        complainant_name: 'Pelapor Tidak Tampil',
        complainant_phone: '0896-4410-2287',
        status_verifier: '2287',
        idempotency_key: randomUUID(),
        received_at: receivedAt,
      });
    };
    // Received Thu 19 Mar 2026 (Nyepi) 10:00 WIB: to be verified by Fri 27 Mar (tests/unit/working-days.test.ts).
    const unverified = await complain('dinsos-p3a-purwakarta', '2026-03-19T03:00:00Z', 'kedaruratan-ppks');
    // Verified Fri 27 Mar: to be answered by Mon 6 Apr — and passed to a unit, still unanswered.
    const unanswered = await complain('dinsos-p3a-purwakarta', '2026-03-20T03:00:00Z');
    await server.admin
      .collection('complaint_events')
      .create({ complaint: unanswered.id, status: 'diverifikasi', at: '2026-03-27T03:00:00Z' });
    await server.admin.collection('complaint_events').create({
      complaint: unanswered.id,
      status: 'didisposisikan',
      unit: 'Bidang Rehabilitasi Sosial',
      at: '2026-03-30T03:00:00Z',
    });
    const answered = await complain('dinsos-p3a-purwakarta', '2026-03-19T03:00:00Z');
    await server.admin
      .collection('complaint_events')
      .create({ complaint: answered.id, status: 'diverifikasi', at: '2026-03-20T03:00:00Z' });
    await server.admin.collection('complaint_events').create({
      complaint: answered.id,
      status: 'dijawab',
      public_note: 'Biaya tidak dipungut.',
      at: '2026-03-23T03:00:00Z',
    });
    const fresh = await complain('dinsos-p3a-purwakarta', new Date().toISOString());
    const elsewhere = await complain('dinsos-pppa-banjarnegara', '2026-03-19T03:00:00Z');

    const summary = await (
      await fetch(`${server.url}/api/petugas/ringkasan`, { headers: { Authorization: kepala.pb.authStore.token } })
    ).json();
    expect(summary.complaints.pastDeadline).toEqual([
      {
        id: unverified.id,
        number: unverified['number'],
        title: 'Pengaduan — Layanan Kedaruratan bagi PPKS',
        dueAt: '2026-03-27T03:00:00.000Z',
        progress: 'Diterima, langkah 1 dari 5',
      },
      {
        id: unanswered.id,
        number: unanswered['number'],
        title: 'Pengaduan',
        dueAt: '2026-04-06T03:00:00.000Z',
        progress: 'Diteruskan ke unit, langkah 3 dari 5',
      },
    ]);
    expect(summary.complaints.open).toBe(3);
    const numbers = JSON.stringify(summary.complaints);
    for (const other of [answered, fresh, elsewhere]) expect(numbers).not.toContain(other['number']);
    expect(JSON.stringify(summary)).not.toContain('Pelapor Tidak Tampil');
  });

  it('says how old each backup is', async () => {
    await report(server, 'basis-data');
    await server.admin.backups.create('manual.zip');
    const summary = await (
      await fetch(`${server.url}/api/petugas/ringkasan`, { headers: { Authorization: kepala.pb.authStore.token } })
    ).json();
    expect(summary.backups).toEqual([
      {
        copy: 'basis-data',
        label: 'Basis data (disalin terus-menerus)',
        lastAt: expect.any(String),
        freshness: 'baik',
      },
      { copy: 'berkas', label: 'Dokumen unggahan', lastAt: null, freshness: 'menunggu' },
      { copy: 'arsip', label: 'Arsip zip terjadwal (1 disimpan)', lastAt: expect.any(String), freshness: 'baik' },
    ]);
    expect(Date.now() - Date.parse(summary.backups[0].lastAt)).toBeLessThan(60_000);
  });

  it('is for a kepala bidang only', async () => {
    const response = await fetch(`${server.url}/api/petugas/ringkasan`, {
      headers: { Authorization: petugas.pb.authStore.token },
    });
    expect(response.status).toBe(403);
    expect((await fetch(`${server.url}/api/petugas/ringkasan`)).status).toBe(401);
  });
});
