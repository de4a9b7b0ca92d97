// The audit trail as someone covering their tracks would try it: reads of personal data are in
// it, nobody can change or delete an entry through any route — superusers included — and an
// entry changed or removed in the database file itself breaks the hash chain where it happened.
import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  purwakartaAccounts,
  serviceBySlug,
  startTestPocketBase,
  type PurwakartaAccounts,
  type TestPocketBase,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';
import { AUDIT_GENESIS, auditPayload, type AuditContent } from '../../src/domain/audit';

let server: TestPocketBase;
let accounts: PurwakartaAccounts;

beforeAll(async () => {
  server = await startTestPocketBase();
  accounts = await purwakartaAccounts(server);
  const service = await serviceBySlug(server, 'pengecekan-status-dtks-bansos');
  const request = await accounts.petugas.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Siti Aminah',
    applicant_phone: '0812-2044-3187',
  });
  await accounts.petugas.pb.collection('requests').getOne(request.id);
  await accounts.petugas.pb.collection('requests').getList(1, 50);
  const proposal = await accounts.operator.pb
    .collection('proposals')
    .create(await proposalForm(accounts.operator.placeId));
  const token = await accounts.petugas.pb.files.getToken();
  await fetch(accounts.petugas.pb.files.getURL(proposal, proposal['doc_kk_ktp'][0], { token }));
  await fetch(`${server.url}/api/petugas/laporan?dari=2026-01&sampai=2026-12`, {
    headers: { Authorization: accounts.kepala.pb.authStore.token },
  });
});
afterAll(() => server?.stop());

const verify = async () =>
  (
    await fetch(`${server.url}/api/petugas/jejak-audit/periksa`, {
      headers: { Authorization: accounts.kepala.pb.authStore.token },
    })
  ).json();

describe('the audit trail', () => {
  it('records who read personal data: a request, a list of them, a document, a file token, the report', async () => {
    const entries = await server.admin.collection('audit_log').getFullList({
      sort: 'seq',
      filter: server.admin.filter('actor_id = {:a} || actor_id = {:b}', {
        a: accounts.petugas.id,
        b: accounts.kepala.id,
      }),
    });
    const actions = entries.map((entry) => entry['action']);
    for (const expected of [
      'melihat data pemohon',
      'melihat daftar permohonan',
      'meminta izin membuka dokumen',
      'membuka dokumen (KK/KTP dan lampiran)',
      'membuka laporan kinerja',
    ]) {
      expect(actions).toContain(expected);
    }
    expect(entries.find((entry) => entry['action'] === 'membuka dokumen (KK/KTP dan lampiran)')!['detail']).toEqual({
      field: 'doc_kk_ktp',
    });
  });

  it('is one unbroken hash chain that anyone can recompute from the entries', async () => {
    expect(await verify()).toMatchObject({ intact: true, brokenAt: null });
    const entries = await server.admin.collection('audit_log').getFullList({ sort: 'seq' });
    let previous = AUDIT_GENESIS;
    entries.forEach((entry, index) => {
      expect(entry['seq']).toBe(index + 1);
      expect(entry['prev_hash']).toBe(previous);
      const content = { ...(entry as unknown as AuditContent), detail: entry['detail'] ?? {} };
      // Recomputed here with Node's own SHA-256 from the stored fields.
      expect(entry['hash']).toBe(
        createHash('sha256')
          .update(previous + auditPayload(content))
          .digest('hex'),
      );
      previous = entry['hash'];
    });
  });

  it('cannot be changed or deleted through the API, not even by a superuser', async () => {
    const [entry] = (await server.admin.collection('audit_log').getList(1, 1, { sort: 'seq' })).items;
    const changed = await server.admin
      .collection('audit_log')
      .update(entry!.id, { action: 'tidak terjadi apa-apa' })
      .catch((error) => error);
    expect(changed.status).toBe(403);
    const deleted = await server.admin
      .collection('audit_log')
      .delete(entry!.id)
      .catch((error) => error);
    expect(deleted.status).toBe(403);
    expect((await server.admin.collection('audit_log').getOne(entry!.id))['action']).toBe(entry!['action']);
  });

  it('shows where an entry was changed or removed in the database file itself', async () => {
    const entries = await server.admin.collection('audit_log').getFullList({ sort: 'seq' });
    const db = new DatabaseSync(join(server.dataDir, 'data.db'));
    try {
      db.prepare('UPDATE audit_log SET actor_name = ? WHERE seq = 3').run('Orang Lain');
      expect(await verify()).toMatchObject({ intact: false, brokenAt: 3 });
      db.prepare('UPDATE audit_log SET actor_name = ? WHERE seq = 3').run(entries[2]!['actor_name']);
      expect(await verify()).toMatchObject({ intact: true });
      db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
      expect(await verify()).toMatchObject({ intact: false, brokenAt: 5 });
    } finally {
      db.close();
    }
  });

  it('is checked only by a kepala bidang', async () => {
    expect(
      (
        await fetch(`${server.url}/api/petugas/jejak-audit/periksa`, {
          headers: { Authorization: accounts.petugas.pb.authStore.token },
        })
      ).status,
    ).toBe(403);
    expect((await fetch(`${server.url}/api/petugas/jejak-audit/periksa`)).status).toBe(401);
  });
});
