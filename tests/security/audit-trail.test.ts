// The audit trail as someone covering their tracks would try it: reads of personal data are in
// it; nobody writes, changes or deletes an entry through any route — superusers included — and
// someone who has the database file but not the key cannot change, re-chain, insert or delete
// entries (its tail included) without GET /api/petugas/jejak-audit/periksa saying where.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  createStaff,
  pocketBaseCommand,
  pocketBaseCommandLine,
  purwakartaAccounts,
  serviceBySlug,
  startTestPocketBase,
  type PurwakartaAccounts,
  type TestPocketBase,
  trailChained,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';
import { PROJECT_ROOT } from '../../pocketbase/scripts/server';
import {
  AUDIT_ACTIONS,
  AUDIT_ANCHORS_BESIDE_DATA,
  AUDIT_GENESIS,
  auditChainPayload,
  auditEntryPayload,
  type AuditCheck,
  type AuditEntryText,
} from '../../src/domain/audit';
import type { DailySummary } from '../../src/domain/daily-summary';

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

const check = async (anchor?: { seq: number; mac: string }): Promise<AuditCheck> => {
  const query = anchor ? `?jangkar=${anchor.seq}:${anchor.mac}` : '';
  const response = await fetch(`${server.url}/api/petugas/jejak-audit/periksa${query}`, {
    headers: { Authorization: accounts.kepala.pb.authStore.token },
  });
  expect(response.status).toBe(200);
  return response.json();
};

const key = () => readFileSync(server.auditKeyFile, 'utf8').trim();
const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

type Row = AuditEntryText & { seq: number; created: string; entry_mac: string; prev_mac: string; mac: string };

/** The attacker's handle on the database file itself (as with `sqlite3 data.db`). */
function inTheFile<T>(change: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(join(server.dataDir, 'data.db'));
  try {
    return change(db);
  } finally {
    db.close();
  }
}
const rowsInFile = () =>
  inTheFile((db) => db.prepare('SELECT * FROM audit_log ORDER BY seq').all()) as unknown as (Row &
    Record<string, SQLInputValue>)[];

/** Writes a row straight into a table of the file. */
function insertRow(db: DatabaseSync, table: string, row: Record<string, SQLInputValue>) {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...columns.map((column) => row[column]!),
  );
}

/** Runs an attack on the file, then puts every row and the checker's state back as they were. */
async function attack(steps: (db: DatabaseSync) => void, verdict: () => Promise<void>) {
  const saved = inTheFile((db) => ({
    rows: db.prepare('SELECT * FROM audit_log').all(),
    state: db.prepare('SELECT * FROM audit_state').all(),
  }));
  try {
    inTheFile(steps);
    await verdict();
  } finally {
    inTheFile((db) => {
      for (const [table, rows] of [
        ['audit_log', saved.rows],
        ['audit_state', saved.state],
      ] as const) {
        db.prepare(`DELETE FROM ${table}`).run();
        for (const row of rows) insertRow(db, table, row);
      }
    });
  }
  expect(await check()).toMatchObject({ intact: true, brokenAt: null });
}

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

  it('seals and links every entry with HMAC-SHA-256 under a key the database does not hold', async () => {
    expect(await check()).toMatchObject({ intact: true, brokenAt: null, pending: 0, provableFrom: 1 });
    const rows = rowsInFile();
    expect(rows.length).toBeGreaterThan(8);
    let previous = AUDIT_GENESIS;
    rows.forEach((row, index) => {
      expect(row.seq).toBe(index + 1);
      // Recomputed here with Node's own HMAC, by someone who holds the key.
      expect(row.entry_mac).toBe(hmac(key(), auditEntryPayload(row)));
      expect(row.prev_mac).toBe(previous);
      expect(row.mac).toBe(hmac(key(), auditChainPayload(previous, row.seq, row.entry_mac)));
      previous = row.mac;
    });
    // The key: a file only the server's user reads, beside the data folder, in no file within it.
    const keyFile = server.auditKeyFile;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(key()).toMatch(/^[0-9a-f]{64}$/);
    const files = readdirSync(server.dataDir, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    expect(files.length).toBeGreaterThan(2);
    for (const file of files)
      expect(readFileSync(join(file.parentPath, file.name)).includes(key()), file.name).toBe(false);
  });

  it('cannot be written, changed or deleted through any API route, not even by a superuser', async () => {
    const before = rowsInFile();
    const [entry] = (await server.admin.collection('audit_log').getList(1, 1, { sort: 'seq' })).items;
    const forged = {
      actor_type: 'staff',
      actor_id: accounts.kepala.id,
      actor_name: 'Kepala Bidang',
      action: 'menyetujui usulan',
      agency: entry!['agency'],
    };
    /** What the server answered: status and message (every refusal is the trail's own, not a side effect). */
    const refused = async (attempt: Promise<unknown>) => {
      const error = (await attempt.then(
        () => ({ status: 200, response: {} }),
        (failure) => failure,
      )) as { status: number; response: { message?: string } };
      return `${error.status} ${error.response.message}`;
    };
    const results = [
      await refused(server.admin.collection('audit_log').create(forged)),
      await refused(server.admin.collection('audit_log').update(entry!.id, { action: 'tidak terjadi apa-apa' })),
      await refused(server.admin.collection('audit_log').delete(entry!.id)),
    ];
    // Batches are off by default; a superuser can turn them on.
    await server.admin.settings.update({ batch: { enabled: true, maxRequests: 10, timeout: 3, maxBodySize: 0 } });
    const batch = server.admin.createBatch();
    batch.collection('audit_log').create(forged);
    const batchRefusal = await batch.send().catch((error) => error.response);
    results.push(`${batchRefusal.status} ${batchRefusal.message}`);
    // The batch failed on the first request, for the trail's own reason.
    expect(JSON.stringify(batchRefusal.data)).toContain('Jejak audit hanya ditulis oleh server sendiri.');
    results.push(await refused(server.admin.collections.truncate('audit_log')));
    results.push(await refused(server.admin.collections.update('audit_log', { listRule: '' })));
    results.push(await refused(server.admin.collections.delete('audit_log')));
    const collections = await server.admin.collections.getFullList();
    results.push(await refused(server.admin.collections.import(collections, false)));
    results.push(
      await refused(
        server.admin.collections.import(
          collections.filter((one) => one.name !== 'audit_log'),
          true,
        ),
      ),
    );
    expect(results).toEqual([
      '403 Jejak audit hanya ditulis oleh server sendiri.',
      '403 Jejak audit tidak dapat diubah.',
      '403 Jejak audit tidak dapat dihapus.',
      '400 Batch transaction failed.',
      // PocketBase deletes record by record, each refused (its message blames references).
      '400 Failed to truncate collection (most likely due to required cascade delete record references).',
      '403 Koleksi jejak audit tidak dapat diubah.',
      '403 Koleksi jejak audit tidak dapat dihapus.',
      '403 Impor koleksi tidak boleh menyentuh atau menghapus koleksi jejak audit.',
      '403 Impor koleksi tidak boleh menyentuh atau menghapus koleksi jejak audit.',
    ]);
    // Every entry as it was (the superuser's reading of the trail is one more).
    expect(rowsInFile().slice(0, before.length)).toEqual(before);
    expect(await check()).toMatchObject({ intact: true });
  });

  it('shows an entry changed in the database file', async () => {
    await attack(
      (db) => db.prepare("UPDATE audit_log SET actor_name = 'Orang Lain' WHERE seq = 3").run(),
      async () => expect(await check()).toMatchObject({ intact: false, brokenAt: 3, problem: 'isi-diubah' }),
    );
  });

  it('shows a trail re-chained from a changed entry on, by someone without the key', async () => {
    await attack(
      (db) => {
        // Their own key: the seals and links they compute are consistent with each other, not with the server's.
        const theirs = randomBytes(32).toString('hex');
        let previous = String(db.prepare('SELECT mac FROM audit_log WHERE seq = 2').get()!['mac']);
        const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= 3 ORDER BY seq').all() as unknown as Row[];
        for (const row of rows) {
          const changed = row.seq === 3 ? { ...row, actor_name: 'Orang Lain' } : row;
          const entryMac = hmac(theirs, auditEntryPayload(changed));
          const mac = hmac(theirs, auditChainPayload(previous, row.seq, entryMac));
          db.prepare('UPDATE audit_log SET actor_name = ?, entry_mac = ?, prev_mac = ?, mac = ? WHERE seq = ?').run(
            changed.actor_name,
            entryMac,
            previous,
            mac,
            row.seq,
          );
          previous = mac;
        }
      },
      async () => expect(await check()).toMatchObject({ intact: false, brokenAt: 3, problem: 'isi-diubah' }),
    );
  });

  it('shows an entry deleted from the middle, with or without the numbers closed up', async () => {
    await attack(
      (db) => db.prepare('DELETE FROM audit_log WHERE seq = 5').run(),
      async () => expect(await check()).toMatchObject({ intact: false, brokenAt: 5, problem: 'nomor-hilang' }),
    );
    await attack(
      (db) => {
        db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
        db.prepare('UPDATE audit_log SET seq = -(seq - 1) WHERE seq > 5').run();
        db.prepare('UPDATE audit_log SET seq = -seq WHERE seq < -1').run();
      },
      async () => expect(await check()).toMatchObject({ intact: false, brokenAt: 5, problem: 'rantai-putus' }),
    );
  });

  it('shows an entry inserted in the middle, even a copy of a genuine one', async () => {
    await attack(
      (db) => {
        const copy = db.prepare('SELECT * FROM audit_log WHERE seq = 4').get()!;
        db.prepare('UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= 4').run();
        db.prepare('UPDATE audit_log SET seq = -seq WHERE seq < -1').run();
        insertRow(db, 'audit_log', { ...copy, id: 'sisipan0000001' });
      },
      async () => expect(await check()).toMatchObject({ intact: false, brokenAt: 4, problem: 'isi-diubah' }),
    );
  });

  it('never chains an entry written into the file, however it is attributed, and says so', async () => {
    await attack(
      (db) => {
        const text: AuditEntryText = {
          id: 'sisipan0000002',
          at: new Date().toISOString().replace('T', ' '),
          agency: String(db.prepare('SELECT agency FROM audit_log WHERE seq = 1').get()!['agency']),
          actor_type: 'staff',
          actor_id: accounts.kepala.id,
          actor_name: 'Kepala Bidang',
          action: 'menyetujui usulan',
          target_type: 'proposals',
          target_id: '',
          target_label: '',
          detail: '{}',
        };
        // Waiting to be chained, as the server's own entries do for a moment, with a seal of their making.
        const row = {
          ...text,
          seq: 0,
          created: text.at,
          entry_mac: hmac(randomBytes(32).toString('hex'), auditEntryPayload(text)),
        };
        insertRow(db, 'audit_log', row);
      },
      async () => {
        expect(await check()).toMatchObject({ intact: false, brokenAt: null, problem: 'disisipkan' });
        expect(inTheFile((db) => db.prepare("SELECT seq FROM audit_log WHERE id = 'sisipan0000002'").get())).toEqual({
          seq: -1,
        });
      },
    );
  });

  it('shows the tail cut off against the anchor — and against a printed one when the anchors went too', async () => {
    // The nightly anchor, now (PocketBase runs the job in the background).
    await server.admin.crons.run('jejak-audit-jangkar');
    const anchors = server.dataDir + AUDIT_ANCHORS_BESIDE_DATA;
    for (const deadline = Date.now() + 5000; !existsSync(anchors) || readdirSync(anchors).length === 0; ) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const intact = await check();
    const anchor = intact.anchor!;
    expect(anchor).toMatchObject({ seq: intact.head!.seq, mac: intact.head!.mac });
    expect(readdirSync(anchors)).toContain(`jangkar-${String(anchor.seq).padStart(10, '0')}.json`);

    await attack(
      (db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(anchor.seq - 2),
      async () =>
        expect(await check()).toMatchObject({ intact: false, brokenAt: anchor.seq - 1, problem: 'ekor-hilang' }),
    );
    // Thorough: the anchor files and the checker's own state go with the tail.
    const hidden = `${server.dataDir}.jangkar-disembunyikan`;
    renameSync(server.dataDir + AUDIT_ANCHORS_BESIDE_DATA, hidden);
    try {
      await attack(
        (db) => {
          db.prepare('DELETE FROM audit_log WHERE seq > ?').run(anchor.seq - 2);
          db.prepare('DELETE FROM audit_state').run();
        },
        async () => {
          expect(await check()).toMatchObject({ intact: true, entries: anchor.seq - 2 });
          // The head the daily summary showed, printed or copied to the replica, still proves it.
          expect(await check(anchor)).toMatchObject({
            intact: false,
            brokenAt: anchor.seq - 1,
            problem: 'ekor-hilang',
          });
        },
      );
    } finally {
      rmSync(server.dataDir + AUDIT_ANCHORS_BESIDE_DATA, { recursive: true, force: true });
      renameSync(hidden, server.dataDir + AUDIT_ANCHORS_BESIDE_DATA);
    }
  });

  it("is in the kepala bidang's daily summary: the check, and an anchor to print, renewed when over an hour old", async () => {
    const summary = async (): Promise<DailySummary['auditTrail']> => {
      const response = await fetch(`${server.url}/api/petugas/ringkasan`, {
        headers: { Authorization: accounts.kepala.pb.authStore.token },
      });
      expect(response.status).toBe(200);
      return (await response.json()).auditTrail;
    };
    const anchors = server.dataDir + AUDIT_ANCHORS_BESIDE_DATA;
    const first = await summary();
    expect(first.check).toMatchObject({ intact: true, brokenAt: null });
    expect(first.check.finding).toMatch(/^Utuh: \d+ entri\.$/);
    const printed = first.anchor!;
    const file = join(anchors, `jangkar-${String(printed.seq).padStart(10, '0')}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ seq: printed.seq, mac: printed.mac });
    // Opened again within the hour (its own opening audited meanwhile): the same anchor, no new file.
    const files = readdirSync(anchors).length;
    const again = await summary();
    expect(again.anchor).toEqual(printed);
    expect(readdirSync(anchors)).toHaveLength(files);
    // The summary reads what is new and the anchors; the older slices are the scheduled check's.
    expect(again.check.swept).toBeNull();
    // Over an hour later, with the trail grown: a new anchor, written outside the database.
    const old = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...old, writtenAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString() }));
    const renewed = (await summary()).anchor!;
    expect(renewed.seq).toBeGreaterThan(printed.seq);
    expect(readdirSync(anchors)).toContain(`jangkar-${String(renewed.seq).padStart(10, '0')}.json`);
    // The printed anchor still proves the trail, and exposes it cut below itself.
    const kepala = await check(printed);
    expect(kepala).toMatchObject({ intact: true });
    expect(kepala.swept).not.toBeNull();
    await attack(
      (db) => db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(printed.seq),
      async () => expect((await summary()).check).toMatchObject({ intact: false, problem: 'ekor-hilang' }),
    );
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

// Each of these starts PocketBase two to four times.
describe('the key', () => {
  it('is required once the trail is sealed, and must be readable by the server alone', async () => {
    const own = await startTestPocketBase();
    await createStaff(own, 'dinsos-p3a-purwakarta'); // signing in is audited: the trail is sealed
    const keyFile = own.auditKeyFile;
    await own.stop({ keepData: true });
    const restart = () => startTestPocketBase({ dataDir: own.dataDir }).catch((error: Error) => error);
    renameSync(keyFile, `${keyFile}.disimpan`);
    try {
      const refused = await restart();
      expect(refused).toBeInstanceOf(Error);
      expect(String(refused)).toContain(`Kunci jejak audit tidak ada di ${keyFile}`);
    } finally {
      renameSync(`${keyFile}.disimpan`, keyFile);
    }
    chmodSync(keyFile, 0o644);
    const readable = await restart();
    expect(String(readable)).toContain(`chmod 600 ${keyFile}`);
    chmodSync(keyFile, 0o600);
    const started = await restart();
    expect(started).not.toBeInstanceOf(Error);
    await (started as TestPocketBase).stop();
  }, 120_000);

  /** A server with a few entries, stopped; restarted, its kepala bidang signs in again and checks the trail. */
  async function stoppedWithEntries() {
    const own = await startTestPocketBase();
    const kepala = await createStaff(own, 'dinsos-p3a-purwakarta', 'kepala_bidang');
    await kepala.pb.collection('audit_log').getList(1, 10);
    await trailChained(own);
    await own.stop({ keepData: true });
    const entries = Number(
      new DatabaseSync(join(own.dataDir, 'data.db'), { readOnly: true })
        .prepare('SELECT MAX(seq) AS n FROM audit_log')
        .get()!['n'],
    );
    const restart = async () => {
      const server = await startTestPocketBase({ dataDir: own.dataDir });
      const pb = client(server.url);
      await pb.collection('staff').authWithPassword(kepala.email, kepala.password);
      const response = await fetch(`${server.url}/api/petugas/jejak-audit/periksa`, {
        headers: { Authorization: pb.authStore.token },
      });
      return { server, check: (await response.json()) as AuditCheck };
    };
    return { own, entries, restart };
  }

  it('when lost for good, is replaced by a command, and the trail is provable from the entry that says so', async () => {
    const { own, entries, restart } = await stoppedWithEntries();
    rmSync(own.auditKeyFile);
    // Not without saying so.
    expect(() => pocketBaseCommand(own.dataDir, ['jejak-audit', 'kunci-baru'])).toThrow();
    expect(pocketBaseCommand(own.dataDir, ['jejak-audit', 'kunci-baru', 'ya-kunci-lama-hilang'])).toContain(
      `Kunci baru di ${own.auditKeyFile}`,
    );
    const { server: restarted, check: afterwards } = await restart();
    try {
      expect(afterwards).toMatchObject({ intact: true, provableFrom: entries + 1 });
      expect(afterwards.finding).toContain(`Entri 1–${entries} ditulis sebelum kunci ini dan tidak dapat dibuktikan`);
      const era = await restarted.admin.collection('audit_log').getFirstListItem(`seq = ${entries + 1}`);
      expect(era['action']).toBe(AUDIT_ACTIONS['kunci-jejak-audit']);
    } finally {
      await restarted.stop();
    }
  }, 120_000);

  it('is made for a trail from before keys, which is provable from then on; the whole check reports its progress', async () => {
    const { own, entries, restart } = await stoppedWithEntries();
    // As an earlier version left it: no seals, no key, no checker's state.
    const db = new DatabaseSync(join(own.dataDir, 'data.db'));
    db.prepare("UPDATE audit_log SET entry_mac = ''").run();
    db.prepare('DELETE FROM audit_state').run();
    db.close();
    rmSync(own.auditKeyFile);
    const { server: restarted, check: afterwards } = await restart();
    try {
      expect(afterwards).toMatchObject({ intact: true, provableFrom: entries + 1 });
      expect(statSync(own.auditKeyFile).mode & 0o777).toBe(0o600);
      const output = pocketBaseCommand(own.dataDir, ['jejak-audit', 'periksa-semua']);
      expect(output).toMatch(new RegExp(`Memeriksa \\d+ entri \\(${entries + 1}–\\d+\\)`));
      expect(output).toContain('Utuh:');
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});

describe('the whole check, `pocketbase jejak-audit periksa-semua`', () => {
  it("waits beside the running server while the server holds the write lock past SQLite's busy timeout, saying so, then checks", async () => {
    // What a server writing without pause does to a command beside it: the write lock stays taken.
    // It is let go once the command says it waits; before, the command stopped with SQLITE_BUSY.
    const busyServer = new DatabaseSync(join(server.dataDir, 'data.db'));
    busyServer.exec('BEGIN IMMEDIATE');
    let held = true;
    const letGo = () => {
      if (!held) return;
      held = false;
      busyServer.exec('COMMIT');
      busyServer.close();
    };
    try {
      const [binary, args] = pocketBaseCommandLine(server.dataDir, ['jejak-audit', 'periksa-semua']);
      const command = spawn(binary, args);
      let output = '';
      const listen = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('menunggu giliran menulis')) letGo();
      };
      command.stdout.on('data', listen);
      command.stderr.on('data', listen);
      const exitCode = await new Promise<number | null>((resolve) => command.on('exit', resolve));
      expect(output).toMatch(/Basis data sedang ditulis server; menunggu giliran menulis \(\d+ detik\)…/);
      expect(output).toContain('Utuh:');
      expect(exitCode, output).toBe(0);
    } finally {
      letGo();
    }
    // The server writes on afterwards, and its own check finds the trail intact.
    await accounts.petugas.pb.collection('requests').getList(1, 5);
    expect((await check()).intact).toBe(true);
  }, 120_000);
});

describe("the chain's queries", () => {
  it('each read the entries they need through an index of audit_log, never the whole trail', () => {
    // pb_hooks/lib/audit_chain.js runs these in the chainer, every 200 ms, and in every check; a
    // query that reads the whole trail costs time in proportion to five years of entries.
    // The hook file as goja loads it: a script that sets module.exports (it runs nothing at load).
    const chain = { exports: {} as { TRAIL_QUERIES?: Record<string, string> } };
    runInNewContext(readFileSync(join(PROJECT_ROOT, 'pocketbase/pb_hooks/lib/audit_chain.js'), 'utf8'), {
      module: chain,
    });
    const TRAIL_QUERIES = chain.exports.TRAIL_QUERIES!;
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      const plans = Object.fromEntries(
        Object.entries(TRAIL_QUERIES).map(([name, sql]) => [
          name,
          db
            .prepare(`EXPLAIN QUERY PLAN ${sql.replace(/\{:(\w+)\}/g, ':$1')}`)
            .all(Object.fromEntries([...sql.matchAll(/\{:(\w+)\}/g)].map(([, parameter]) => [parameter!, 1])))
            .map((row) => String(row['detail']))
            .join('; '),
        ]),
      );
      expect(Object.keys(plans).sort()).toEqual([
        'anyPending',
        'counts',
        'entry',
        'head',
        'linkCarried',
        'linkMade',
        'pending',
        'range',
      ]);
      for (const [name, plan] of Object.entries(plans)) {
        expect(plan, name).toMatch(/^SEARCH audit_log USING (COVERING )?INDEX idx_audit_log_(seq|unchained) /);
        expect(plan, name).not.toMatch(/SCAN|TEMP B-TREE/);
      }
      // A page of a check starts where it is asked to (SeekGE on `from`), not at the trail's start
      // (SeekGT on `seq > 0`, then every entry up to `from`): the plans read the same either way.
      const seeks = db
        .prepare(`EXPLAIN ${TRAIL_QUERIES['range']!.replace(/\{:(\w+)\}/g, ':$1')}`)
        .all({ from: 1, to: 1 })
        .map((row) => String(row['opcode']))
        .filter((opcode) => opcode.startsWith('Seek'));
      expect(seeks).toEqual(['SeekGE']);
    } finally {
      db.close();
    }
  });
});
