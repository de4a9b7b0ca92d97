// The backups of deploy/ proven as docs/operations.md describes them: the backup service (Litestream for
// the database, rclone for uploaded documents: deploy/layanan-cadangan) runs beside PocketBase
// while staff register requests and villages upload proposals; the server is killed in the middle
// of writing; `layanan-cadangan pulihkan` restores from the replica alone into an empty folder;
// a server started on it has every request and proposal whose creation was answered, and every
// document byte for byte — but for a request erased at its applicant's request, which the erasure
// register (copied to the replica beside the data) has the restored server erase again.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, PROJECT_ROOT, startPocketBase, type RunningPocketBase } from '../../pocketbase/scripts/server.ts';
import {
  client,
  createOperator,
  createStaff,
  erasureRegisterBeside,
  serviceBySlug,
  startTestPocketBase,
  type TestPocketBase,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';
import { DOCUMENTS } from '../../src/domain/proposal';

const BACKUP = join(PROJECT_ROOT, 'deploy/layanan-cadangan');
const work = mkdtempSync(join(tmpdir(), 'layanan-cadangan-uji-'));
const dataDir = join(work, 'pb_data');
const replica = join(work, 'replika');
const restoredDir = join(work, 'pulih');
/** The register of the server, beside its data folder as test servers have it. */
const register = erasureRegisterBeside(dataDir);
const backupEnv = {
  ...process.env,
  // Only what is given here: not a server's /etc/layanan.
  LAYANAN_ENV_DIR: join(work, 'tanpa-env'),
  LAYANAN_DATA_DIR: dataDir,
  LAYANAN_REPLICA: replica,
  LAYANAN_FILE_SYNC_SECONDS: '1',
  LAYANAN_ERASURE_REGISTER: register,
};

let server: TestPocketBase | undefined;
let restored: RunningPocketBase | undefined;
afterAll(async () => {
  await restored?.stop();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

const sha256 = (bytes: ArrayBuffer | Buffer) =>
  createHash('sha256')
    .update(Buffer.from(bytes as ArrayBuffer))
    .digest('hex');

it('after a crash in the middle of writing, the replica restores every committed request, proposal and document', async () => {
  server = await startTestPocketBase({ dataDir });
  const [staff, operator] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createOperator(server, '32.14.06.2006'),
  ]);
  const service = await serviceBySlug(server, 'kedaruratan-ppks');
  const backup = spawn(BACKUP, ['jalan'], {
    env: { ...backupEnv, LAYANAN_POCKETBASE: new URL(server.url).host },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let backupOutput = '';
  backup.stdout.on('data', (chunk) => (backupOutput += chunk));
  backup.stderr.on('data', (chunk) => (backupOutput += chunk));
  const backupExited = new Promise<number | null>((resolve) => backup.once('exit', resolve));
  // A service that has been running: its first copy of the database is in the replica.
  for (
    const deadline = Date.now() + 30_000;
    !/^\d+\s/m.test(execFileSync(BACKUP, ['status'], { env: backupEnv, encoding: 'utf8' }));
  ) {
    if (Date.now() > deadline || backup.exitCode !== null)
      throw new Error(`no first copy in the replica:\n${backupOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const requests: { id: string; number: string; name: string }[] = [];
  const proposals: { id: string; documents: Record<string, string[]> }[] = [];
  let killed = false;
  // Writes until the server dies; a failure before that is the test's failure.
  const keepWriting = async (write: (index: number) => Promise<void>) => {
    for (let index = 0; !killed; index++) {
      try {
        await write(index);
      } catch (error) {
        if (!killed) throw error;
      }
    }
  };
  const writers = [
    ...[0, 1].map((writer) =>
      keepWriting(async (index) => {
        const name = `Pemohon ${writer}-${index}`;
        const request = await staff.pb.collection('requests').create({
          service: service.id,
          agency: service['agency'],
          applicant_name: name,
          applicant_phone: '0812-3456-7890',
        });
        requests.push({ id: request.id, number: request['number'], name });
      }),
    ),
    keepWriting(async () => {
      const form = await proposalForm(operator.placeId);
      const documents: Record<string, string[]> = {};
      for (const { field } of DOCUMENTS)
        documents[field] = await Promise.all(
          form.getAll(field).map(async (file) => sha256(await (file as Blob).arrayBuffer())),
        );
      const proposal = await operator.pb.collection('proposals').create(form);
      proposals.push({ id: proposal.id, documents });
    }),
  ];
  const deadline = Date.now() + 60_000;
  while (requests.length < 1) await new Promise((resolve) => setTimeout(resolve, 50));
  // One applicant's data is erased at her request (as pb_hooks/lib/data_subject.js registers it).
  const erased = requests[0]!;
  appendFileSync(register, `${new Date().toISOString()} ${erased.number}\n`, { mode: 0o600 });
  while ((requests.length < 60 || proposals.length < 8) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  // Mid-write: the writers are still sending when the server goes.
  killed = true;
  server.process.kill('SIGKILL');
  await Promise.all(writers);
  expect(requests.length).toBeGreaterThanOrEqual(60);
  expect(proposals.length).toBeGreaterThanOrEqual(8);

  // The backup service outlives the server; stopping it sends what it has not sent yet.
  backup.kill('SIGTERM');
  expect(await backupExited, backupOutput).toBe(0);
  // Litestream keeps its state outside the data folder, so PocketBase's zips never carry it.
  expect(readdirSync(dataDir).filter((name) => name.includes('litestream'))).toEqual([]);

  // A new server: its register is not there yet, and comes back from the replica with the data.
  const newRegister = join(work, 'server-baru-penghapusan', 'daftar.txt');
  const started = performance.now();
  const restoreOutput = execFileSync(BACKUP, ['pulihkan', restoredDir], {
    env: { ...backupEnv, LAYANAN_ERASURE_REGISTER: newRegister },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  const documentCount = proposals.reduce((sum, proposal) => sum + Object.values(proposal.documents).flat().length, 0);
  console.log(
    `Pemulihan dari replika: ${seconds.toFixed(1)} s — ${requests.length} permohonan, ${proposals.length} usulan, ${documentCount} dokumen.\n${restoreOutput}`,
  );
  expect(statSync(restoredDir).mode & 0o777).toBe(0o700);
  expect(readFileSync(newRegister, 'utf8')).toContain(erased.number);
  expect(statSync(newRegister).mode & 0o777).toBe(0o600);

  restored = await startPocketBase({
    dataDir: restoredDir,
    http: `127.0.0.1:${await freePort()}`,
    superuser: server.superuser,
    siteDir: `${PROJECT_ROOT}dist`,
    // The erasure register and the audit trail's key are not in the replica: each comes from its
    // own place (docs/operations.md).
    env: { LAYANAN_ERASURE_REGISTER: newRegister, LAYANAN_AUDIT_KEY_FILE: server.auditKeyFile },
  });
  const admin = client(restored.url);
  await admin.collection('_superusers').authWithPassword(server.superuser.email, server.superuser.password);
  for (const request of requests) {
    const record = await admin.collection('requests').getOne(request.id);
    expect([record['number'], record['applicant_name']]).toEqual([
      request.number,
      request === erased ? '[dihapus atas permintaan pemilik data]' : request.name,
    ]);
  }
  const token = await admin.files.getToken();
  for (const proposal of proposals) {
    const record = await admin.collection('proposals').getOne(proposal.id);
    for (const [field, hashes] of Object.entries(proposal.documents)) {
      const stored = await Promise.all(
        (record[field] as string[]).map(async (name) =>
          sha256(await (await fetch(admin.files.getURL(record, name, { token }))).arrayBuffer()),
        ),
      );
      expect(stored.sort(), `${proposal.id} ${field}`).toEqual([...hashes].sort());
    }
  }
}, 180_000);

it('copies only from a data folder that belongs to the replica: a new, empty one is refused, the restored one goes on', async () => {
  const fresh = join(work, 'server-baru');
  const refused = spawnSync(BACKUP, ['jalan'], { env: { ...backupEnv, LAYANAN_DATA_DIR: fresh }, encoding: 'utf8' });
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain(`replika ${replica} sudah berisi data, tetapi ${fresh} tidak dipulihkan darinya`);

  const resumed = spawn(BACKUP, ['jalan'], {
    env: { ...backupEnv, LAYANAN_DATA_DIR: restoredDir, LAYANAN_POCKETBASE: new URL(restored!.url).host },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => resumed.once('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(resumed.exitCode).toBeNull();
  resumed.kill('SIGTERM');
  expect(await exited).toBe(0);
});
