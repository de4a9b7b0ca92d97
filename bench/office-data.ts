// What the benches of an office's data share (bench/scale.ts, bench/five-years.ts,
// bench/household-proposals.ts): staff accounts, requests and DTSEN households made through the API,
// cases copied in SQL where only their number matters, timed GETs, the status lookup under load, and
// database sizes.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import type PocketBase from 'pocketbase';
import {
  client,
  createOperator,
  createStaff,
  startTestPocketBase,
  type TestPocketBase,
} from '../tests/support/pocketbase.ts';
import { householdBatchForm, householdForm } from '../tests/support/household-form.ts';
import { median, percentile } from './load.ts';

export const OFFICE = 'dinsos-p3a-purwakarta';
export const KB = 1024;
export const MB = 1024 * 1024;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
export const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

export const FIRST_NAMES = [
  'Siti',
  'Dedi',
  'Asep',
  'Neneng',
  'Budi',
  'Yuyun',
  'Ujang',
  'Euis',
  'Agus',
  'Rina',
  'Dadang',
  'Iis',
  'Cecep',
  'Lilis',
  'Hendra',
  'Nani',
];
export const LAST_NAMES = [
  'Aminah',
  'Kurniawan',
  'Sunandar',
  'Hasanah',
  'Santoso',
  'Rahayu',
  'Suryana',
  'Permana',
  'Hidayat',
  'Lestari',
  'Saepudin',
  'Nurjanah',
];
export const DAY_MS = 86_400_000;

export interface Accounts {
  petugas: PocketBase;
  kepala: PocketBase;
  lookup: { number: string; verifier: string };
}

export async function staffClient(server: TestPocketBase, role: 'petugas' | 'kepala_bidang'): Promise<PocketBase> {
  const agency = await server.admin
    .collection('agencies')
    .getFirstListItem(server.admin.filter('slug = {:slug}', { slug: OFFICE }));
  const email = `${role}.bench@bench.local`;
  const password = 'bench-kata-sandi-123';
  await server.admin
    .collection('staff')
    .create({
      email,
      password,
      passwordConfirm: password,
      name: `Bench ${role}`,
      role,
      agency: agency.id,
      verified: true,
    })
    .catch(() => undefined);
  const pb = client(server.url);
  await pb.collection('staff').authWithPassword(email, password);
  return pb;
}

/** Registers `count` requests through the API, received over the last year, most of them finished since. */
export async function registerThroughApi(
  server: TestPocketBase,
  count: number,
  startIndex: number,
): Promise<{ number: string; verifier: string }> {
  const services = await server.admin
    .collection('services')
    .getFullList({ filter: server.admin.filter('agency.slug = {:slug}', { slug: OFFICE }) });
  let first: { number: string; verifier: string } | undefined;
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const n = startIndex + index;
      const service = services[n % services.length]!;
      const receivedAt = Date.now() - ((n * 7919) % 365) * DAY_MS - ((n * 104_729) % DAY_MS);
      const phone = `0812${String(10_000_000 + ((n * 48_271) % 89_999_999)).slice(0, 8)}`;
      const request = await server.admin.collection('requests').create({
        service: service.id,
        agency: service['agency'],
        applicant_name: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 7) % LAST_NAMES.length]}`,
        applicant_phone: phone,
        received_at: new Date(receivedAt).toISOString(),
      });
      first ??= { number: String(request['number']), verifier: phone.slice(-4) };
      // Older requests are mostly finished; recent ones mostly still open.
      const age = (Date.now() - receivedAt) / DAY_MS;
      const roll = (n * 31) % 100;
      const outcome =
        age > 30
          ? roll < 93
            ? 'selesai'
            : roll < 97
              ? 'ditolak'
              : 'diproses'
          : roll < 40
            ? 'selesai'
            : roll < 70
              ? 'diproses'
              : '';
      if (outcome) {
        const at = new Date(receivedAt + (1 + (n % 20)) * DAY_MS * (age > 30 ? 1 : 0.05)).toISOString();
        const steps = (service['steps'] as unknown[] | null)?.length ?? 1;
        await server.admin.collection('request_events').create({
          request: request.id,
          step: outcome === 'diproses' ? Math.min(2, steps) : 1,
          status: outcome,
          at,
          public_note: outcome === 'ditolak' ? 'Persyaratan tidak lengkap.' : 'Diproses petugas.',
        });
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return first!;
}

/** A kind of case copied in SQL: its table and the tables of rows that belong to one case. */
export interface CaseTables {
  table: string;
  children: { table: string; key: string }[];
}
export const REQUEST_TABLES: CaseTables = {
  table: 'requests',
  children: [{ table: 'request_events', key: 'request' }],
};
export const COMPLAINT_TABLES: CaseTables = {
  table: 'complaints',
  children: [
    { table: 'complaint_events', key: 'complaint' },
    { table: 'complaint_contacts', key: 'complaint' },
  ],
};
export const HOUSEHOLD_TABLES: CaseTables = {
  table: 'household_proposals',
  children: [{ table: 'household_proposal_events', key: 'household_proposal' }],
};

/**
 * Households proposed for DTSEN by a village's operator through the server (`photos` replacing the
 * form's small ones), each create timed; then a third are left at the village, a third agreed at the
 * deliberation (a household batch with minutes) and a third also verified by the Dinas, so that both
 * views of the staff list have households. Returns the creates' times in ms.
 */
export async function householdsThroughServer(
  server: TestPocketBase,
  count: number,
  photos: Partial<Record<string, Blob[]>> = {},
): Promise<number[]> {
  const [operator, staff] = await Promise.all([createOperator(server, '32.14.06.2006'), createStaff(server, OFFICE)]);
  const times: number[] = [];
  const created: string[] = [];
  for (let index = 0; index < count; index++) {
    const form = await householdForm(operator.placeId, { files: photos });
    const started = performance.now();
    created.push((await operator.pb.collection('household_proposals').create(form)).id);
    times.push(performance.now() - started);
  }
  const agreed = created.filter((_, index) => index % 3 !== 0);
  if (agreed.length > 0)
    await operator.pb.collection('household_batches').create(await householdBatchForm(operator.placeId, agreed));
  for (const household of agreed.filter((_, index) => index % 2 === 0))
    await staff.pb
      .collection('household_proposal_events')
      .create({ household_proposal: household, status: 'diverifikasi-dinsos', staff: staff.id });
  return times;
}

export const PROPOSAL_TABLES: CaseTables = {
  table: 'proposals',
  children: [
    { table: 'proposal_events', key: 'proposal' },
    { table: 'proposal_contacts', key: 'proposal' },
  ],
};

/**
 * Opens a stopped server's database for the bench's bulk copies: a page cache of 512 MB (SQLite's
 * 2 MB default made the copies of a five-year office take 21 minutes, each insert into a random id's
 * index page reading it from the file) and no fsync per commit — a copy lost to a crash is made again.
 */
export function openForBulkCopies(dataDir: string): DatabaseSync {
  const db = new DatabaseSync(join(dataDir, 'data.db'));
  db.exec('PRAGMA busy_timeout = 10000');
  db.exec('PRAGMA cache_size = -524288');
  db.exec('PRAGMA synchronous = OFF');
  return db;
}

/**
 * Copies the first `originals` cases of a kind (those made through the API), with the rows that
 * belong to them, until there are `target`. A copy keeps its original's dates and statuses (SQLite's
 * triggers count it in the kept figures like any row) with its own id, number and idempotency key;
 * a proposal's copy names its original's documents, which stay in the original's folder.
 */
export function copyCases(dataDir: string, kind: CaseTables, originals: number, target: number) {
  const db = openForBulkCopies(dataDir);
  try {
    const columns = (table: string) =>
      db
        .prepare(`PRAGMA table_info(${table})`)
        .all()
        .map((column) => String(column['name']));
    const caseColumns = columns(kind.table);
    const count = () => Number(db.prepare(`SELECT COUNT(*) AS count FROM ${kind.table}`).get()!['count']);
    for (let total = count(); total < target; total = count()) {
      // A copy's id is its original's with a number of its own; the rows that belong to it follow it.
      const copiedId = (column: string) => `substr(${column}, 1, 9) || printf('%06d', ${total})`;
      const originalIds = `SELECT id FROM ${kind.table} ORDER BY rowid LIMIT ${Math.min(originals, target - total)}`;
      const caseValue = (column: string) =>
        column === 'id'
          ? copiedId('id')
          : column === 'number'
            ? "substr(number, 1, 4) || substr(h, 1, 4) || '-' || substr(h, 5, 4) || '-' || substr(h, 9, 1)"
            : column === 'idempotency_key'
              ? 'lower(hex(randomblob(16)))'
              : column;
      db.exec('BEGIN');
      db.exec(
        `INSERT OR IGNORE INTO ${kind.table} (${caseColumns.join(', ')})` +
          ` SELECT ${caseColumns.map(caseValue).join(', ')}` +
          ` FROM (SELECT *, upper(hex(randomblob(5))) AS h FROM ${kind.table} WHERE id IN (${originalIds}))`,
      );
      for (const child of kind.children) {
        const childColumns = columns(child.table);
        db.exec(
          `INSERT OR IGNORE INTO ${child.table} (${childColumns.join(', ')})` +
            ` SELECT ${childColumns.map((column) => (column === 'id' || column === child.key ? copiedId(column) : column)).join(', ')}` +
            ` FROM ${child.table} WHERE ${child.key} IN (${originalIds})`,
        );
      }
      db.exec('COMMIT');
    }
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : 0);
export const databaseSize = (dataDir: string, name: string) =>
  fileSize(join(dataDir, name)) + fileSize(join(dataDir, `${name}-wal`));

/** A GET as `token` repeated `runs` times: median and 95th percentile in ms, and the size of the answer. */
export async function timed(
  url: string,
  token: string,
  runs = 11,
): Promise<{ ms: number; p95: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { Authorization: token } });
    const body = await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 200)}`);
    bytes = body.byteLength;
  }
  return { ms: median(times), p95: percentile(times, 0.95), bytes };
}

/** Latencies of the answered status lookups of `lookup` at `url`, 20 connections for 5 s. */
export async function statusLookupLatencies(url: string, lookup: Accounts['lookup']): Promise<number[]> {
  const latencies: number[] = [];
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/layanan/status`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(lookup),
        connections: 20,
        duration: 5,
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
  return latencies;
}

export async function statusLookupP95(server: TestPocketBase, lookup: Accounts['lookup']): Promise<number> {
  const latencies = await statusLookupLatencies(server.url, lookup);
  if (latencies.length === 0) throw new Error('No status lookup succeeded.');
  return percentile(latencies, 0.95);
}

export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<TestPocketBase> {
  const server = await startTestPocketBase({ dataDir, env: { LAYANAN_STATUS_RATE_LIMIT: '100000000/60', ...env } });
  // PocketBase's default "/api/" rule (300 per 10 s per address) would throttle the load.
  const settings = await server.admin.settings.getAll();
  await server.admin.settings.update({
    rateLimits: {
      ...settings['rateLimits'],
      rules: settings['rateLimits'].rules.filter((rule: { label: string }) => rule.label !== '/api/'),
    },
  });
  return server;
}
