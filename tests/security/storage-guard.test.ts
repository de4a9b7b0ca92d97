// Filling the server's disk, tried as an attacker: applications with large documents from many
// addresses (a per-address limit does not stop that), then with the disk nearly full; and spam
// nobody at the office ever looks at, which must not keep its documents on disk for months.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES, UNVERIFIED_APPLICATION_DAYS } from '../../src/domain/storage-guard';
import {
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { submissionProof } from '../support/proof-of-work';
import { pdfDocument, proposalForm } from '../support/proposal-form';

/** A photo of about 470 KB: noise does not compress. */
async function noisyPhoto(): Promise<Blob> {
  const picture = sharp({
    create: {
      width: 700,
      height: 700,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  });
  return new Blob([new Uint8Array(await picture.jpeg({ quality: 95 }).toBuffer())], { type: 'image/jpeg' });
}

/** An anonymous complaint, with a photo or without. */
async function complain(server: TestPocketBase, photo: Blob | null) {
  const key = randomUUID();
  const form = new FormData();
  const fields = {
    idempotency_key: key,
    kind: 'saran',
    identity: 'anonim',
    agency: 'dinsos-p3a-purwakarta',
    description: 'Ruang tunggu perlu kipas angin.',
    verifier_digits: '2468',
    reply_channel: 'halaman-status',
    consent: 'ya',
    proof: JSON.stringify(await submissionProof(server.url, key, 'pengaduan')),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (photo) form.append('photo', photo, 'foto.jpg');
  return (await fetch(`${server.url}/api/pengaduan/kirim`, { method: 'POST', body: form })).status;
}

/** An online application with two documents of about `kilobytes` each, from `address`. */
async function apply(server: TestPocketBase, address: string, kilobytes = 400) {
  const key = randomUUID();
  const form = new FormData();
  const fields = {
    service: 'surat-keterangan-dtks',
    idempotency_key: key,
    applicant_name: 'Pengirim Otomatis',
    applicant_phone: '0812-0000-1111',
    statements: JSON.stringify({ 'syarat-2': 'Untuk keperluan sekolah anak.' }),
    document_requirements: JSON.stringify(['syarat-0', 'syarat-1']),
    consent: 'ya',
    proof: JSON.stringify(await submissionProof(server.url, key)),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const requirement of ['ktp', 'kk'])
    form.append('documents', pdfDocument('x'.repeat(kilobytes * 1024)), `${requirement}.pdf`);
  const response = await fetch(`${server.url}/api/layanan/ajukan`, {
    method: 'POST',
    body: form,
    headers: { 'X-Forwarded-For': address },
  });
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get('Retry-After') };
}

const readiness = async (server: TestPocketBase) => {
  const response = await fetch(`${server.url}/api/layanan/siap`);
  return { status: response.status, body: await response.json() };
};

describe('the daily budget of uploads without an account', () => {
  let server: TestPocketBase;
  let operator: VillageAccount;
  beforeAll(async () => {
    server = await startTestPocketBase({
      env: { LAYANAN_UNVERIFIED_UPLOAD_MB_PER_DAY: '2', LAYANAN_TRUSTED_PROXY_HEADER: 'X-Forwarded-For' },
    });
    operator = await createOperator(server, '32.14.06.2006');
  });
  afterAll(() => server?.stop());

  it('stops a flood from many addresses once the whole server has taken it, says so, and keeps taking accounts’ uploads', async () => {
    // 0.8 MB each: two fit in 2 MB, the third does not — whichever address it comes from.
    expect((await apply(server, '198.51.100.1')).status).toBe(200);
    expect((await apply(server, '198.51.100.2')).status).toBe(200);
    const refused = await apply(server, '198.51.100.3');
    expect(refused.status).toBe(503);
    expect(refused.body.message).toBe(STORAGE_MESSAGES['daily-budget']);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    // A complaint's photo is an upload without an account too; a complaint without one still goes in.
    expect(await complain(server, await noisyPhoto())).toBe(503);
    expect(await complain(server, null)).toBe(200);
    const ready = await readiness(server);
    expect(ready.status).toBe(503);
    expect(ready.body.checks.uploads).toContain('kiriman baru ditolak sampai besok');
    // A village operator is an account the office made: its proposal still goes in.
    await expect(
      operator.pb.collection('proposals').create(await proposalForm(operator.placeId)),
    ).resolves.toHaveProperty('number');
  });
});

describe('the free-disk watermark', () => {
  let server: TestPocketBase;
  let operator: VillageAccount;
  beforeAll(async () => {
    // More free space asked for than any disk has: the disk is "below the watermark".
    server = await startTestPocketBase({ env: { LAYANAN_MIN_FREE_DISK_MB: '1000000000' } });
    operator = await createOperator(server, '32.14.06.2006');
  });
  afterAll(() => server?.stop());

  it('refuses every new upload, accounts’ included, with a message that says what happens to the form; readiness says why', async () => {
    const refused = await apply(server, '198.51.100.9', 10);
    expect(refused.status).toBe(503);
    expect(refused.body.message).toBe(STORAGE_MESSAGES.disk);
    await expect(
      operator.pb.collection('proposals').create(await proposalForm(operator.placeId)),
    ).rejects.toMatchObject({
      status: 503,
      message: STORAGE_MESSAGES.disk,
    });
    const ready = await readiness(server);
    expect(ready.status).toBe(503);
    expect(ready.body.checks.disk).toContain('kiriman berkas baru ditolak');
  });
});

describe(`an online application nobody acts on for ${UNVERIFIED_APPLICATION_DAYS} days`, () => {
  let server: TestPocketBase;
  let petugas: StaffAccount;
  beforeAll(async () => {
    server = await startTestPocketBase();
    petugas = await createStaff(server, 'dinsos-p3a-purwakarta');
  });
  afterAll(() => server?.stop());

  it('is closed and its documents deleted, which its status page says; a recent one waits on', async () => {
    const [old, recent] = [await apply(server, '198.51.100.20', 5), await apply(server, '198.51.100.21', 5)];
    const record = await server.admin
      .collection('requests')
      .getFirstListItem(server.admin.filter('number = {:n}', { n: old.body.number }));
    const files = record['documents'] as string[];
    // Sent 31 days ago, nothing since.
    const monthAgo = new Date(Date.now() - (UNVERIFIED_APPLICATION_DAYS + 1) * 24 * 3600 * 1000).toISOString();
    await server.admin.collection('requests').update(record.id, { received_at: monthAgo });
    for (const event of await server.admin
      .collection('request_events')
      .getFullList({ filter: `request = "${record.id}"` }))
      await server.admin.collection('request_events').update(event.id, { at: monthAgo });

    await server.admin.crons.run('bersih-bersih');
    const closedRecord = async () => server.admin.collection('requests').getOne(record.id);
    for (let waited = 0; waited < 10_000 && (await closedRecord())['status'] !== 'ditolak'; waited += 200)
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await closedRecord()).toMatchObject({ status: 'ditolak', documents: [] });
    const token = await petugas.pb.files.getToken();
    for (const file of files) expect((await fetch(petugas.pb.files.getURL(record, file, { token }))).status).toBe(404);

    const status = await (
      await fetch(`${server.url}/api/layanan/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ number: old.body.number, verifier: '1111' }),
      })
    ).json();
    expect(JSON.stringify(status)).toContain(
      `Ditutup otomatis: tidak ada tindak lanjut selama ${UNVERIFIED_APPLICATION_DAYS} hari`,
    );
    expect(status.documents.deletedAt).toEqual(expect.any(String));
    const stillWaiting = await server.admin
      .collection('requests')
      .getFirstListItem(server.admin.filter('number = {:n}', { n: recent.body.number }));
    expect(stillWaiting).toMatchObject({ status: 'menunggu-verifikasi' });
    expect(stillWaiting['documents']).toHaveLength(2);
  });
});
