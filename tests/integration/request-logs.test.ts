// PocketBase's request log grows about 3 KB an API request. Residents' status lookups are the most
// frequent by far, and an answered one tells an office nothing: only lookups that fail are logged,
// unless the deployment asks for every one (LAYANAN_LOG_STATUS_LOOKUPS=1). Staff work is logged as before.
// What is logged is the route, not the person (src/domain/request-log.ts): tried here as someone
// with the log database in hand, looking for a resident a staff member searched for, a document's
// file token, and the device that sent an anonymous complaint.
import { randomUUID } from 'node:crypto';
import type { LogModel } from 'pocketbase';
import { afterEach, describe, expect, it } from 'vitest';
import { createStaff, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';
import { jpegPhoto } from '../support/proposal-form';
import { submissionProof } from '../support/proof-of-work';

let server: TestPocketBase | undefined;
afterEach(() => server?.stop());

const lookUp = (url: string, body: string) =>
  fetch(`${url}/api/layanan/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

/** The log's API entries once PocketBase has written `awaited` (it writes in batches, every 3 s). */
async function logsOnceWritten(running: TestPocketBase, awaited: (lines: string[]) => boolean): Promise<LogModel[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const logs = await running.admin.logs.getList(1, 500, { sort: '-created', filter: 'data.url ~ "/api/"' });
    if (awaited(logs.items.map(line)) || Date.now() > deadline) return logs.items;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
const line = (log: LogModel) =>
  `${log.data['method']} ${String(log.data['url']).replace(/\?.*/, '')} ${log.data['status']}`;

/** An answered lookup, a failed one and a staff request; then the log. */
async function logAfterTraffic(running: TestPocketBase): Promise<string[]> {
  const staff = await createStaff(running, 'dinsos-p3a-purwakarta');
  expect((await lookUp(running.url, JSON.stringify({ number: 'PWK-7KX3-Q9MD-8', verifier: '1234' }))).status).toBe(404);
  expect((await lookUp(running.url, '{')).status).toBe(400);
  await staff.pb.collection('requests').getList(1, 1);
  return (await logsOnceWritten(running, (lines) => lines.includes('GET /api/collections/requests/records 200'))).map(
    line,
  );
}

describe('request logs', () => {
  it('keep staff work and failed lookups, not each answered lookup', async () => {
    server = await startTestPocketBase();
    const logged = await logAfterTraffic(server);
    expect(logged).toContain('GET /api/collections/requests/records 200');
    // PocketBase logs a failure before its status is written: 0.
    expect(logged).toContain('POST /api/layanan/status 0');
    expect(logged).not.toContain('POST /api/layanan/status 404');
  });

  it('keep every lookup when the deployment asks for them', async () => {
    server = await startTestPocketBase({ env: { LAYANAN_LOG_STATUS_LOOKUPS: '1' } });
    expect(await logAfterTraffic(server)).toContain('POST /api/layanan/status 404');
  });

  it('name the route, never a resident searched for, a file token, or the device of an anonymous complaint', async () => {
    server = await startTestPocketBase();
    const running = server;
    const staff = await createStaff(running, 'dinsos-p3a-purwakarta');
    const device = {
      'User-Agent': 'PonselPelaporAnonim/1.0',
      Referer: `${running.url}/pengaduan/?kantor=rahasia-saya`,
    };

    // An anonymous complaint with a photo, from a phone that names itself.
    const key = randomUUID();
    const proof = await submissionProof(running.url, key, 'pengaduan');
    const form = new FormData();
    const fields = {
      idempotency_key: key,
      kind: 'pengaduan',
      identity: 'anonim',
      agency: 'dinsos-p3a-purwakarta',
      description: 'Petugas loket meminta uang untuk surat keterangan.',
      verifier_digits: '4471',
      reply_channel: 'halaman-status',
      consent: 'ya',
      proof: JSON.stringify(proof),
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('photo', await jpegPhoto(), 'foto.jpg');
    const sent = await fetch(`${running.url}/api/pengaduan/kirim`, { method: 'POST', body: form, headers: device });
    expect(sent.status).toBe(200);
    // A failed counter rating and a failed lookup from the same phone.
    await fetch(`${running.url}/api/layanan/survei/loket`, { method: 'POST', headers: device, body: '{}' });
    await fetch(`${running.url}/api/layanan/status`, {
      method: 'POST',
      headers: device,
      body: '{"number":"PWK-7KX3-Q9MD-8"}',
    });

    // Staff look a resident up by name, in the queue and through the API, and open the photo.
    await staff.pb.collection('requests').create({
      service: (await running.admin.collection('services').getFirstListItem('slug = "kedaruratan-ppks"')).id,
      agency: (await running.admin.collection('agencies').getFirstListItem('slug = "dinsos-p3a-purwakarta"')).id,
      applicant_name: 'Siti Aminah',
      applicant_phone: '0812-2044-3187',
    });
    const searched = await fetch(`${running.url}/api/petugas/antrean?cari=Siti%20Aminah&halaman=1`, {
      headers: { Authorization: staff.pb.authStore.token },
    });
    expect(searched.status).toBe(200);
    await staff.pb.collection('requests').getList(1, 20, {
      filter: staff.pb.filter('applicant_name ~ {:name} || applicant_phone ~ {:phone}', {
        name: 'Siti Aminah',
        phone: '2044-3187',
      }),
    });
    const complaint = await staff.pb.collection('complaints').getFirstListItem('identity = "anonim"');
    const token = await staff.pb.files.getToken();
    expect((await fetch(staff.pb.files.getURL(complaint, complaint['photo'], { token }))).status).toBe(200);

    const logs = await logsOnceWritten(running, (lines) =>
      [
        'POST /api/pengaduan/kirim 200',
        'GET /api/petugas/antrean 200',
        'GET /api/collections/requests/records 200',
      ].every((expected) => lines.includes(expected)),
    );
    // Numbers left out: an entry's execTime (milliseconds, with many decimals) can hold any four digits by chance.
    const everything = JSON.stringify(logs, (_key, value: unknown) => (typeof value === 'number' ? undefined : value));
    for (const secret of [
      'Siti',
      'Aminah',
      '3187',
      token,
      'PonselPelaporAnonim',
      'rahasia-saya',
      '127.0.0.1/pengaduan/?',
    ])
      expect(everything).not.toContain(secret);

    const entry = (expected: string) => logs.find((log) => line(log) === expected)!;
    // The route is there, with what it did: the person is not.
    const anonymous = entry('POST /api/pengaduan/kirim 200');
    expect(anonymous.data).toMatchObject({ method: 'POST', status: 200, auth: '' });
    for (const field of ['userIP', 'remoteIP', 'userAgent', 'referer'])
      expect(anonymous.data).not.toHaveProperty(field);
    expect(logs.filter((log) => log.data['auth'] === '').every((log) => !('userIP' in log.data))).toBe(true);
    // The queue's paging stays readable; the search does not.
    expect(entry('GET /api/petugas/antrean 200').data['url']).toBe(
      '/api/petugas/antrean?cari=[disembunyikan]&halaman=1',
    );
    // A signed-in account's request keeps where it came from: the office must know who used an account.
    expect(entry('GET /api/petugas/antrean 200').data).toMatchObject({ auth: 'staff', userIP: '127.0.0.1' });
  });
});
