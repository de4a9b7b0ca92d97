// Lighthouse (mobile emulation, default throttling) on the key pages of the built site, served by
// a real PocketBase. Prints the scores and vitals as a table; full JSON reports go to bench/results/.
//   npm run bench:lighthouse        (needs a build; starts its own PocketBase)
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startTestPocketBase } from '../tests/support/pocketbase.ts';

const PAGES = [
  ['beranda', '/'],
  ['layanan', '/layanan/kedaruratan-ppks/'],
  ['kantor', '/instansi/dinsos-p3a-purwakarta/'],
  ['peta', '/peta/'],
  ['cek-status', '/cek-status/'],
  ['usulan', '/usulan-logistik/'],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const results = new URL('./results/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });

const server = await startTestPocketBase();
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const rows: string[] = [];
try {
  for (const [name, path] of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
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
