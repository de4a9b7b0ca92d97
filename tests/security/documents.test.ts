// Identity documents (victims' KK and KTP) as UU 27/2022 wants them handled: kept only as long
// as needed and then deleted by the app, never left behind by a crash, never cached, and not
// uploadable by the hundred megabytes.
import { mkdirSync, readdirSync, utimesSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { jpegPhoto, proposalForm } from '../support/proposal-form';

let server: TestPocketBase;
let operator: VillageAccount;
let kepala: StaffAccount;

beforeAll(async () => {
  // Documents are kept 0 days after a proposal is finished: the clean-up deletes them at once.
  server = await startTestPocketBase({ env: { LAYANAN_DOCUMENT_RETENTION_DAYS: '0' } });
  [operator, kepala] = await Promise.all([
    createOperator(server, '32.14.04.2009'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
  ]);
});
afterAll(() => server?.stop());

const storageOf = async (collection: string) =>
  join(server.dataDir, 'storage', (await server.admin.collections.getOne(collection)).id);
const twoHoursAgo = () => new Date(Date.now() - 2 * 3600 * 1000);
/** Runs the hourly clean-up now. PocketBase's crons API starts a job and returns at once, so this waits for `done`. */
async function cleanUp(done: () => Promise<boolean> | boolean) {
  await server.admin.crons.run('bersih-bersih');
  for (let waited = 0; waited < 10_000 && !(await done()); waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

function ageTree(path: string) {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) ageTree(child);
    utimesSync(child, twoHoursAgo(), twoHoursAgo());
  }
}

describe('documents', () => {
  it('are deleted when a finished proposal has been kept long enough, and its status page says so; open ones keep theirs', async () => {
    const finished = await operator.pb.collection('proposals').create(await proposalForm(operator.placeId));
    const open = await operator.pb.collection('proposals').create(await proposalForm(operator.placeId));
    await kepala.pb
      .collection('proposal_events')
      .create({ proposal: finished.id, status: 'ditolak', public_note: 'Bukan kejadian bencana.' });
    const folder = join(await storageOf('proposals'), finished.id);
    await cleanUp(() => !existsSync(folder) || readdirSync(folder).length === 0);

    const after = await server.admin.collection('proposals').getOne(finished.id);
    expect(after['doc_kk_ktp']).toEqual([]);
    expect(after['documents_deleted_at']).not.toBe('');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    expect((await server.admin.collection('proposals').getOne(open.id))['doc_kk_ktp']).toHaveLength(1);

    const lookup = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: finished['number'], verifier: '4321' }),
    });
    expect((await lookup.json()).documents).toMatchObject({ keptDays: 0, deletedAt: expect.any(String) });
    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: server.admin.filter('target_id = {:id}', { id: finished.id }) });
    expect(trail.map((entry) => `${entry['actor_type']}: ${entry['action']}`)).toContain(
      'tamu: menghapus dokumen yang melewati masa simpan',
    );
  });

  it("include a complaint's photo: deleted once the complaint is closed and kept long enough, not while it is open", async () => {
    const agency = await server.admin.collection('agencies').getFirstListItem('slug = "dinsos-p3a-purwakarta"');
    const complaint = async (photoName: string) => {
      const form = new FormData();
      const fields = {
        agency: agency.id,
        kind: 'pengaduan',
        identity: 'anonim',
        description: 'Foto antrean.',
        reply_channel: 'halaman-status',
        status_verifier: '1234',
        idempotency_key: `foto-${photoName}-0000000000`,
      };
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      // A real picture: the server refuses an image it cannot read (pb_hooks/lib/uploads.js).
      form.append('photo', await jpegPhoto(), `${photoName}.jpg`);
      return server.admin.collection('complaints').create(form);
    };
    const [closed, open] = [await complaint('ditutup'), await complaint('terbuka')];
    await kepala.pb.collection('complaint_events').create({
      complaint: closed.id,
      status: 'tidak-diproses',
      public_note: 'Bukan wewenang kami.',
      referral: 'sp4n-lapor',
      staff: kepala.id,
    });
    await cleanUp(async () => (await server.admin.collection('complaints').getOne(closed.id))['photo'] === '');

    expect(await server.admin.collection('complaints').getOne(closed.id)).toMatchObject({
      photo: '',
      photo_deleted_at: expect.stringMatching(/^\d{4}-/),
    });
    expect((await server.admin.collection('complaints').getOne(open.id))['photo']).toMatch(/\.jpg$/);
    const lookup = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: closed['number'], verifier: '1234' }),
    });
    expect((await lookup.json()).documents).toMatchObject({ keptDays: 0, deletedAt: expect.any(String) });
  });

  it('left behind by a crash (stored without a record, or half-uploaded) are removed once an hour old — and nothing else', async () => {
    const kept = await operator.pb.collection('proposals').create(await proposalForm(operator.placeId));
    const storage = await storageOf('proposals');
    const orphan = join(storage, 'yatimpiatu12345');
    mkdirSync(orphan, { recursive: true });
    writeFileSync(join(orphan, 'ktp_korban.jpg'), 'foto KTP yang tertinggal');
    ageTree(orphan);
    utimesSync(orphan, twoHoursAgo(), twoHoursAgo());
    const young = join(storage, 'sedangdiunggah1');
    mkdirSync(young, { recursive: true });
    writeFileSync(join(young, 'kk.jpg'), 'unggahan yang sedang berjalan');
    ageTree(join(storage, kept.id));
    const staleTemp = join(tmpdir(), `multipart-uji-${process.pid}`);
    const freshTemp = join(tmpdir(), `multipart-uji-baru-${process.pid}`);
    writeFileSync(staleTemp, 'x');
    utimesSync(staleTemp, twoHoursAgo(), twoHoursAgo());
    writeFileSync(freshTemp, 'x');
    try {
      await cleanUp(() => !existsSync(orphan) && !existsSync(staleTemp));
      expect(existsSync(orphan)).toBe(false);
      expect(existsSync(staleTemp)).toBe(false);
      expect(existsSync(young)).toBe(true);
      expect(existsSync(freshTemp)).toBe(true);
      expect(readdirSync(join(storage, kept.id)).length).toBeGreaterThan(0);
    } finally {
      rmSync(freshTemp, { force: true });
      rmSync(young, { recursive: true, force: true });
    }
  });

  it("cannot be sent by the hundred megabytes: all of a proposal's documents together are limited", async () => {
    // A valid PDF padded to 9.5 MB, six of them: each within the 10 MB a file may have.
    const big = () =>
      new Blob(['%PDF-1.4\n', new Uint8Array(9.5 * 1024 * 1024), '\n%%EOF\n'], { type: 'application/pdf' });
    const form = await proposalForm(operator.placeId, {
      files: { doc_kk_ktp: [big(), big(), big()], doc_chronology: [big(), big(), big()] },
    });
    const refused = await operator.pb
      .collection('proposals')
      .create(form)
      .catch((error) => error);
    expect(refused.status).toBe(400);
    expect(refused.response.data.doc_kk_ktp.message).toContain('Semua dokumen bersama-sama paling besar 50 MB');
  });

  it('are served to those allowed as private and never stored by browsers or proxies', async () => {
    const proposal = await operator.pb.collection('proposals').create(await proposalForm(operator.placeId));
    const token = await kepala.pb.files.getToken();
    const file = await fetch(kepala.pb.files.getURL(proposal, proposal['doc_kk_ktp'][0], { token }));
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect((await fetch(kepala.pb.files.getURL(proposal, proposal['doc_kk_ktp'][0]))).status).toBe(404);
  });
});
