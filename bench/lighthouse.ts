// Lighthouse (mobile emulation, default throttling) on every kind of public page of the built site,
// served by a real PocketBase. Prints the scores and vitals as a table; full JSON reports go to
// bench/results/.
//   npm run bench:lighthouse                  (needs a build; starts its own PocketBase)
//   npm run bench:lighthouse -- /kinerja/     only the pages given
// /kinerja/ is measured with figures to show (a semester's survey answers, finished requests and
// complaints, written through the API first): its island fetches them, and its layout shift (CLS)
// is whether the text under the figures moves when they arrive.
import { mkdirSync, writeFileSync } from 'node:fs';
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
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const results = new URL('./results/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });

const server = await startTestPocketBase();
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: string[] = [];
try {
  await writeFigures(server);
  const chosen = process.argv.slice(2);
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
    rows.push(
      `| ${path} | ${CATEGORIES.map(score).join(' | ')} | ` +
        `${(value('largest-contentful-paint') / 1000).toFixed(2)} s | ` +
        `${value('cumulative-layout-shift').toFixed(3)} | ${Math.round(value('total-blocking-time'))} ms | ` +
        `${(value('total-byte-weight') / 1024).toFixed(1)} KB |`,
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
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} — ` +
    'mobile, simulated throttling; reports in bench/results/\n',
);
console.log('| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | transfer |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
