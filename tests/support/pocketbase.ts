// A real PocketBase for a test file: temporary data folder, free port, the project's migrations
// and hooks, serving the build (which it takes its services, steps and villages from). No mocks.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { filesUnder } from '../../scripts/build-fingerprint.ts';
import { testCache } from './test-cache.ts';
import PocketBase from 'pocketbase';
import type { StaffRole } from '../../src/domain/roles';
import { AUDIT_ANCHORS_BESIDE_DATA, AUDIT_KEY_BESIDE_DATA } from '../../src/domain/audit.ts';
import {
  freePort,
  pocketBaseBinary,
  startPocketBase,
  PROJECT_ROOT,
  type Superuser,
} from '../../pocketbase/scripts/server.ts';

export interface TestPocketBase {
  url: string;
  dataDir: string;
  superuser: Superuser;
  /** The erasure register file the server keeps (LAYANAN_ERASURE_REGISTER). */
  erasureRegister: string;
  /** The audit trail's key file (LAYANAN_AUDIT_KEY_FILE): beside the data folder unless given. */
  auditKeyFile: string;
  /** A client authenticated as superuser. */
  admin: PocketBase;
  /** The server process itself (a test may kill it). */
  process: ChildProcess;
  /** Stops the server and deletes its data folder (and the audit key and anchors beside it), unless it is to be started again. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Limits tests go past from 127.0.0.1: signing in, creating records, rating services, reading the public report. */
const RELAXED_LIMITS = [
  '*:auth',
  '*:create',
  'POST /api/layanan/survei',
  'POST /api/layanan/survei/loket',
  'GET /api/data/kinerja',
];

/**
 * Tests sign in and create many records from 127.0.0.1; PocketBase's defaults (2 sign-ins per
 * 3 s, 20 creates per 5 s per address) and the survey's limits are for real offices, and are
 * tested as such in tests/integration/status-lookup.test.ts and satisfaction-survey.test.ts.
 */
export async function relaxRateLimits(admin: PocketBase) {
  const settings = await admin.settings.getAll();
  await admin.settings.update({
    rateLimits: {
      ...settings['rateLimits'],
      rules: settings['rateLimits'].rules.map((rule: { label: string }) =>
        RELAXED_LIMITS.includes(rule.label) ? { ...rule, maxRequests: 1000 } : rule,
      ),
    },
  });
}

/**
 * Waits until every audit entry written so far is chained (numbered and linked). The chainer does
 * it off the requests, every 200 ms, from the first minute's tick after a start
 * (pocketbase/pb_hooks/audit_trail.pb.js); a test server is usually younger than that, so its
 * cron job is started now, as the tick would. Read from the data file: waiting adds no entry of its
 * own (an API read of the trail is itself audited). Fails past `withinMs`.
 */
export async function trailChained(server: TestPocketBase, withinMs = 10_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  const unchained = () => {
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      return Number(db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE seq = 0').get()!['n']);
    } finally {
      db.close();
    }
  };
  if (unchained() > 0) await server.admin.crons.run('jejak-audit-rantai');
  for (let waiting = unchained(); waiting > 0; waiting = unchained()) {
    if (Date.now() > deadline) throw new Error(`${waiting} audit entries still unchained after ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Where a test server's erasure register lies, beside its data folder (the server's lies outside it too). */
export const erasureRegisterBeside = (dataDir: string) => `${dataDir}-penghapusan.txt`;

/** Deletes a test server's data folder and what lies beside it: the audit trail's key and anchors, the erasure register. */
export function removeDataDir(dataDir: string): void {
  for (const path of [
    dataDir,
    dataDir + AUDIT_KEY_BESIDE_DATA,
    dataDir + AUDIT_ANCHORS_BESIDE_DATA,
    erasureRegisterBeside(dataDir),
  ])
    rmSync(path, { recursive: true, force: true });
}

/**
 * A data folder with every migration applied, made once per version of the migrations and hooks and
 * kept in the tests' cache (test-cache.ts): a test server starts from a copy of it, so that it does not
 * migrate an empty database itself (about 0.6 s of CPU and 2 s on this machine, for each of the ~45
 * servers a Vitest run starts). `pocketbase serve` still applies what is pending and brings the data
 * in line with the site it serves, as on every start.
 */
function migratedTemplate(): string {
  const pocketbaseDir = join(PROJECT_ROOT, 'pocketbase');
  const hash = createHash('sha256').update(pocketBaseBinary());
  for (const file of [
    ...filesUnder(join(pocketbaseDir, 'pb_migrations')),
    ...filesUnder(join(pocketbaseDir, 'pb_hooks')),
  ])
    hash.update(file).update(readFileSync(file));
  const templates = testCache('migrated');
  const template = join(templates, hash.digest('hex').slice(0, 16));
  if (existsSync(template)) return template;
  mkdirSync(templates, { recursive: true });
  const making = mkdtempSync(`${template}-making-`);
  pocketBaseCommand(making, ['migrate', 'up']);
  // Made whole beside it, then renamed: a folder under the template's name is always complete. When
  // two test files make it at once, the first rename wins and the other copy is thrown away.
  try {
    renameSync(making, template);
  } catch {
    rmSync(making, { recursive: true, force: true });
  }
  // Earlier versions' folders go: only this one is started from again.
  for (const earlier of readdirSync(templates))
    if (earlier !== basename(template) && !earlier.includes('-making-'))
      rmSync(join(templates, earlier), { recursive: true, force: true });
  return template;
}

export async function startTestPocketBase(
  options: {
    env?: Record<string, string>;
    siteDir?: string;
    defaultRateLimits?: boolean;
    dataDir?: string;
    origins?: string[];
  } = {},
): Promise<TestPocketBase> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'layanan-pb-'));
  if (!options.dataDir) cpSync(migratedTemplate(), dataDir, { recursive: true });
  const superuser = { email: 'admin@test.local', password: randomBytes(12).toString('hex') };
  // The erasure register lives outside the data folder (pb_hooks/lib/erasure_register.js): beside it here.
  const erasureRegister = options.env?.['LAYANAN_ERASURE_REGISTER'] ?? erasureRegisterBeside(dataDir);
  const auditKeyFile = options.env?.['LAYANAN_AUDIT_KEY_FILE'] ?? dataDir + AUDIT_KEY_BESIDE_DATA;
  const server = await startPocketBase({
    dataDir,
    http: `127.0.0.1:${await freePort()}`,
    superuser,
    siteDir: options.siteDir ?? `${PROJECT_ROOT}dist`,
    env: { ...options.env, LAYANAN_ERASURE_REGISTER: erasureRegister, LAYANAN_AUDIT_KEY_FILE: auditKeyFile },
    origins: options.origins,
    // A copy of the migrated template (or a folder a test server already ran on): no separate
    // `migrate up` (0.14 s of CPU a start, ~50 starts a run); serve applies what is pending.
    migrated: true,
  });
  const admin = new PocketBase(server.url);
  admin.autoCancellation(false);
  await admin.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  if (!options.defaultRateLimits) await relaxRateLimits(admin);
  return {
    url: server.url,
    dataDir,
    superuser,
    erasureRegister,
    auditKeyFile,
    admin,
    process: server.process,
    async stop({ keepData = false } = {}) {
      await server.stop();
      if (!keepData) {
        removeDataDir(dataDir);
        rmSync(erasureRegister, { force: true });
      }
    },
  };
}

/** The command line of one of the project's own PocketBase commands (`data-pribadi …`, `jejak-audit …`) on a data folder, as on the server. */
export function pocketBaseCommandLine(dataDir: string, args: string[]): [string, string[]] {
  return [
    pocketBaseBinary(),
    [
      ...args,
      `--dir=${dataDir}`,
      `--hooksDir=${join(PROJECT_ROOT, 'pocketbase/pb_hooks')}`,
      `--migrationsDir=${join(PROJECT_ROOT, 'pocketbase/pb_migrations')}`,
    ],
  ];
}

/** Runs one of the project's own PocketBase commands on a data folder and returns its output. */
export function pocketBaseCommand(dataDir: string, args: string[], env: Record<string, string> = {}): string {
  const [binary, commandArgs] = pocketBaseCommandLine(dataDir, args);
  return execFileSync(binary, commandArgs, { encoding: 'utf8', env: { ...process.env, ...env } });
}

export function client(url: string): PocketBase {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  return pb;
}

export interface StaffAccount {
  id: string;
  email: string;
  password: string;
  pb: PocketBase;
}

/** Creates a staff account of an office (by slug) and returns a client signed in as it. */
export async function createStaff(
  server: TestPocketBase,
  agencySlug: string,
  role: StaffRole = 'petugas',
): Promise<StaffAccount> {
  const agency = await server.admin
    .collection('agencies')
    .getFirstListItem(server.admin.filter('slug = {:slug}', { slug: agencySlug }));
  const email = `${role}.${agencySlug}.${randomBytes(4).toString('hex')}@test.local`;
  const password = randomBytes(12).toString('hex');
  const record = await server.admin.collection('staff').create({
    email,
    password,
    passwordConfirm: password,
    name: `Petugas ${agencySlug}`,
    role,
    agency: agency.id,
    verified: true,
  });
  const pb = client(server.url);
  await pb.collection('staff').authWithPassword(email, password);
  return { id: record.id, email, password, pb };
}

export async function serviceBySlug(server: TestPocketBase, slug: string) {
  return server.admin.collection('services').getFirstListItem(server.admin.filter('slug = {:slug}', { slug }));
}

export interface VillageAccount {
  id: string;
  /** The village (operators) or kecamatan (Camats) record the account is tied to. */
  placeId: string;
  email: string;
  password: string;
  pb: PocketBase;
}

/** An account tied to a place — a village operator (`operators`, by desa code) or a Camat (`camats`, by kecamatan code) — made by a superuser and signed in. */
async function createPlaceAccount(
  server: TestPocketBase,
  collection: 'operators' | 'camats',
  code: string,
): Promise<VillageAccount> {
  const [placeCollection, field] = collection === 'operators' ? ['villages', 'village'] : ['kecamatan', 'kecamatan'];
  const place = await server.admin
    .collection(placeCollection)
    .getFirstListItem(server.admin.filter('code = {:code}', { code }));
  const email = `${collection}.${code.replace(/\./g, '')}.${randomBytes(4).toString('hex')}@test.local`;
  const password = randomBytes(12).toString('hex');
  const record = await server.admin.collection(collection).create({
    email,
    password,
    passwordConfirm: password,
    name: `${collection === 'operators' ? 'Operator' : 'Camat'} ${place['name']}`,
    [field]: place.id,
    verified: true,
  });
  const pb = client(server.url);
  await pb.collection(collection).authWithPassword(email, password);
  return { id: record.id, placeId: place.id, email, password, pb };
}

export const createOperator = (server: TestPocketBase, villageCode: string) =>
  createPlaceAccount(server, 'operators', villageCode);
export const createCamat = (server: TestPocketBase, kecamatanCode: string) =>
  createPlaceAccount(server, 'camats', kecamatanCode);

export interface PurwakartaAccounts {
  petugas: StaffAccount;
  kepala: StaffAccount;
  /** The operator of Desa Linggasari, Kecamatan Darangdan (Lambung Sosial). */
  operator: VillageAccount;
}

/** A petugas and a kepala bidang of Dinsos P3A Purwakarta and a village operator, each signed in. */
export async function purwakartaAccounts(server: TestPocketBase): Promise<PurwakartaAccounts> {
  const [petugas, kepala, operator] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createOperator(server, '32.14.06.2006'),
  ]);
  return { petugas, kepala, operator };
}
