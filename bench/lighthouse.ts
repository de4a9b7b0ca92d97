// Lighthouse (mobile emulation, default throttling) on every kind of public page of the built site,
// served by a real PocketBase. Prints the scores and vitals as a table; full JSON reports go to
// bench/results/.
//   npm run bench:lighthouse                  (needs a build; starts its own PocketBase)
//   npm run bench:lighthouse -- /kinerja/     only the pages given
//   npm run bench:lighthouse -- --site /tmp/before /kinerja/   another build (a copy of dist/ made
//                                             before a change), to pair it with this one's
// /kinerja/ is measured with figures to show (a semester's survey answers, finished requests and
// complaints, written through the API first): its island fetches them, and its layout shift (CLS)
// is whether the text under the figures moves when they arrive.
// TBT is simulated from wall time, so it swings with the machine's load; the main-thread CPU column
// (thread time from the trace) hardly does, and says whether the page's own work would block: the
// load average is printed before and after.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { SURVEY_ELEMENTS } from '../src/domain/satisfaction-survey.ts';
import { serviceBySlug, startTestPocketBase, type TestPocketBase } from '../tests/support/pocketbase.ts';
import { CHROMIUM_FLAGS } from '../tests/support/chromium.ts';

const PAGES = [
  ['beranda', '/'],
  ['layanan', '/layanan/kedaruratan-ppks/'],
  ['ajukan', '/layanan/pengusulan-pbi-apbd/ajukan/'],
  ['kantor', '/instansi/dinsos-p3a-purwakarta/'],
  ['peta', '/peta/'],
  ['cek-status', '/cek-status/'],
  ['pengaduan', '/pengaduan/'],
  ['jawaban', '/pengaduan/jawaban/'],
  ['kinerja', '/kinerja/'],
  ['usulan', '/usulan-logistik/'],
] as const;

/** Figures for /kinerja/: on two services, survey answers, requests finished within their time or not, and a complaint. */
async function writeFigures(server: TestPocketBase) {
  const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  for (const [slug, respondents] of [
    ['rujukan-ppks-terlantar', 12],
    ['pengusulan-pbi-apbd', 7],
  ] as const) {
    const service = await serviceBySlug(server, slug);
    for (let index = 0; index < respondents; index++)
      await server.admin.collection('survey_responses').create({
        agency: service['agency'],
        service: service.id,
        // Ratings with a number: the counter's (UNTIED_CHANNEL) are never in the figures.
        channel: 'permohonan',
        submitted_at: dayAgo(1 + index),
        ...Object.fromEntries(
          SURVEY_ELEMENTS.map((element) => [element.key, element.key === 'biaya' ? 0 : 3 + (index % 2)]),
        ),
      });
    for (let index = 0; index < 9; index++) {
      const request = await server.admin.collection('requests').create({
        service: service.id,
        agency: service['agency'],
        applicant_name: 'Warga Bench Kinerja',
        applicant_phone: '0812-5550-1234',
        received_at: dayAgo(20 + index),
      });
      await server.admin.collection('request_events').create({
        request: request.id,
        step: (request['steps'] as string[]).length,
        status: 'selesai',
        public_note: 'Selesai.',
        at: dayAgo(index % 4 === 0 ? 5 : 19 + index),
      });
    }
    await server.admin.collection('complaints').create({
      agency: service['agency'],
      service: service.id,
      kind: 'pengaduan',
      identity: 'biasa',
      description: 'Pengaduan bench kinerja.',
      reply_channel: 'halaman-status',
      status_verifier: '1234',
      idempotency_key: crypto.randomUUID(),
    });
  }
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args: { name?: string; data?: { url?: string } };
}

/** A task of the page's main thread after first paint: its CPU, when it started, and what it ran. */
interface Task {
  cpu: number;
  afterPaint: number;
  ran: string;
}

/**
 * The page's main-thread work in thread time (CPU), which the machine's load hardly changes, unlike
 * the wall time TBT is simulated from: every task of the page's renderer main thread from first
 * contentful paint on, and the longest of them. A task blocks input under Lighthouse's 4× CPU
 * slowdown when it takes more than 12.5 ms here.
 */
function mainThreadCpu(events: TraceEvent[]): { afterPaint: number; longest: number; tasks: Task[] } {
  const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const rendererMains = new Set(
    events.filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain').map(threadOf),
  );
  const paint = events.find((event) => event.name === 'firstContentfulPaint' && rendererMains.has(threadOf(event)));
  if (!paint) return { afterPaint: NaN, longest: NaN, tasks: [] };
  const onThread = events.filter((event) => event.ph === 'X' && threadOf(event) === threadOf(paint));
  const runs = onThread.filter((event) => event.name === 'RunTask' && event.ts >= paint.ts);
  const tasks = runs.map((task) => {
    const inside = onThread.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0),
    );
    return {
      cpu: (task.tdur ?? 0) / 1000,
      afterPaint: (task.ts - paint.ts) / 1000,
      ran: [...new Set(inside.map(whatRan).filter((ran) => ran !== ''))].join(', '),
    };
  });
  const cpu = tasks.map((task) => task.cpu);
  return { afterPaint: cpu.reduce((sum, ms) => sum + ms, 0), longest: Math.max(0, ...cpu), tasks };
}

/** What a trace event inside a task ran: "timer", "promises", a script's file name, "layout", or nothing to say. */
function whatRan(event: TraceEvent): string {
  if (event.name === 'TimerFire') return 'timer';
  if (event.name === 'RunMicrotasks') return 'promises';
  if (event.name === 'Layout') return 'layout';
  const scripts = ['FunctionCall', 'EvaluateScript', 'v8.evaluateModule'];
  return scripts.includes(event.name) ? (event.args.data?.url?.replace(/^.*\//, '') ?? '') : '';
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const results = new URL('./results/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });

const loadBefore = loadavg();
const siteOption = process.argv.indexOf('--site');
const siteDir = siteOption > 0 ? process.argv[siteOption + 1] : undefined;
const server = await startTestPocketBase({ siteDir });
const longTasks: string[] = [];
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: string[] = [];
try {
  await writeFigures(server);
  const chosen = process.argv
    .slice(2)
    .filter((argument, index, all) => all[index - 1] !== '--site' && argument !== '--site');
  for (const [name, path] of PAGES.filter(([, path]) => chosen.length === 0 || chosen.includes(path))) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    // A failed trace (e.g. NO_NAVSTART on a loaded machine) scores 0: say so rather than print it.
    if (result.lhr.runtimeError) {
      console.log(`${path}: ${result.lhr.runtimeError.code}, run again`);
      continue;
    }
    writeFileSync(`${results}lighthouse-${name}.json`, result.report as string);
    const { categories, audits } = result.lhr;
    const score = (category: (typeof CATEGORIES)[number]) => Math.round((categories[category]?.score ?? 0) * 100);
    const value = (audit: string) => audits[audit]?.numericValue ?? NaN;
    const cpu = mainThreadCpu(result.artifacts.Trace.traceEvents as TraceEvent[]);
    rows.push(
      `| ${path} | ${CATEGORIES.map(score).join(' | ')} | ` +
        `${(value('largest-contentful-paint') / 1000).toFixed(2)} s | ` +
        `${value('cumulative-layout-shift').toFixed(3)} | ${Math.round(value('total-blocking-time'))} ms | ` +
        `${cpu.afterPaint.toFixed(0)} ms (${cpu.longest.toFixed(1)} ms) | ${(value('total-byte-weight') / 1024).toFixed(1)} KB |`,
    );
    // Which task is which (the island's start, a timer, the figures' arrival), to compare two builds.
    for (const task of cpu.tasks.filter((task) => task.cpu >= 5))
      longTasks.push(
        `${path}: ${task.cpu.toFixed(1)} ms at +${task.afterPaint.toFixed(0)} ms (${task.ran || 'browser'})`,
      );
    const failing = Object.values(audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    if (failing.length > 0) console.log(`${path}: ${failing.map((audit) => audit.id).join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}
console.log(`\nTasks of 5 ms CPU or more after first paint${siteDir ? ` (the build in ${siteDir})` : ''}:`);
for (const task of longTasks) console.log(`  ${task}`);
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} — ` +
    'mobile, simulated throttling; reports in bench/results/\n',
);
const loads = (averages: number[]) => averages.map((load) => load.toFixed(2)).join(' ');
console.log(`load average ${loads(loadBefore)} before, ${loads(loadavg())} after (${availableParallelism()} cores)\n`);
console.log(
  '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | main-thread CPU after paint (longest task) | transfer |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
