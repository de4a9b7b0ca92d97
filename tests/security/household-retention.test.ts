// A household proposed for DTSEN keeps its NIK, KK and photos only as long as needed (UU 27/2022):
// the hourly clean-up deletes them the retention period (default 90 days) after the centre's result
// was recorded, counted in office days — 89 days after, they are kept; 91 days after, gone: from the
// record, from the disk, from the database file's free pages and WAL — and noted in the erasure
// register (scope "identitas"), so that a backup taken before brings them back only until the start
// deletes them again. The name, village and result stay for the office's figures.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import { createOperator, createStaff, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';
import { householdBatchForm, householdForm } from '../support/household-form';

const DAY_MS = 24 * 3600 * 1000;
/** NIKs of women born 15 August 1990 (Purwakarta), told apart by their last digits. */
const NIK_KEPT = '3214015508900089';
const NIK_DELETED = '3214015508900091';
const KK_DELETED = '3214010101209191';
/** Not agreed at a first deliberation, agreed at the next, its result also 91 days old. */
const NIK_RECONSIDERED = '3214015508900092';
const NOT_AGREED_REASON = 'Belum ada surat keterangan domisili dari RT setempat';
const backupName = 'sebelum-retensi.zip';

let server: TestPocketBase;
let kept: RecordModel;
let deleted: RecordModel;
let open: RecordModel;
let reconsidered: RecordModel;
/** The deliberation that took up only `reconsidered` (not agreed), and the one that agreed all three. */
let firstBatch: RecordModel;
let secondBatch: RecordModel;
const restoredDir = mkdtempSync(join(tmpdir(), 'layanan-retensi-'));

/** Every database file under `dir` (data.db, auxiliary.db and their WAL) in which `word` is written. */
function databaseFilesNaming(dir: string, word: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.includes('.db'))
    .filter((name) => readFileSync(join(dir, name)).toString('latin1').includes(word));
}

beforeAll(async () => {
  // The deployment's default retention: 90 days.
  server = await startTestPocketBase({ env: { LAYANAN_STATUS_RATE_LIMIT: '100000/60' } });
  const [operator, staff] = await Promise.all([
    createOperator(server, '32.14.06.2006'),
    createStaff(server, 'dinsos-p3a-purwakarta'),
  ]);
  const propose = async (nik: string, kk = '3214010101200001') =>
    operator.pb
      .collection('household_proposals')
      .create(await householdForm(operator.placeId, { fields: { nik, kk } }));
  [kept, deleted, open, reconsidered] = await Promise.all([
    propose(NIK_KEPT),
    propose(NIK_DELETED, KK_DELETED),
    propose(NIK_KEPT),
    propose(NIK_RECONSIDERED),
  ]);
  firstBatch = await operator.pb.collection('household_batches').create(
    await householdBatchForm(operator.placeId, [reconsidered.id], {
      outcomes: [{ household: reconsidered.id, agreed: false, reason: NOT_AGREED_REASON }],
    }),
  );
  // Agreed at the village's deliberation, then through the stages to the centre's result, as staff record it.
  secondBatch = await operator.pb
    .collection('household_batches')
    .create(await householdBatchForm(operator.placeId, [kept.id, deleted.id, reconsidered.id]));
  for (const household of [kept, deleted, reconsidered]) {
    for (const status of ['diverifikasi-dinsos', 'dikirim-ke-pusat'])
      await staff.pb
        .collection('household_proposal_events')
        .create({ household_proposal: household.id, status, staff: staff.id });
    await staff.pb.collection('household_proposal_events').create({
      household_proposal: household.id,
      status: 'hasil',
      staff: staff.id,
      result: 'tidak-masuk',
      public_note: 'Hasil pemeringkatan di atas desil 5.',
    });
  }
  // The clock: results recorded 89 and 91 days ago.
  const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().replace('T', ' ');
  await server.admin.collection('household_proposals').update(kept.id, { finished_at: ago(89) });
  await server.admin.collection('household_proposals').update(deleted.id, { finished_at: ago(91) });
  await server.admin.collection('household_proposals').update(reconsidered.id, { finished_at: ago(91) });
  await server.admin.backups.create(backupName);
});
afterAll(async () => {
  await server?.stop();
  rmSync(restoredDir, { recursive: true, force: true });
});

const storageOf = async (household: RecordModel) =>
  join(server.dataDir, 'storage', (await server.admin.collections.getOne('household_proposals')).id, household.id);

describe("a household's identity data after its result", () => {
  it('is deleted 91 office days after the result and kept at 89; an unfinished household keeps it', async () => {
    const folder = await storageOf(deleted);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
    await server.admin.crons.run('bersih-bersih');
    for (let waited = 0; waited < 15_000; waited += 100) {
      if ((await server.admin.collection('household_proposals').getOne(deleted.id))['documents_deleted_at']) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await server.admin.collection('household_proposals').getOne(deleted.id);
    expect(after).toMatchObject({
      nik: '',
      kk: '',
      photo_house_front: '',
      photo_ktp: '',
      photo_kk: [],
      head_name: 'Siti Aminah',
      result: 'tidak-masuk',
      status: 'hasil',
    });
    expect(after['documents_deleted_at']).not.toBe('');
    // The files themselves are gone from the disk.
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    for (const household of [kept, open]) {
      const still = await server.admin.collection('household_proposals').getOne(household.id);
      expect(still).toMatchObject({ nik: NIK_KEPT, documents_deleted_at: '' });
      expect(still['photo_ktp']).not.toBe('');
    }
  });

  it("takes its village deliberations' reasons along, and their minutes once every household taken up has gone", async () => {
    const minutesFolder = async (batch: RecordModel) =>
      join(server.dataDir, 'storage', (await server.admin.collections.getOne('household_batches')).id, batch.id);
    // The first deliberation took up only a household now gone: its minutes and the reason go, files and all.
    const first = await server.admin.collection('household_batches').getOne(firstBatch.id);
    expect(first['minutes']).toEqual([]);
    expect(first['outcomes']).toEqual([{ household: reconsidered.id, agreed: false, reason: '' }]);
    const firstFolder = await minutesFolder(firstBatch);
    expect(existsSync(firstFolder) ? readdirSync(firstFolder) : []).toEqual([]);
    // The second also took up a household whose result is 89 days old: its minutes stay until that one goes.
    const second = await server.admin.collection('household_batches').getOne(secondBatch.id);
    expect(second['minutes']).toHaveLength(1);
    expect(readdirSync(await minutesFolder(secondBatch)).length).toBeGreaterThan(0);
    expect(second['way']).toBe('musdes');
  });

  it('says so on the status page, in the audit trail and in the erasure register (identity only)', async () => {
    const lookup = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: deleted['number'], verifier: '7890' }),
    });
    expect(lookup.status).toBe(200);
    expect((await lookup.json()).documents).toMatchObject({ keptDays: 90, deletedAt: expect.any(String) });
    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: server.admin.filter('target_id = {:id}', { id: deleted.id }) });
    expect(trail.map((entry) => `${entry['actor_type']}: ${entry['action']}`)).toContain(
      'tamu: menghapus dokumen yang melewati masa simpan',
    );
    const lines = readFileSync(server.erasureRegister, 'utf8').trim().split('\n');
    expect(lines.sort()).toEqual(
      [deleted, reconsidered]
        .map((household) => household['number'])
        .sort()
        .map((number) => expect.stringMatching(new RegExp(`^\\S+ ${number} identitas$`))),
    );
  });

  it("leaves the deleted NIK and KK in no database file (free pages, WAL), and the kept household's where it was", async () => {
    await server.stop({ keepData: true });
    expect(databaseFilesNaming(server.dataDir, NIK_DELETED)).toEqual([]);
    expect(databaseFilesNaming(server.dataDir, KK_DELETED)).toEqual([]);
    expect(databaseFilesNaming(server.dataDir, NOT_AGREED_REASON)).toEqual([]);
    expect(databaseFilesNaming(server.dataDir, NIK_KEPT)).toContain('data.db');
  });

  it('a backup taken before brings them back only until the start deletes them again, keeping the name', async () => {
    const zip = join(restoredDir, backupName);
    copyFileSync(join(server.dataDir, 'backups', backupName), zip);
    const dataDir = join(restoredDir, 'pb_data');
    execFileSync('python3', ['-m', 'zipfile', '-e', zip, dataDir]);
    rmSync(zip);
    expect(databaseFilesNaming(dataDir, NIK_DELETED)).not.toEqual([]);
    const restored = await startTestPocketBase({
      dataDir,
      env: { LAYANAN_ERASURE_REGISTER: server.erasureRegister, LAYANAN_AUDIT_KEY_FILE: server.auditKeyFile },
    });
    try {
      const again = await restored.admin.collection('household_proposals').getOne(deleted.id);
      expect(again).toMatchObject({ nik: '', kk: '', photo_kk: [], head_name: 'Siti Aminah' });
      expect((await restored.admin.collection('household_proposals').getOne(kept.id))['nik']).toBe(NIK_KEPT);
      const first = await restored.admin.collection('household_batches').getOne(firstBatch.id);
      expect(first).toMatchObject({
        minutes: [],
        outcomes: [{ household: reconsidered.id, agreed: false, reason: '' }],
      });
    } finally {
      await restored.stop({ keepData: true });
    }
    expect(databaseFilesNaming(dataDir, NIK_DELETED)).toEqual([]);
    expect(databaseFilesNaming(dataDir, NOT_AGREED_REASON)).toEqual([]);
  });
});
