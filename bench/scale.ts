// How the site and the server hold up as a province's services and an office's years of requests
// accumulate. Prints the tables of docs/performance.md (Scale).
//
//   npm run bench:scale                       (about 15 minutes on a 2-core machine; needs a build)
//   BENCH_SITE=today,1x100,10x100             site builds: today's content, and K kabupaten × N services
//   BENCH_REQUESTS=1000,10000,100000          request counts the server is measured at
//   BENCH_API_REQUESTS=10000                  how many of them are made through the API (the rest are
//                                             copies made in SQL, see below); disk growth is measured on these
//
// Site: for each content size, a copy of the project with generated services (bench/scale-content.ts)
// is built as `npm run build` builds it; the table shows the build's time and peak memory, what a
// first visit downloads (app shell + the largest kabupaten's offline packs), and the first view of the
// index pages against their page-weight budget (tests/budget/page-weight.test.ts).
//
// Server: requests are registered through the API by a superuser (hooks, numbers, public status,
// timeline events, audit entries and request logs included; received over the last twelve months,
// most finished), then copied in SQL up to the larger counts (copies keep their original's dates and
// statuses, with their own ids, numbers and events; the audit trail is not copied, being a hash
// chain). At each count: the work queue's routes as a petugas, PocketBase's own list of the same
// requests, the report of the last twelve months as a kepala bidang, the status lookup under 20
// connections, and the size of the database and of the request log. Times are medians of 11 runs,
// measured by the client (HTTP included). Then, on a copy of the 100,000-request database, each query
// with and without the indexes of migrations 1795401900 and 1795403100: EXPLAIN QUERY PLAN and time.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { projectWorkspace } from '../tests/support/workspace.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import type { TestPocketBase } from '../tests/support/pocketbase.ts';
import { firstVisitSizes } from '../scripts/offline-packs.ts';
import { generateServices } from './scale-content.ts';
import {
  caseListCountQuery,
  caseListPageQueries,
  caseListSearchParams,
  defaultCaseListQuery,
  type CaseListPage,
  type CaseListQuery,
} from '../src/domain/case-list.ts';
import { WORK_QUEUE, type WorkQueueFilters, type WorkQueueView } from '../src/domain/case-lists.ts';
import { reportQuery } from '../src/domain/report.ts';
import { officeMonth } from '../src/domain/time.ts';
import { storedDate, type BoundQuery } from '../src/domain/database.ts';

import { median } from './load.ts';
import {
  type Accounts,
  copyCases,
  DAY_MS,
  databaseSize,
  KB,
  kb,
  MB,
  mb,
  OFFICE,
  REQUEST_TABLES,
  registerThroughApi,
  staffClient,
  startServer,
  statusLookupLatencies,
  statusLookupP95,
  table,
  timed,
} from './office-data.ts';

type WorkQueueQuery = CaseListQuery<WorkQueueView, WorkQueueFilters>;
const DEFAULT_WORK_QUEUE_QUERY = defaultCaseListQuery(WORK_QUEUE);

const SITE = (process.env['BENCH_SITE'] ?? 'today,1x100,10x100').split(',');
const LEVELS = (process.env['BENCH_REQUESTS'] ?? '1000,10000,100000').split(',').map(Number);
const API_REQUESTS = Number(process.env['BENCH_API_REQUESTS'] ?? 10_000);
const HTML_CSS_BUDGET = 14 * KB;

// ---------------------------------------------------------------------------------------------
// Site

interface SiteRow {
  scenario: string;
  services: number;
  largestKabupaten: number;
  buildSeconds: number;
  peakRss: number;
  appShell: number;
  packs: number;
  firstVisit: number;
  home: number;
  servicesIndex: number;
  officePage: number;
  posterSheets: number;
  sw: number;
}

function buildSite(scenario: string): SiteRow {
  const workspace = projectWorkspace();
  try {
    const [kabupaten, perKabupaten] = scenario === 'today' ? [0, 0] : scenario.split('x').map(Number);
    const generated = kabupaten
      ? generateServices(join(workspace.dir, 'content'), kabupaten!, perKabupaten!)
      : undefined;
    const out = join(workspace.dir, 'dist');
    const started = Date.now();
    const run = spawnSync('/usr/bin/time', ['-v', 'bash', 'scripts/build.sh'], {
      cwd: workspace.dir,
      env: { ...process.env, LAYANAN_OUT_DIR: out, LAYANAN_CACHE_DIR: join(workspace.dir, '.cache') },
      encoding: 'utf8',
    });
    const buildSeconds = (Date.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`Build of ${scenario} failed:\n${run.stdout}\n${run.stderr}`);
    const peakRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0) * KB;
    const feed = JSON.parse(readFileSync(join(out, 'data/layanan.json'), 'utf8')) as { services: { agency: string }[] };
    const sizes = firstVisitSizes(out);
    const largest = sizes.kabupaten[0]!;
    const firstView = (path: string) => {
      const weight = pageWeight(out, path);
      return weight.html + weight.css;
    };
    return {
      scenario,
      services: generated?.services ?? feed.services.length,
      largestKabupaten: largest.services,
      buildSeconds,
      peakRss,
      appShell: sizes.appShell,
      packs: largest.packBytes,
      firstVisit: largest.bytes,
      home: firstView('/'),
      servicesIndex: firstView('/layanan/'),
      officePage: firstView(`/instansi/${OFFICE}/`),
      posterSheets:
        1 + readdirSync(join(out, 'instansi', OFFICE, 'poster')).filter((name) => /^\d+$/.test(name)).length,
      sw: statSync(join(out, 'sw.js')).size,
    };
  } finally {
    workspace.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Server

interface ServerRow {
  requests: number;
  open: number;
  measures: Record<string, string>;
  dataDb: number;
  logsDb: number;
}

async function measureServer(server: TestPocketBase, accounts: Accounts, requests: number): Promise<ServerRow> {
  const address = (query: Partial<WorkQueueQuery>) =>
    `${server.url}/api/petugas/antrean?${caseListSearchParams(WORK_QUEUE, { ...DEFAULT_WORK_QUEUE_QUERY, ...query })}`;
  const read = async (query: Partial<WorkQueueQuery>) =>
    (await (
      await fetch(address(query), { headers: { Authorization: accounts.petugas.authStore.token } })
    ).json()) as CaseListPage<unknown>;
  const queue = (query: Partial<WorkQueueQuery>) => timed(address(query), accounts.petugas.authStore.token);
  const first = await queue({});
  const firstPage = await read({});
  // Page 10 follows the cursor of page 9's last row, as the workspace does.
  let after = '';
  for (let page = 1; page < 10; page++) after = (await read({ after })).next ?? after;
  const now = new Date();
  const from = officeMonth(new Date(now.getTime() - 334 * DAY_MS));
  const to = officeMonth(now);
  const ms = (result: { ms: number }) => `${result.ms.toFixed(1)} ms`;
  const measures = {
    'queue, first page': `${ms(first)}, ${kb(first.bytes)}`,
    'queue, page 10': ms(await queue({ after })),
    number: ms(await queue({ search: accounts.lookup.number })),
    'name, open': ms(await queue({ search: 'Siti Am' })),
    'name, all': ms(await queue({ search: 'Siti Am', view: 'semua' })),
    'all, newest first': ms(await queue({ view: 'semua' })),
    'PocketBase list of 50 (rule, skipTotal)': ms(
      await timed(
        `${server.url}/api/collections/requests/records?perPage=50&skipTotal=1&sort=due_at` +
          `&filter=${encodeURIComponent("status != 'selesai' && status != 'ditolak'")}`,
        accounts.petugas.authStore.token,
      ),
    ),
    'report, 12 months': ms(
      await timed(`${server.url}/api/petugas/laporan?dari=${from}&sampai=${to}`, accounts.kepala.authStore.token),
    ),
    'status lookup p95 @20': `${(await statusLookupP95(server, accounts.lookup)).toFixed(1)} ms`,
  };
  return {
    requests,
    open: firstPage.counts['open'] ?? 0,
    measures,
    dataDb: databaseSize(server.dataDir, 'data.db'),
    logsDb: databaseSize(server.dataDir, 'auxiliary.db'),
  };
}

/** Each query the new indexes serve, on a copy of the database, with and without them. */
function indexJustification(dataDir: string, agencyId: string): string[][] {
  const copy = mkdtempSync(join(tmpdir(), 'layanan-plan-'));
  try {
    copyFileSync(join(dataDir, 'data.db'), join(copy, 'data.db'));
    const db = new DatabaseSync(join(copy, 'data.db'));
    const now = new Date();
    // The report reads the month figures of migration 1795402100, with or without these indexes.
    const scope = { kind: 'staff', where: ['r.agency = {:agency}'], bind: { agency: agencyId } };
    const firstQuery = (query: WorkQueueQuery): BoundQuery => {
      const built = caseListPageQueries(WORK_QUEUE, scope, query, now);
      if ('problem' in built) throw new Error(built.problem);
      return { ...built.queries[0]!, bind: { ...built.queries[0]!.bind, limit: 51 } };
    };
    const queries: [string, BoundQuery][] = [
      ['queue, first page', firstQuery(DEFAULT_WORK_QUEUE_QUERY)],
      ['queue, open count', caseListCountQuery(WORK_QUEUE, scope, DEFAULT_WORK_QUEUE_QUERY, storedDate(now))!],
      ['name among all requests', firstQuery({ ...DEFAULT_WORK_QUEUE_QUERY, view: 'semua', search: 'Siti Am' })],
      ['all requests, newest first', firstQuery({ ...DEFAULT_WORK_QUEUE_QUERY, view: 'semua' })],
      [
        'report, 12 months',
        reportQuery(agencyId, officeMonth(new Date(now.getTime() - 334 * DAY_MS)), officeMonth(now)),
      ],
    ];
    const run = (query: BoundQuery, withIndexes: boolean) => {
      const sql = (withIndexes ? query.sql : query.sql.replace(/ INDEXED BY \w+/g, '')).replace(/\{:(\w+)\}/g, ':$1');
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(query.bind)
        .map((row) => String(row['detail']))
        .join('; ');
      const times = Array.from({ length: 5 }, () => {
        const started = performance.now();
        db.prepare(sql).all(query.bind);
        return performance.now() - started;
      });
      return `${plan} — ${median(times).toFixed(1)} ms`;
    };
    const withIndexes = queries.map(([, query]) => run(query, true));
    for (const index of ['idx_requests_queue', 'idx_requests_report', 'idx_requests_agency_applicant'])
      db.exec(`DROP INDEX ${index}`);
    const without = queries.map(([, query]) => run(query, false));
    db.close();
    return queries.map(([name], index) => [name, without[index]!, withIndexes[index]!]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * The status lookup with each answered lookup logged (as before) and not (the default): two servers
 * on copies of the same data, measured in interleaved rounds of 5 s at 20 connections, because this
 * machine is shared and its load changes from one minute to the next. The log's growth is given per
 * 10,000 lookups.
 */
async function lookupLogging(dataDir: string, lookup: Accounts['lookup']): Promise<string[][]> {
  const variants = (
    [
      {
        what: 'every lookup logged (LAYANAN_LOG_STATUS_LOOKUPS=1, as before)',
        env: { LAYANAN_LOG_STATUS_LOOKUPS: '1' },
      },
      { what: 'answered lookups not logged (the default)', env: {} },
    ] as { what: string; env: Record<string, string> }[]
  ).map((variant) => ({
    ...variant,
    dir: mkdtempSync(join(tmpdir(), 'layanan-lookups-')),
    p95: [] as number[],
    lookups: 0,
    server: undefined as TestPocketBase | undefined,
  }));
  try {
    for (const variant of variants) {
      execFileSync('cp', ['-a', `${dataDir}/.`, variant.dir]);
      variant.server = await startServer(variant.dir, variant.env);
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const before = variants.map((variant) => databaseSize(variant.dir, 'auxiliary.db'));
    for (let round = 0; round < 3; round++) {
      for (const variant of variants) {
        const latencies = await statusLookupLatencies(variant.server!.url, lookup);
        variant.p95.push([...latencies].sort((a, b) => a - b)[Math.ceil(0.95 * latencies.length) - 1]!);
        variant.lookups += latencies.length;
      }
    }
    // PocketBase writes its log in batches; stopping it writes the rest.
    for (const variant of variants) await variant.server!.stop({ keepData: true });
    return variants.map((variant, index) => [
      variant.what,
      `${median(variant.p95).toFixed(1)} ms`,
      `${variant.lookups.toLocaleString('en')}`,
      `+${mb(((databaseSize(variant.dir, 'auxiliary.db') - before[index]!) / variant.lookups) * 10_000)}`,
    ]);
  } finally {
    for (const variant of variants) {
      await variant.server?.stop({ keepData: true });
      rmSync(variant.dir, { recursive: true, force: true });
    }
  }
}

async function benchServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'layanan-scale-'));
  try {
    let server = await startServer(dataDir);
    const emptyData = databaseSize(dataDir, 'data.db');
    const emptyLogs = databaseSize(dataDir, 'auxiliary.db');
    const accounts: Accounts = {
      petugas: await staffClient(server, 'petugas'),
      kepala: await staffClient(server, 'kepala_bidang'),
      lookup: { number: '', verifier: '' },
    };
    const agencyId = String(
      (
        await server.admin
          .collection('agencies')
          .getFirstListItem(server.admin.filter('slug = {:slug}', { slug: OFFICE }))
      ).id,
    );
    const rows: ServerRow[] = [];
    let made = 0;
    let apiSeconds = 0;
    const growth: string[][] = [];
    for (const level of LEVELS) {
      const throughApi = Math.min(level, API_REQUESTS) - made;
      if (throughApi > 0) {
        const started = Date.now();
        const first = await registerThroughApi(server, throughApi, made);
        apiSeconds += (Date.now() - started) / 1000;
        if (!accounts.lookup.number) accounts.lookup = first;
        made += throughApi;
        console.error(`${made} requests registered through the API (${apiSeconds.toFixed(0)} s)`);
      }
      if (made === Math.min(API_REQUESTS, LEVELS.at(-1)!) && growth.length === 0) {
        await server.stop({ keepData: true });
        growth.push([
          `${made.toLocaleString('en')} requests registered through the API, with their events, audit entries ` +
            `and request logs (${((apiSeconds / made) * 1000).toFixed(1)} ms each)`,
          `+${mb(((databaseSize(dataDir, 'data.db') - emptyData) / made) * 10_000)}`,
          `+${mb(((databaseSize(dataDir, 'auxiliary.db') - emptyLogs) / made) * 10_000)}`,
        ]);
        server = await startServer(dataDir);
      }
      if (level > made) {
        await server.stop({ keepData: true });
        copyCases(dataDir, REQUEST_TABLES, made, level);
        server = await startServer(dataDir);
        console.error(`${level} requests (copies made in SQL)`);
      }
      accounts.petugas = await staffClient(server, 'petugas');
      accounts.kepala = await staffClient(server, 'kepala_bidang');
      rows.push(await measureServer(server, accounts, level));
    }
    await server.stop({ keepData: true });
    const plans = indexJustification(dataDir, agencyId);
    const lookups = await lookupLogging(dataDir, accounts.lookup);
    return { rows, growth, plans, lookups };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(new URL('../dist/data/layanan.json', import.meta.url)))
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const siteRows: SiteRow[] = [];
for (const scenario of SITE) {
  console.error(`Building the site: ${scenario} …`);
  siteRows.push(buildSite(scenario));
}
const backend = LEVELS.length > 0 ? await benchServer() : undefined;

console.log(
  `\n### Site, by number of services (first visit budget 500 KB gzip; first view of index pages: HTML + CSS gzip, budget ${kb(HTML_CSS_BUDGET)})\n`,
);
console.log(
  table(
    [
      'services',
      'largest kabupaten',
      'build',
      'peak RSS',
      'app shell',
      "largest kabupaten's packs",
      'first visit (gzip)',
      'home',
      '/layanan/',
      'office page',
      'poster sheets (A4)',
      'sw.js',
    ],
    siteRows.map((row) => [
      row.services.toLocaleString('en'),
      row.largestKabupaten,
      `${row.buildSeconds.toFixed(1)} s`,
      `${(row.peakRss / 1024 / MB).toFixed(2)} GB`,
      kb(row.appShell),
      kb(row.packs),
      `**${kb(row.firstVisit)}**`,
      kb(row.home),
      kb(row.servicesIndex),
      kb(row.officePage),
      row.posterSheets,
      kb(row.sw),
    ]),
  ),
);
const today = siteRows.find((row) => row.scenario === 'today');
const hundred = siteRows.find((row) => row.largestKabupaten >= 100);
if (today && hundred) {
  console.log(
    "\nGrowth per service in a kabupaten's packs: " +
      `${kb((hundred.packs - today.packs) / (hundred.largestKabupaten - today.largestKabupaten))} gzip ` +
      `(${today.largestKabupaten} → ${hundred.largestKabupaten} services).`,
  );
}

if (backend) {
  const names = Object.keys(backend.rows[0]!.measures);
  console.log('\n### Server, by number of requests in one office (medians of 11, client-side, HTTP included)\n');
  console.log(
    table(
      ['requests', 'open in office', ...names, 'data.db', 'auxiliary.db (logs)'],
      backend.rows.map((row) => [
        row.requests.toLocaleString('en'),
        row.open.toLocaleString('en'),
        ...names.map((name) => row.measures[name]!),
        mb(row.dataDb),
        mb(row.logsDb),
      ]),
    ),
  );
  console.log('\n### Disk growth per 10,000\n');
  console.log(table(['what', 'data.db', 'auxiliary.db (logs)'], backend.growth));
  console.log(
    `\n### Status lookup at ${LEVELS.at(-1)!.toLocaleString('en')} requests, answered lookups logged or not (20 connections, 3 interleaved rounds of 5 s)\n`,
  );
  console.log(
    table(['request log', 'p95 (median of rounds)', 'lookups', 'auxiliary.db per 10,000 lookups'], backend.lookups),
  );
  console.log(
    `\n### The indexes of migrations 1795401900 and 1795403100, at ${LEVELS.at(-1)!.toLocaleString('en')} requests` +
      ' (EXPLAIN QUERY PLAN; median of 5 runs in SQLite)\n',
  );
  console.log(table(['query', 'without the indexes', 'with them'], backend.plans));
}
