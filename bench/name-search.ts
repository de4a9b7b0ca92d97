// The staff lists' name search (src/domain/case-list.ts) when an office's names are as varied as a
// district's: the five-year office of bench/five-years.ts has 48 distinct applicant names, which
// flatters an index of distinct names, so this bench gives 500,000 requests names drawn from
// common first names and made-up family names (most of them distinct) and prints:
// - the upgrade: migration 1795403940 (names table and trigram index) built on those rows;
// - what the triggers add to writing a request (10,000 inserted before and after it);
// - each search's SQL (work queue, both views: page and count), with the name index and with LIKE
//   alone (the queries as they were), p50/p95 of 11 runs, in SQLite (no HTTP, no audit entry).
//
//   npm run bench:name-search              (a few minutes)
//   BENCH_REQUESTS=50000 npm run bench:name-search
//
// Rows are written in SQL into a data folder migrated by the PocketBase binary (the real schema,
// indexes and triggers); only the columns the lists read are varied.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pocketBaseBinary, PROJECT_ROOT } from '../pocketbase/scripts/server.ts';
import {
  caseListCountQuery,
  caseListPageQueries,
  defaultCaseListQuery,
  type CaseListQuery,
  type ListScope,
} from '../src/domain/case-list.ts';
import { WORK_QUEUE } from '../src/domain/case-lists.ts';
import { median, percentile } from './load.ts';
import { FIRST_NAMES, table } from './office-data.ts';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 500_000);
const MORE = 10_000;
const RUNS = 11;
const NAME_MIGRATION = '1795403940_name_search_index.js';
const SEARCHES = ['Siti Ha', 'siti', 'Nur', 'wati', 'an'];

const work = mkdtempSync(join(tmpdir(), 'layanan-name-search-'));
const dataDir = join(work, 'pb_data');
const migrationsDir = join(PROJECT_ROOT, 'pocketbase/pb_migrations');

function migrate(from: string) {
  execFileSync(pocketBaseBinary(), ['migrate', 'up', `--dir=${dataDir}`, `--migrationsDir=${from}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** A made-up family name of two or three syllables: with the first names, most names are distinct. */
const SYLLABLES = [
  'ha',
  'ra',
  'di',
  'ma',
  'su',
  'wi',
  'ja',
  'to',
  'ya',
  'na',
  'sa',
  'pu',
  'ti',
  'ka',
  'ri',
  'wan',
  'no',
];
const MORE_FIRST_NAMES = ['Nur', 'Muhammad', 'Dewi', 'Sri', 'Ahmad', 'Wati', 'Rudi', 'Yanti', 'Iwan', 'Tuti'];
function nameOf(n: number): string {
  const first = [...FIRST_NAMES, ...MORE_FIRST_NAMES];
  let rest = Math.floor(n / first.length);
  let family = '';
  for (let syllable = 0; syllable < 3; syllable++) {
    family += SYLLABLES[(rest * 7 + syllable * 3) % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return `${first[n % first.length]} ${family[0]!.toUpperCase()}${family.slice(1)}${n % 5 === 0 ? ` ${SYLLABLES[n % 11]}ah` : ''}`;
}

function insertRequests(db: DatabaseSync, from: number, count: number, agency: string, service: string) {
  const insert = db.prepare(
    `INSERT INTO requests (id, number, service, agency, applicant_name, applicant_phone, status, channel, received_at, due_at, finished_at)
     VALUES (:id, :number, :service, :agency, :name, '0812', :status, 'loket', :received, :due, :finished)`,
  );
  const started = performance.now();
  db.exec('BEGIN');
  for (let n = from; n < from + count; n++) {
    const received = new Date(Date.UTC(2022, 0, 1) + n * 300_000).toISOString().replace('T', ' ');
    const open = n % 12 === 0;
    insert.run({
      id: `ns${String(n).padStart(13, '0')}`,
      number: `PWK-NS${String(n).padStart(8, '0')}`,
      service,
      agency,
      name: nameOf(n),
      status: open ? 'diproses' : 'selesai',
      received,
      due: open ? received : '',
      finished: open ? '' : received,
    });
  }
  db.exec('COMMIT');
  return (performance.now() - started) / 1000;
}

function timed(db: DatabaseSync, query: CaseListQuery, scope: ListScope, withIndex: boolean) {
  const declared = (withIndex ? WORK_QUEUE : { ...WORK_QUEUE, nameIndex: undefined }) as unknown as Parameters<
    typeof caseListPageQueries
  >[0];
  const built = caseListPageQueries(declared, scope, query, new Date());
  if ('problem' in built) throw new Error(built.problem);
  const count = caseListCountQuery(declared, scope, query, built.at);
  const bound = [
    ...built.queries.map((each) => ({ ...each, bind: { ...each.bind, limit: 51 } })),
    ...(count ? [count] : []),
  ];
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (const { sql, bind } of bound) {
      const named = sql.replace(/\{:(\w+)\}/g, ':$1');
      const rows = db
        .prepare(named)
        .all(Object.fromEntries(Object.entries(bind).filter(([key]) => named.includes(`:${key}`))));
      if (count && sql === count.sql) found = Number(Object.values(rows[0] ?? {})[0] ?? 0);
    }
    times.push(performance.now() - started);
  }
  return { p50: median(times), p95: percentile(times, 0.95), found };
}

try {
  const before = join(work, 'migrations-before');
  mkdirSync(before);
  for (const file of readdirSync(migrationsDir).filter((file) => file.endsWith('.js') && file !== NAME_MIGRATION))
    copyFileSync(join(migrationsDir, file), join(before, file));
  migrate(before);
  let db = new DatabaseSync(join(dataDir, 'data.db'));
  // Offices and services come from the content when the server starts; one of each is all the lists join.
  const agency = 'nsagency0000001';
  const service = 'nsservice000001';
  db.prepare("INSERT INTO services (id, agency, short_title) VALUES (?, ?, 'Layanan')").run(service, agency);
  console.log(
    `load average ${loadavg()[0]!.toFixed(1)}; ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GB`,
  );
  const filled = insertRequests(db, 0, REQUESTS, agency, service);
  const plain = insertRequests(db, REQUESTS, MORE, agency, service);
  db.close();

  const started = performance.now();
  migrate(migrationsDir);
  const upgrade = (performance.now() - started) / 1000;
  db = new DatabaseSync(join(dataDir, 'data.db'));
  const withTriggers = insertRequests(db, REQUESTS + MORE, MORE, agency, service);
  const distinct = (db.prepare('SELECT COUNT(*) AS n FROM request_names').get() as { n: number }).n;
  const count = (value: number) => value.toLocaleString('en');
  console.log(
    `\n${count(REQUESTS + 2 * MORE)} requests (${count(distinct)} distinct names;` +
      ` ${count(REQUESTS)} written in ${filled.toFixed(1)} s);` +
      ` migration ${NAME_MIGRATION} (all other migrations already applied) ${upgrade.toFixed(1)} s;` +
      ` ${count(MORE)} more requests ${plain.toFixed(2)} s before it, ${withTriggers.toFixed(2)} s with its triggers.\n`,
  );

  const scope: ListScope = { kind: 'staff', where: ['r.agency = {:agency}'], bind: { agency } };
  const rows: (string | number)[][] = [];
  for (const view of ['antrean', 'semua'])
    for (const search of SEARCHES) {
      const query = { ...defaultCaseListQuery(WORK_QUEUE), view, search } as CaseListQuery;
      const like = timed(db, query, scope, false);
      const indexed = timed(db, query, scope, true);
      rows.push([
        `${view === 'antrean' ? 'open' : 'all'}, "${search}"`,
        view === 'antrean' ? indexed.found.toLocaleString('en') : '',
        `${like.p50.toFixed(1)} / ${like.p95.toFixed(1)} ms`,
        `${indexed.p50.toFixed(1)} / ${indexed.p95.toFixed(1)} ms`,
      ]);
    }
  db.close();
  console.log(
    table(['work queue search (page + count)', 'open matches', 'LIKE alone p50 / p95', 'name index p50 / p95'], rows),
  );
  console.log(`\nload average at the end ${loadavg()[0]!.toFixed(1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
