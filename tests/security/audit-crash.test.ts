// No audit entry is lost when the server dies: PocketBase is killed (SIGKILL, as a power cut or
// the OOM killer would) while staff register requests and open them at full speed. After the
// restart every committed registration has its entry, every answered read has its entry, nothing
// is recorded that did not happen, and the chain — entries not chained at the kill included —
// verifies.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditCheck } from '../../src/domain/audit';
import { createStaff, serviceBySlug, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';

let server: TestPocketBase | undefined;
afterAll(() => server?.stop());

it('keeps the entry of every committed write and answered read through kill -9, and the chain verifies', async () => {
  const first = await startTestPocketBase();
  // As a server past its first minute runs: the chainer loop chains, the requests never do, so
  // entries wait unchained for it when the power goes.
  await first.admin.crons.run('jejak-audit-rantai');
  const [petugas, service] = await Promise.all([
    createStaff(first, 'dinsos-p3a-purwakarta'),
    serviceBySlug(first, 'rujukan-ppks-terlantar'),
  ]);
  const registered: string[] = [];
  const reads = new Map<string, number>();
  let killed = false;
  const writer = async () => {
    while (!killed) {
      try {
        const request = await petugas.pb.collection('requests').create({
          service: service.id,
          agency: service['agency'],
          applicant_name: 'Pemohon Uji Mati Listrik',
          applicant_phone: '0812-0000-4821',
        });
        registered.push(request.id);
        await petugas.pb.collection('requests').getOne(request.id);
        reads.set(request.id, (reads.get(request.id) ?? 0) + 1);
      } catch (error) {
        if (!killed) throw error;
      }
    }
  };
  const writers = Array.from({ length: 16 }, writer);
  while (registered.length < 150) await new Promise((resolve) => setTimeout(resolve, 20));
  killed = true;
  const exited = new Promise((resolve) => first.process.once('exit', resolve));
  first.process.kill('SIGKILL');
  await Promise.all(writers);
  await exited;

  const inFile = (sql: string) => {
    const db = new DatabaseSync(join(first.dataDir, 'data.db'), { readOnly: true });
    try {
      return db.prepare(sql).all();
    } finally {
      db.close();
    }
  };
  const unchained = inFile('SELECT COUNT(*) AS n FROM audit_log WHERE seq = 0')[0]!['n'];
  console.log(`Dimatikan setelah ${registered.length} pendaftaran terjawab; ${unchained} entri belum dirantai.`);

  server = await startTestPocketBase({ dataDir: first.dataDir });
  const committed = inFile('SELECT id FROM requests').map((row) => String(row['id']));
  const entries = inFile(
    "SELECT action, target_id, seq FROM audit_log WHERE target_type = 'requests' AND target_id != ''",
  ) as { action: string; target_id: string; seq: number }[];
  const of = (action: string) => entries.filter((entry) => entry.action === action).map((entry) => entry.target_id);

  // Every answered registration was committed; each committed one has exactly one entry, no more.
  expect(committed).toEqual(expect.arrayContaining(registered));
  expect(of(AUDIT_ACTIONS.requests).sort()).toEqual([...committed].sort());
  // Every answered read is recorded (at least as often: a read may be recorded and then lost in flight).
  const readEntries = of(AUDIT_ACTIONS['lihat-permohonan']);
  for (const [id, count] of reads)
    expect(readEntries.filter((target) => target === id).length).toBeGreaterThanOrEqual(count);
  // Nothing waits to be chained after the restart, and the whole chain verifies.
  expect(entries.every((entry) => entry.seq > 0)).toBe(true);
  const kepala = await createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang');
  const check = (await (
    await fetch(`${server.url}/api/petugas/jejak-audit/periksa`, {
      headers: { Authorization: kepala.pb.authStore.token },
    })
  ).json()) as AuditCheck;
  expect(check).toMatchObject({ intact: true, brokenAt: null, pending: 0 });
  expect(check.entries).toBe(Number(inFile('SELECT COUNT(*) AS n FROM audit_log')[0]!['n']));
}, 120_000);
