// At every start the server asks only whether the references a build removes or changes are still
// in use (pocketbase/pb_hooks/lib/site_sync.js, src/domain/site-contract.ts usageQuestions), each
// through an index. Here every kind of reference is in use in a real database — requests, staff, a
// Camat, a village operator and proposal, stock-ledger entries — and one build removes or changes
// them all: the server must refuse to start and name each one with how much still uses it. A check
// skipped, or a lookup that counts nothing, leaves its line out.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import { removeDataDir, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';
import { hookExports, queryPlan } from '../support/query-plan';
import { SITE_CONTRACT_FILES, type SiteFeeds } from '../../src/domain/site-contract';
import * as domain from '../../src/domain';

const PURWAKARTA = 'dinsos-p3a-purwakarta';
const ROKAN_HULU = 'dinsos-p3a-rokan-hulu';
const MOVED_SERVICE = 'pengecekan-status-dtks-bansos';
const REMOVED_SERVICE = 'surat-keterangan-dtks';
const PROPOSAL_SERVICE = 'pengusulan-logistik-kebencanaan';
const VILLAGE = '32.14.06.2006';
const CLOSED_LAMBUNG = '32.14.06';
const REMOVED_KECAMATAN = '32.14.15';
const REMOVED_ITEM = 'genset';
const REMOVED_WAREHOUSE = 'lumbung.32.14.17';

/** The server of the last test, when it started. */
let running: TestPocketBase | undefined;
let dataDir: string;
const built = join(PROJECT_ROOT, 'dist');

/** The changed build, beside the data folder. */
const siteBeside = () => `${dataDir}-site`;

afterAll(async () => {
  await running?.stop({ keepData: true });
  removeDataDir(dataDir);
  rmSync(siteBeside(), { recursive: true, force: true });
});

/** The lookups of pocketbase/pb_hooks/lib/site_sync.js, by the figure each answers. */
function siteSyncQueries(): Record<string, string> {
  const hook = hookExports<{
    USAGE_QUERIES: Record<string, string>;
    openRequestsQuery: (domain: typeof import('../../src/domain')) => string;
  }>('site_sync.js');
  return { ...hook.USAGE_QUERIES, openRequests: hook.openRequestsQuery(domain) };
}

function insertRow(db: DatabaseSync, table: string, row: Record<string, SQLInputValue>) {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...Object.values(row),
  );
}

/** The id of the reference row with this natural key. */
type IdOf = (table: string, column: string, key: string) => string;

/** A migrated server's data folder, with rows written in SQL while it is stopped. */
async function dataWith(write: (db: DatabaseSync, id: IdOf) => void): Promise<string> {
  const first = await startTestPocketBase();
  await first.stop({ keepData: true });
  const db = new DatabaseSync(join(first.dataDir, 'data.db'));
  try {
    write(db, (table, column, key) =>
      String(db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).get(key)!['id']),
    );
  } finally {
    db.close();
  }
  return first.dataDir;
}

/** Five years of an office in miniature: one use of each kind of reference. */
function useEveryReference(db: DatabaseSync, id: IdOf) {
  const account = (n: number) => ({
    email: `pemakai${n}@sync.test`,
    tokenKey: `token-${n}`,
    password: 'x',
    name: 'Uji',
  });
  const request = (n: number, service: string, agency: string, status: string) =>
    insertRow(db, 'requests', {
      id: `syncrequest${n}`.padEnd(15, '0'),
      number: `PWK-SYNC-000${n}-X`,
      service: id('services', 'slug', service),
      agency: id('agencies', 'slug', agency),
      status,
      received_at: `2026-01-0${n} 02:00:00.000Z`,
      due_at: `2026-01-2${n} 02:00:00.000Z`,
      finished_at: status === 'diproses' ? '' : `2026-01-1${n} 02:00:00.000Z`,
    });
  request(1, MOVED_SERVICE, PURWAKARTA, 'selesai');
  request(2, MOVED_SERVICE, PURWAKARTA, 'ditolak');
  request(3, REMOVED_SERVICE, PURWAKARTA, 'diproses');
  request(4, 'respon-kasus-anak', ROKAN_HULU, 'selesai');
  insertRow(db, 'staff', { ...account(1), role: 'petugas', agency: id('agencies', 'slug', ROKAN_HULU) });
  insertRow(db, 'camats', { ...account(2), kecamatan: id('kecamatan', 'code', CLOSED_LAMBUNG) });
  insertRow(db, 'camats', { ...account(3), kecamatan: id('kecamatan', 'code', REMOVED_KECAMATAN) });
  insertRow(db, 'operators', { ...account(4), village: id('villages', 'code', VILLAGE) });
  insertRow(db, 'proposals', {
    number: 'USL-SYNC-0001',
    idempotency_key: 'sync-usulan-1',
    village: id('villages', 'code', VILLAGE),
    agency: id('agencies', 'slug', PURWAKARTA),
  });
  const entry = (n: number, item: string, warehouse: string) =>
    insertRow(db, 'stock_entries', {
      item: id('stock_items', 'slug', item),
      warehouse: id('warehouses', 'code', warehouse),
      idempotency_key: `sync-entry-${n}`,
      kind: 'masuk',
      change: 10,
      created: `2026-01-0${n} 02:00:00.000Z`,
    });
  entry(1, REMOVED_ITEM, `dinas.${PURWAKARTA}`);
  entry(2, 'beras', REMOVED_WAREHOUSE);
  entry(3, 'beras', REMOVED_WAREHOUSE);
}

/** This project's build with its feeds changed: every other file the same (the server reads only the feeds). */
function buildWith(change: (feeds: SiteFeeds) => void): string {
  const site = siteBeside();
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site);
  for (const entry of readdirSync(built)) if (entry !== 'data') symlinkSync(join(built, entry), join(site, entry));
  cpSync(join(built, 'data'), join(site, 'data'), { recursive: true });
  const feeds = Object.fromEntries(
    Object.entries(SITE_CONTRACT_FILES).map(([name, file]) => [
      name,
      JSON.parse(readFileSync(join(site, file), 'utf8')),
    ]),
  ) as unknown as SiteFeeds;
  change(feeds);
  for (const [name, file] of Object.entries(SITE_CONTRACT_FILES))
    writeFileSync(join(site, file), JSON.stringify(feeds[name as keyof SiteFeeds]));
  return site;
}

beforeAll(async () => {
  dataDir = await dataWith(useEveryReference);
}, 60_000);

describe('the start checks each reference the build removes or changes, and only those', () => {
  it('reads requests, proposals and stock entries through an index for each question', () => {
    const db = new DatabaseSync(join(dataDir, 'data.db'), { readOnly: true });
    try {
      const queries = siteSyncQueries();
      expect(Object.keys(queries).sort()).toEqual([
        'agencyUsage',
        'camatAccounts',
        'openRequests',
        'proposalCounts',
        'requestCounts',
        'stockUsage',
        'villageUsage',
      ]);
      for (const [name, sql] of Object.entries(queries)) {
        const plan = queryPlan(db, sql, { key: 'x' });
        // The tables that grow with the years are searched by the referring column; accounts and
        // reference tables (staff, Camats, operators, kecamatan, villages) grow with the office.
        expect(plan, name).not.toMatch(/SCAN (requests|proposals|stock_entries|r|p|e)\b/);
        if (/\b(requests|proposals|stock_entries)\b/.test(sql))
          expect(plan, name).toMatch(/SEARCH (r|p|e|requests|proposals|stock_entries) USING (COVERING )?INDEX/);
      }
    } finally {
      db.close();
    }
  });

  it('refuses a build that would orphan any of them, naming each and how much still uses it', async () => {
    let rokanHuluServices = 0;
    const site = buildWith((feeds) => {
      rokanHuluServices = feeds.services.services.filter((service) => service.agency === ROKAN_HULU).length;
      feeds.services.agencies = feeds.services.agencies.filter((agency) => agency.id !== ROKAN_HULU);
      feeds.services.services = feeds.services.services.filter((service) => service.id !== REMOVED_SERVICE);
      for (const service of feeds.services.services) {
        if (service.id === MOVED_SERVICE) service.agency = 'dinsos-pppa-banjarnegara';
        if (service.id === PROPOSAL_SERVICE) service.villageProposals = false;
      }
      for (const point of feeds.servicePoints)
        point.services = point.services.filter((service) => service !== REMOVED_SERVICE);
      feeds.kecamatan.features = feeds.kecamatan.features.filter(
        (feature) => feature.properties.code !== REMOVED_KECAMATAN,
      );
      for (const feature of feeds.kecamatan.features)
        if (feature.properties.code === CLOSED_LAMBUNG) feature.properties.lambungSosial = false;
      feeds.villages = feeds.villages.filter(
        (village) => village.code !== VILLAGE && village.kecamatan !== REMOVED_KECAMATAN,
      );
      feeds.logistics.items = feeds.logistics.items.filter((item) => item.slug !== REMOVED_ITEM);
      feeds.logistics.warehouses = feeds.logistics.warehouses.filter(
        (warehouse) => warehouse.code !== REMOVED_WAREHOUSE && warehouse.kecamatan !== REMOVED_KECAMATAN,
      );
    });
    const refusal = await startTestPocketBase({ dataDir, siteDir: site }).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(Error);
    const message = (refusal as Error).message;
    for (const line of [
      `Layanan ${REMOVED_SERVICE} tidak ada lagi di build, tetapi 1 permohonan belum selesai (PWK-SYNC-0003-X)`,
      `Layanan ${MOVED_SERVICE} pindah kantor, tetapi sudah punya 2 permohonan`,
      // Its services, its staff account and its request.
      `agencies ${ROKAN_HULU} tidak ada lagi di build, tetapi masih dipakai ${rokanHuluServices + 2} akun atau data`,
      `Kantor ${PURWAKARTA} punya 1 usulan desa, tetapi tidak ada layanannya yang bertanda villageProposals: true`,
      `Kecamatan ${CLOSED_LAMBUNG} tidak lagi punya Lambung Sosial, tetapi masih punya 1 akun Camat`,
      `kecamatan ${REMOVED_KECAMATAN} tidak ada lagi di build, tetapi masih dipakai 1 akun atau data`,
      `villages ${VILLAGE} tidak ada lagi di build, tetapi masih dipakai 2 akun atau data`,
      `stock_items ${REMOVED_ITEM} tidak ada lagi di build, tetapi masih dipakai 1 akun atau data`,
      `warehouses ${REMOVED_WAREHOUSE} tidak ada lagi di build, tetapi masih dipakai 2 akun atau data`,
    ])
      expect(message).toContain(line);
  }, 60_000);

  it('starts on the unchanged build, the data in use untouched', async () => {
    running = await startTestPocketBase({ dataDir });
    const villages = await running.admin.collection('villages').getFullList({ filter: `code = "${VILLAGE}"` });
    expect(villages).toHaveLength(1);
  }, 60_000);
});

// Every other relation to a reference a build can remove (pocketbase/pb_hooks/lib/site_sync.js
// REFERENCE_USES; tests/integration/schema-agreement.test.ts holds that list to the schema): an
// office's complaints, survey responses, proposals, household data and audit entries; a village
// named by household data or a complaint's rebuttal; a kecamatan whose Camat a proposal is
// addressed to; a warehouse's legal bases and releases. Each village, kecamatan and warehouse is
// used by one relation alone, so each line's count says which relation was counted.
describe('the start counts every relation that points at a reference the build removes', () => {
  const OFFICE = 'dinsos-pppa-banjarnegara';
  const BATCH_VILLAGE = '32.14.02.2001';
  const HOUSEHOLD_VILLAGE = '32.14.02.2002';
  const REBUTTAL_VILLAGE = '32.14.02.2003';
  const CAMAT_KECAMATAN = '32.14.05';
  const PROPOSING_VILLAGE = '32.14.01.1001';
  const BASIS_WAREHOUSE = 'lumbung.32.14.06';
  const RELEASE_WAREHOUSE = 'lumbung.32.14.17';
  let usesDir: string;

  beforeAll(async () => {
    usesDir = await dataWith((db, id) => {
      const office = id('agencies', 'slug', OFFICE);
      const at = '2026-01-05 02:00:00.000Z';
      insertRow(db, 'complaints', {
        number: 'ADU-SYNC-0001',
        agency: office,
        sanggah_village: id('villages', 'code', REBUTTAL_VILLAGE),
        status: 'diterima',
        received_at: at,
      });
      insertRow(db, 'survey_responses', { number: 'SKM-SYNC-0001', agency: office, submitted_at: at });
      insertRow(db, 'proposals', {
        number: 'USL-SYNC-0002',
        idempotency_key: 'sync-usulan-2',
        village: id('villages', 'code', PROPOSING_VILLAGE),
        camat_kecamatan: id('kecamatan', 'code', CAMAT_KECAMATAN),
        agency: office,
        received_at: at,
      });
      insertRow(db, 'household_batches', {
        idempotency_key: 'sync-musdes-1',
        agency: office,
        village: id('villages', 'code', BATCH_VILLAGE),
        held_on: '2026-01-05',
      });
      insertRow(db, 'household_proposals', {
        number: 'DTS-SYNC-0001',
        idempotency_key: 'sync-dtsen-1',
        agency: office,
        village: id('villages', 'code', HOUSEHOLD_VILLAGE),
        status: 'diterima',
        received_at: at,
      });
      insertRow(db, 'audit_log', { action: 'lihat-permohonan', actor_type: 'staff', agency: office, created: at });
      insertRow(db, 'legal_bases', { number: 'SK-SYNC-1', warehouse: id('warehouses', 'code', BASIS_WAREHOUSE) });
      insertRow(db, 'stock_releases', {
        number: 'BAST-SYNC-1',
        idempotency_key: 'sync-bast-1',
        warehouse: id('warehouses', 'code', RELEASE_WAREHOUSE),
        released_at: at,
      });
    });
  }, 60_000);
  afterAll(() => removeDataDir(usesDir));

  it('counts each through an index on the referring column, but the accounts and services, which grow with the office', () => {
    const hook = hookExports<{
      REFERENCE_USES: Record<string, Record<string, string[]>>;
      USAGE_QUERIES: Record<string, string>;
    }>('site_sync.js');
    const db = new DatabaseSync(join(usesDir, 'data.db'), { readOnly: true });
    try {
      for (const [figure, byTarget] of Object.entries(hook.REFERENCE_USES)) {
        const plan = queryPlan(db, hook.USAGE_QUERIES[figure]!, { key: 'x' });
        for (const use of Object.values(byTarget).flat()) {
          const [table, column] = use.split('.');
          if (['staff', 'camats', 'operators', 'services'].includes(table!)) continue;
          expect(plan, use).toMatch(new RegExp(`SEARCH ${table} USING (COVERING )?INDEX \\w+ \\(${column}=\\?`));
          expect(plan, use).not.toMatch(new RegExp(`SCAN ${table}\\b`));
        }
      }
    } finally {
      db.close();
    }
  });

  it('refuses the build with the count of each, and how to fix it', async () => {
    let officeServices = 0;
    const removedVillages = new Set([BATCH_VILLAGE, HOUSEHOLD_VILLAGE, REBUTTAL_VILLAGE]);
    const removedWarehouses = new Set([BASIS_WAREHOUSE, RELEASE_WAREHOUSE, `lumbung.${CAMAT_KECAMATAN}`]);
    const site = buildWith((feeds) => {
      officeServices = feeds.services.services.filter((service) => service.agency === OFFICE).length;
      feeds.services.agencies = feeds.services.agencies.filter((agency) => agency.id !== OFFICE);
      feeds.services.services = feeds.services.services.filter((service) => service.agency !== OFFICE);
      feeds.servicePoints = feeds.servicePoints.filter((point) => point.agency !== OFFICE);
      feeds.kecamatan.features = feeds.kecamatan.features.filter(
        (feature) => feature.properties.code !== CAMAT_KECAMATAN,
      );
      feeds.villages = feeds.villages.filter(
        (village) => !removedVillages.has(village.code) && village.kecamatan !== CAMAT_KECAMATAN,
      );
      feeds.logistics.warehouses = feeds.logistics.warehouses.filter(
        (warehouse) => warehouse.agency !== OFFICE && !removedWarehouses.has(warehouse.code),
      );
    });
    const refusal = await startTestPocketBase({ dataDir: usesDir, siteDir: site }).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(Error);
    const inUse = (what: string, n: number) =>
      `- ${what} tidak ada lagi di build, tetapi masih dipakai ${n} akun atau data. Kembalikan ke content/.`;
    const message = (refusal as Error).message;
    for (const line of [
      // Its service, its complaint, survey response, proposal, household batch and proposal, audit entry.
      inUse(`agencies ${OFFICE}`, officeServices + 6),
      inUse(`villages ${BATCH_VILLAGE}`, 1),
      inUse(`villages ${HOUSEHOLD_VILLAGE}`, 1),
      inUse(`villages ${REBUTTAL_VILLAGE}`, 1),
      inUse(`kecamatan ${CAMAT_KECAMATAN}`, 1),
      inUse(`warehouses ${BASIS_WAREHOUSE}`, 1),
      inUse(`warehouses ${RELEASE_WAREHOUSE}`, 1),
    ])
      expect(message).toContain(line);
    expect(message.match(/tidak ada lagi di build/g)).toHaveLength(7);
  }, 60_000);
});
