// After `astro build` and Pagefind: renders the app icons from the one SVG source, writes the
// offline packs (scripts/offline-packs.ts), bundles the service worker (src/service-worker/) with
// the app shell's precache manifest, and holds what a first visit downloads to its budget: the
// build fails when the app shell and one kabupaten's packs exceed LAYANAN_FIRST_VISIT_BUDGET_KB
// (500 KB gzip), or when Workbox would leave a file out of the precache.
import { readFile, mkdir, writeFile, rm } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { APP_ICONS, APPLE_TOUCH_ICON, ICON_SOURCE, THEME_COLOR, type AppIcon } from '../src/lib/app-icons.ts';
import { DEFAULT_TILE_URL } from '../src/lib/map-tiles.ts';
import { PACK_LISTING_PATH } from '../src/lib/offline-packs.ts';
import { GLOSSARY_JSON_PATH } from '../src/lib/paths.ts';
import { SITE_CONTRACT_FILES } from '../src/domain/site-contract.ts';
import { firstVisitSizes, gzipSize, packListing, writeOfflinePacks } from './offline-packs.ts';
import { pageAssets } from './page-assets.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env['LAYANAN_OUT_DIR'] ?? `${root}dist`;
const KB = 1024;
const budget = Number(process.env['LAYANAN_FIRST_VISIT_BUDGET_KB'] ?? 500) * KB;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

// The icon has two flat colours and their anti-aliased edges: an indexed (palette) PNG looks the
// same at under half the bytes of a true-colour one.
const ICON_PNG = { palette: true, effort: 10, compressionLevel: 9 } as const;

async function renderIcon(source: Buffer, icon: AppIcon) {
  const file = `${outDir}${icon.src}`;
  if (icon.purpose === 'any')
    return sharp(source, { density: 600 }).resize(icon.size, icon.size).png(ICON_PNG).toFile(file);
  const glyph = Math.round(icon.size * 0.8);
  const inset = Math.round((icon.size - glyph) / 2);
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: THEME_COLOR } })
    .composite([
      { input: await sharp(source, { density: 600 }).resize(glyph, glyph).png().toBuffer(), top: inset, left: inset },
    ])
    .png(ICON_PNG)
    .toFile(file);
}

const source = await readFile(`${root}${ICON_SOURCE}`);
await mkdir(`${outDir}/icons`, { recursive: true });
await Promise.all([...APP_ICONS, APPLE_TOUCH_ICON].map((icon) => renderIcon(source, icon)));

const packs = await writeOfflinePacks(outDir);

// The app shell: the pages every resident needs offline, whatever their office — home, search,
// the status lookup, the list of services and offices, the offline page — with everything they
// and the pack pages load (islands with the code they import later), Pagefind's runtime (the
// packs' indexes use it), the icons and the manifest. Leaflets, posters, the map and any page of
// an unsaved office are not in it: they are kept once visited.
const SHELL_PAGES = ['/', '/cari/', '/cek-status/', '/offline/', '/layanan/', '/instansi/'];
const feed = JSON.parse(readFileSync(join(outDir, SITE_CONTRACT_FILES.services), 'utf8')) as {
  services: { id: string; agency: string }[];
};
// A kabupaten's home (/kabupaten/<slug>/, where the build serves several) is in its packs too.
const kabupatenHome = existsSync(join(outDir, 'kabupaten'))
  ? readdirSync(join(outDir, 'kabupaten'), { withFileTypes: true }).find((entry) => entry.isDirectory())
  : undefined;
const packPagesLoad = [
  ...(feed.services[0] ? [`/layanan/${feed.services[0].id}/`, `/instansi/${feed.services[0].agency}/`] : []),
  ...(kabupatenHome ? [`/kabupaten/${kabupatenHome.name}/`] : []),
];
// Search reads the glossary (abbreviations, answers) before it searches.
const shell = new Set<string>([
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.id.pagefind',
  GLOSSARY_JSON_PATH.slice(1),
  'favicon.svg',
  'manifest.webmanifest',
]);
for (const page of SHELL_PAGES) shell.add(`${page.slice(1)}index.html`);
for (const page of [...SHELL_PAGES, ...packPagesLoad]) {
  const assets = pageAssets(outDir, page, { dynamicImports: true });
  for (const file of [...assets.stylesheets, ...assets.scripts, ...assets.images]) shell.add(file.slice(1));
}
const shellBytes = [...shell].reduce((sum, file) => sum + gzipSize(readFileSync(join(outDir, file))), 0);

const listing = packListing(packs, shellBytes, budget);
const listingBytes = Buffer.from(JSON.stringify(listing));
await writeFile(join(outDir, PACK_LISTING_PATH), listingBytes);
shell.add(PACK_LISTING_PATH.slice(1));

// The service worker, bundled with Workbox's modules, then given the shell's manifest.
const workerSource = join(tmpdir(), `layanan-sw-${process.pid}.js`);
await build({
  entryPoints: [`${root}src/service-worker/service-worker.ts`],
  outfile: workerSource,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    // The API's address, as the islands have it (src/lib/api-address.ts): a watched number is looked up from here.
    'import.meta.env.PUBLIC_POCKETBASE_URL': JSON.stringify(process.env['PUBLIC_POCKETBASE_URL'] ?? ''),
    TILE_URL: JSON.stringify(process.env['PUBLIC_MAP_TILE_URL'] ?? DEFAULT_TILE_URL),
    // A new name for the packs' cache whenever any pack changes.
    PACK_VERSION: JSON.stringify(createHash('sha256').update(listingBytes).digest('hex').slice(0, 12)),
  },
});
const { count, warnings } = await injectManifest({
  swSrc: workerSource,
  swDest: join(outDir, 'sw.js'),
  globDirectory: outDir,
  globPatterns: [...shell],
  // Astro's assets are named by content hash already.
  dontCacheBustURLsMatching: /^_astro\//,
});
await rm(workerSource, { force: true });
// Workbox leaves out, with only a warning, a file over its 2 MiB limit: here that fails the build.
if (warnings.length > 0 || count !== shell.size) {
  console.error(`The app shell was not precached whole (${count} of ${shell.size} files):\n  ${warnings.join('\n  ')}`);
  process.exit(1);
}

const firstVisit = firstVisitSizes(outDir);
const services = packs.reduce((sum, pack) => sum + pack.services, 0);
console.log(
  `Offline: app shell ${shell.size + 1} files, ${kb(firstVisit.appShell)} gzip with the service worker; a first ` +
    `visit adds the packs of the kabupaten opened. Budget ${kb(budget)} gzip.`,
);
for (const row of firstVisit.kabupaten.slice(0, 5)) {
  const oneByOne = packs
    .filter((pack) => row.packs.includes(pack.id))
    .reduce((sum, pack) => sum + pack.pagesOneByOne, 0);
  const scope = row.firstVisit === 'kantor' ? ', the office opened only' : '';
  console.log(
    `  ${row.name}: ${row.services} services, ${row.offices} office(s); packs ${kb(row.packBytes)}${scope} (its ` +
      `pages one by one: ${kb(oneByOne)}); first visit ${kb(row.bytes)}.`,
  );
}
if (firstVisit.kabupaten.length > 5) console.log(`  … and ${firstVisit.kabupaten.length - 5} kabupaten more.`);
const largest = packs[0];
if (largest)
  console.log(
    `  Growth: the largest pack, ${largest.name}, is ${kb(largest.bytes)} for ${largest.services} services ` +
      `(${kb(largest.bytes / Math.max(1, largest.services))} per service, its fixed part included); all packs ` +
      `together ${kb(packs.reduce((sum, pack) => sum + pack.bytes, 0))} for ${services}.`,
  );
const over = firstVisit.kabupaten.filter((row) => row.bytes > budget);
if (over.length > 0) {
  console.error(
    `First visit over its ${kb(budget)} gzip budget: ` +
      `${over.map((row) => `${row.name} ${kb(row.bytes)}`).join(', ')}. Make the app shell smaller, or give the ` +
      "kabupaten's offices their own first visits.",
  );
  process.exit(1);
}
