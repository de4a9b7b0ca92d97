// The staff lists (src/domain/case-lists.ts) at an office's five years: 100,000 requests (38.5 %
// left open, the share of bench/scale.ts), 50,000 complaints and 20,000 village proposals. Prints
// p50/p95 of each list's first page, its page 20 (reached as the workspace does, following each
// page's cursor), a name search and a number search, with the target beside them — never asserted.
//
//   npm run bench:lists                       (a few minutes; needs a build: npm run build)
//   BENCH_REQUESTS=100000 BENCH_COMPLAINTS=50000 BENCH_PROPOSALS=20000 BENCH_RUNS=30
//   BENCH_BEFORE=0                            skips "before" (about 7 minutes at these sizes)
//
// One request, complaint and proposal is made through the API (hooks, numbers, public status,
// audit); the rest are copies of it made in SQL, because only their number matters to a list: each
// copy has its own id, number, office, dates, status, name and village, spread over five years, the
// open ones recent. Copies have no timeline or audit entries (no list reads them); the requests'
// month figures are kept by their triggers as for any insert.
// Times are measured by the client, HTTP and the audit entry each list read writes included.
// "Before": what the complaint inbox and the proposal review did until now — PocketBase's list of
// every open complaint, and of every proposal, 500 a request (getFullList), sorted on the phone.
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type PocketBase from 'pocketbase';
import {
  createCamat,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type TestPocketBase,
} from '../tests/support/pocketbase.ts';
import { pdfDocument, VALID_FIELDS } from '../tests/support/proposal-form.ts';
import type { CaseListPage } from '../src/domain/case-list.ts';
import { FIRST_NAMES, LAST_NAMES } from './office-data.ts';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 100_000);
const COMPLAINTS = Number(process.env['BENCH_COMPLAINTS'] ?? 50_000);
const PROPOSALS = Number(process.env['BENCH_PROPOSALS'] ?? 20_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const BEFORE = process.env['BENCH_BEFORE'] !== '0';
const TARGET_MS = 100;
const OFFICE = 'dinsos-p3a-purwakarta';
const LINGGASARI = '32.14.06.2006';
const DARANGDAN = '32.14.06';

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

// ---------------------------------------------------------------------------------------------
// Filling the office

/** SQL for a stored date `days` ago (fractions allowed), as PocketBase writes dates. */
const daysAgo = (days: string) => `strftime('%Y-%m-%d %H:%M:%f', 'now', '-' || (${days}) || ' days') || 'Z'`;
/** SQL for a stored date `days` after the stored date `date`. */
const daysAfter = (date: string, days: string) =>
  `strftime('%Y-%m-%d %H:%M:%f', replace(${date}, 'Z', ''), '+' || (${days}) || ' days') || 'Z'`;
/** A distinct case number for copy i (a check character no typed number has; copies are looked up by the original's). */
const copyNumber = (letter: string) => {
  const hex = "printf('%08X', (g.i * 2654435761) % 4294967296)";
  return `'PWK-' || substr(${hex}, 1, 4) || '-' || substr(${hex}, 5, 4) || '-${letter}'`;
};
const NAME =
  "(SELECT name FROM bench_first WHERE k = g.i % 12) || ' ' || (SELECT name FROM bench_last WHERE k = (g.i * 7) % 9)";

/**
 * Copies the record `template` of `table` until there are `count` copies: `rows` gives each copy's
 * own values (`g.i` its number, `g.*` what `derived` computes for it), the other columns are the template's.
 */
function copy(
  db: DatabaseSync,
  table: string,
  template: string,
  count: number,
  derived: string,
  rows: Record<string, string>,
) {
  const columns = db
    .prepare(`PRAGMA table_info(${table})`)
    .all()
    .map((column) => String(column['name']));
  const values = columns.map((column) => rows[column] ?? `t.${column}`);
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})` +
      ` INSERT OR IGNORE INTO ${table} (${columns.join(', ')})` +
      ` SELECT ${values.join(', ')} FROM (SELECT n.i AS i, ${derived} FROM n) g, (SELECT * FROM ${table} WHERE id = ?) t`,
  ).run(template);
}

function fill(dataDir: string, templates: { request: string; complaint: string; proposal: string }, agency: string) {
  const db = new DatabaseSync(join(dataDir, 'data.db'));
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    db.exec('BEGIN');
    db.exec('CREATE TEMP TABLE bench_first (k INTEGER PRIMARY KEY, name TEXT)');
    db.exec('CREATE TEMP TABLE bench_last (k INTEGER PRIMARY KEY, name TEXT)');
    for (const [k, name] of FIRST_NAMES.entries()) db.prepare('INSERT INTO bench_first VALUES (?, ?)').run(k, name);
    for (const [k, name] of LAST_NAMES.entries()) db.prepare('INSERT INTO bench_last VALUES (?, ?)').run(k, name);
    db.exec(
      'CREATE TEMP TABLE bench_services AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM services WHERE agency = ' +
        `'${agency}'`,
    );
    db.exec(
      'CREATE TEMP TABLE bench_villages AS SELECT row_number() OVER (ORDER BY v.id) - 1 AS k, v.id, v.kecamatan' +
        ` FROM villages v JOIN kecamatan k ON k.id = v.kecamatan WHERE k.agency = '${agency}'`,
    );
    const services = Number(db.prepare('SELECT COUNT(*) AS n FROM bench_services').get()!['n']);
    const villages = Number(db.prepare('SELECT COUNT(*) AS n FROM bench_villages').get()!['n']);

    // Requests: 38.5 % open, received in the last 60 days; the rest finished over five years.
    const requestStatus =
      "CASE WHEN g.open THEN (CASE g.i % 20 WHEN 0 THEN 'menunggu-verifikasi' WHEN 1 THEN 'diterima' ELSE 'diproses' END)" +
      " ELSE (CASE WHEN g.i % 25 = 0 THEN 'ditolak' ELSE 'selesai' END) END";
    copy(
      db,
      'requests',
      templates.request,
      REQUESTS,
      `(i % 1000) < 385 AS open, (CASE WHEN (i % 1000) < 385 THEN (i * 7919) % 60 ELSE (i * 7919) % 1826 END) + (i % 97) / 97.0 AS age`,
      {
        id: "'q' || printf('%014d', g.i)",
        number: copyNumber('Q'),
        idempotency_key: "''",
        service: `(SELECT id FROM bench_services WHERE k = g.i % ${services})`,
        applicant_name: NAME,
        status: requestStatus,
        channel: `CASE WHEN g.open AND g.i % 20 = 0 THEN 'online' ELSE 'loket' END`,
        received_at: daysAgo('g.age'),
        due_at: `CASE WHEN (g.open AND g.i % 20 = 0) OR g.i % 13 = 0 THEN '' ELSE ${daysAfter(daysAgo('g.age'), '1 + g.i % 20')} END`,
        finished_at: `CASE WHEN g.open THEN '' ELSE ${daysAfter(daysAgo('g.age'), '5')} END`,
        current_step: '1',
      },
    );
    // Complaints: 2 % open, received in the last 60 days; a tenth anonymous (no name).
    copy(
      db,
      'complaints',
      templates.complaint,
      COMPLAINTS,
      `i % 50 = 0 AS open, (CASE WHEN i % 50 = 0 THEN (i * 7919) % 60 ELSE (i * 7919) % 1826 END) + (i % 97) / 97.0 AS age`,
      {
        id: "'c' || printf('%014d', g.i)",
        number: copyNumber('C'),
        idempotency_key: "'bench-pengaduan-' || printf('%012d', g.i)",
        identity: "CASE WHEN g.i % 10 = 0 THEN 'anonim' ELSE 'biasa' END",
        complainant_name: `CASE WHEN g.i % 10 = 0 THEN '' ELSE ${NAME} END`,
        complainant_phone: "CASE WHEN g.i % 10 = 0 THEN '' ELSE t.complainant_phone END",
        status:
          "CASE WHEN g.open THEN (CASE g.i % 250 WHEN 0 THEN 'diterima' WHEN 50 THEN 'diverifikasi' WHEN 100 THEN 'didisposisikan'" +
          " WHEN 150 THEN 'dijawab' ELSE 'dibuka-kembali' END) ELSE (CASE WHEN g.i % 7 = 0 THEN 'tidak-diproses' ELSE 'selesai' END) END",
        received_at: daysAgo('g.age'),
        verification_due_at: daysAfter(daysAgo('g.age'), '3 + g.i % 8'),
        due_at: daysAfter(daysAgo('g.age'), '3 + g.i % 8'),
      },
    );
    // Proposals: 5 % open, received in the last 60 days; a third to the Camat of their kecamatan.
    copy(
      db,
      'proposals',
      templates.proposal,
      PROPOSALS,
      `i % 20 = 0 AS open, i % 3 = 0 AS camat, (CASE WHEN i % 20 = 0 THEN (i * 7919) % 60 ELSE (i * 7919) % 1826 END) + (i % 97) / 97.0 AS age`,
      {
        id: "'p' || printf('%014d', g.i)",
        number: copyNumber('P'),
        idempotency_key: "'bench-usulan-' || printf('%012d', g.i)",
        village: `(SELECT id FROM bench_villages WHERE k = g.i % ${villages})`,
        agency: `'${agency}'`,
        recipient: "CASE WHEN g.camat THEN 'camat' ELSE 'kepala_dinas' END",
        camat_kecamatan: `CASE WHEN g.camat THEN (SELECT kecamatan FROM bench_villages WHERE k = g.i % ${villages}) ELSE '' END`,
        decided_by: "CASE WHEN g.camat THEN 'camat' ELSE 'kepala_bidang' END",
        status:
          "CASE WHEN g.open THEN (CASE g.i % 60 WHEN 0 THEN 'diterima' WHEN 20 THEN 'diverifikasi' ELSE 'disetujui' END)" +
          " ELSE (CASE WHEN g.i % 9 = 0 THEN 'ditolak' ELSE 'dikirim' END) END",
        received_at: daysAgo('g.age'),
        occurred_at: daysAgo('g.age + 1'),
      },
    );
    db.exec('COMMIT');
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const count = (table: string) => Number(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()!['n']);
    const open = (sql: string) => Number(db.prepare(sql).get()!['n']);
    return {
      requests: count('requests'),
      openRequests: open("SELECT COUNT(*) AS n FROM requests WHERE status != 'selesai' AND status != 'ditolak'"),
      complaints: count('complaints'),
      openComplaints: open("SELECT COUNT(*) AS n FROM complaints WHERE status NOT IN ('selesai', 'tidak-diproses')"),
      proposals: count('proposals'),
    };
  } finally {
    db.close();
  }
}

async function makeTemplates(server: TestPocketBase) {
  const service = await serviceBySlug(server, 'kedaruratan-ppks');
  const request = await server.admin.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Siti Aminah',
    applicant_phone: '0812-3000-4000',
  });
  const complaint = await server.admin.collection('complaints').create({
    agency: service['agency'],
    kind: 'pengaduan',
    identity: 'biasa',
    description: 'Petugas loket meminta uang.',
    reply_channel: 'telepon',
    complainant_name: 'Dadang Suryana',
    complainant_phone: '0896-4410-2287',
    status_verifier: '2287',
    idempotency_key: randomUUID(),
  });
  const village = await server.admin
    .collection('villages')
    .getFirstListItem(server.admin.filter('code = {:code}', { code: LINGGASARI }));
  const operator = await server.admin.collection('operators').create({
    email: 'operator.bench@bench.local',
    password: 'bench-kata-sandi-123',
    passwordConfirm: 'bench-kata-sandi-123',
    name: 'Operator Bench',
    phone: '0812-7788-4321',
    village: village.id,
    verified: true,
  });
  const form = new FormData();
  const fields: Record<string, string> = {
    ...VALID_FIELDS,
    idempotency_key: randomUUID(),
    village: village.id,
    operator: operator.id,
    recipient: 'camat',
    camat_kecamatan: String(village['kecamatan']),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const field of ['doc_request_letter', 'doc_chronology', 'doc_victims_losses', 'doc_kk_ktp'])
    form.append(field, pdfDocument(), `${field}.pdf`);
  const proposal = await server.admin.collection('proposals').create(form);
  return {
    ids: { request: request.id, complaint: complaint.id, proposal: proposal.id },
    numbers: {
      permohonan: String(request['number']),
      pengaduan: String(complaint['number']),
      usulan: String(proposal['number']),
    },
    agency: String(service['agency']),
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

const ROUTES = {
  permohonan: '/api/petugas/antrean',
  pengaduan: '/api/petugas/pengaduan',
  usulan: '/api/petugas/usulan',
};
type ListName = keyof typeof ROUTES;

async function read(server: TestPocketBase, pb: PocketBase, name: ListName, query: string) {
  const response = await fetch(`${server.url}${ROUTES[name]}?${query}`, {
    headers: { Authorization: pb.authStore.token },
  });
  if (!response.ok) throw new Error(`${ROUTES[name]}?${query}: ${response.status} ${await response.text()}`);
  return (await response.json()) as CaseListPage<unknown>;
}

async function times(measure: () => Promise<unknown>, runs = RUNS): Promise<{ p50: number; p95: number }> {
  await measure();
  const taken: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await measure();
    taken.push(performance.now() - started);
  }
  return { p50: percentile(taken, 0.5), p95: percentile(taken, 0.95) };
}

/** First page, page 20 (or the last one there is), a name and a number searched: p50 / p95 each. */
async function measureList(
  server: TestPocketBase,
  pb: PocketBase,
  name: ListName,
  view: string,
  searches: { name: string; number: string },
) {
  const base = view ? `tampil=${view}` : '';
  const withBase = (extra: string) => [base, extra].filter(Boolean).join('&');
  const first = await times(() => read(server, pb, name, base));
  let after = '';
  let page = 1;
  for (; page < 20; page++) {
    const next = (await read(server, pb, name, withBase(after ? `setelah=${encodeURIComponent(after)}` : ''))).next;
    if (!next) break;
    after = next;
  }
  const later = after
    ? await times(() => read(server, pb, name, withBase(`setelah=${encodeURIComponent(after)}`)))
    : null;
  const byName = await times(() => read(server, pb, name, withBase(`cari=${encodeURIComponent(searches.name)}`)));
  const byNumber = await times(() => read(server, pb, name, withBase(`cari=${encodeURIComponent(searches.number)}`)));
  return { first, later, laterPage: after ? page : null, byName, byNumber };
}

/** What the islands did before: every matching record, 500 a request, as getFullList reads them. */
async function fullList(pb: PocketBase, collection: string, options: Record<string, string>) {
  const started = performance.now();
  const records = await pb.collection(collection).getFullList({ batch: 500, requestKey: null, ...options });
  return { ms: performance.now() - started, records: records.length };
}

// ---------------------------------------------------------------------------------------------

if (!existsSync(new URL('../dist/data/layanan.json', import.meta.url)))
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const dataDir = mkdtempSync(join(tmpdir(), 'layanan-lists-'));
try {
  let server = await startTestPocketBase({ dataDir });
  const templates = await makeTemplates(server);
  await server.stop({ keepData: true });
  const started = performance.now();
  const filled = fill(dataDir, templates.ids, templates.agency);
  console.error(`Filled in SQL in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(filled)}`);
  server = await startTestPocketBase({ dataDir });
  // PocketBase's default "/api/" limit (300 per 10 s per address) would throttle the runs.
  const settings = await server.admin.settings.getAll();
  await server.admin.settings.update({
    rateLimits: {
      ...settings['rateLimits'],
      rules: settings['rateLimits'].rules.filter((rule: { label: string }) => rule.label !== '/api/'),
    },
  });
  const petugas = (await createStaff(server, OFFICE)).pb;
  const camat = (await createCamat(server, DARANGDAN)).pb;

  const scenarios: [string, PocketBase, ListName, string, string][] = [
    ['Work queue: open, queue order', petugas, 'permohonan', '', 'Siti Am'],
    ['Work queue: all, newest first', petugas, 'permohonan', 'semua', 'Siti Am'],
    ['Complaint inbox: open', petugas, 'pengaduan', '', 'Siti Am'],
    ['Complaint inbox: closed ones too', petugas, 'pengaduan', 'semua', 'Siti Am'],
    ['Proposal review: the office', petugas, 'usulan', '', 'Linggasari'],
    ['Proposal review: the Camat of Darangdan', camat, 'usulan', '', 'Linggasari'],
  ];
  const rows: string[][] = [];
  for (const [label, pb, name, view, searched] of scenarios) {
    const result = await measureList(server, pb, name, view, { name: searched, number: templates.numbers[name] });
    const cell = (value: { p50: number; p95: number } | null) => (value ? `${ms(value.p50)} / ${ms(value.p95)}` : '—');
    rows.push([
      label,
      cell(result.first),
      result.later
        ? `${cell(result.later)}${result.laterPage === 20 ? '' : ` (page ${result.laterPage}, the last)`}`
        : '—',
      `${cell(result.byName)} ("${searched}")`,
      cell(result.byNumber),
      result.first.p50 < TARGET_MS && result.first.p95 < TARGET_MS ? 'met' : '**not met**',
    ]);
    console.error(`${label}: done`);
  }
  const before = !BEFORE
    ? []
    : ([
        [
          'Complaint inbox until now: every open complaint (getFullList, expand service)',
          await fullList(petugas, 'complaints', {
            filter: 'status != "selesai" && status != "tidak-diproses"',
            expand: 'service',
          }),
        ],
        ['Complaint inbox until now, closed ones too', await fullList(petugas, 'complaints', { expand: 'service' })],
        [
          'Proposal review until now: every proposal (getFullList, expand village)',
          await fullList(petugas, 'proposals', {
            sort: '-received_at',
            expand: 'village',
            fields: 'id,number,status,received_at,disaster_type,recipient,decided_by,expand.village.name',
          }),
        ],
      ] as const);
  await server.stop();

  console.log(
    `\n### Staff lists at ${filled.requests.toLocaleString('en')} requests (${filled.openRequests.toLocaleString('en')} open),` +
      ` ${filled.complaints.toLocaleString('en')} complaints (${filled.openComplaints.toLocaleString('en')} open)` +
      ` and ${filled.proposals.toLocaleString('en')} proposals in one office\n`,
  );
  console.log(
    `Machine: ${cpus().length} vCPU, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, shared. p50 / p95 of ${RUNS} runs each, client-side, HTTP and` +
      ' the audit entry of each read included. Target: first page < 100 ms.\n',
  );
  console.log('| list | first page | page 20 | name search | number search | first page < 100 ms |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log('\n| before (one run) | time | records read |');
  console.log('|---|---:|---:|');
  for (const [label, result] of before)
    console.log(`| ${label} | ${ms(result.ms)} | ${result.records.toLocaleString('en')} |`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
