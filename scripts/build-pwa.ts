// After `astro build` and Pagefind: renders the app icons from the one SVG source, generates the
// service worker with workbox-build, and reports what the precache costs a phone to download.
import { readFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { generateSW, getManifest } from 'workbox-build';
import { APP_ICONS, APPLE_TOUCH_ICON, ICON_SOURCE, THEME_COLOR, type AppIcon } from '../src/lib/app-icons.ts';
import { DEFAULT_TILE_URL, tileUrlPattern } from '../src/lib/map-tiles.ts';
import { builtPages, entryScripts, pageHtml, scriptGraph } from './page-scripts.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env['LAYANAN_OUT_DIR'] ?? `${root}dist`;

async function renderIcon(source: Buffer, icon: AppIcon) {
  const file = `${outDir}${icon.src}`;
  if (icon.purpose === 'any') return sharp(source, { density: 600 }).resize(icon.size, icon.size).png().toFile(file);
  const glyph = Math.round(icon.size * 0.8);
  const inset = Math.round((icon.size - glyph) / 2);
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: THEME_COLOR } })
    .composite([{ input: await sharp(source, { density: 600 }).resize(glyph, glyph).png().toBuffer(), top: inset, left: inset }])
    .png()
    .toFile(file);
}

const source = await readFile(`${root}${ICON_SOURCE}`);
await mkdir(`${outDir}/icons`, { recursive: true });
await Promise.all([...APP_ICONS, APPLE_TOUCH_ICON].map((icon) => renderIcon(source, icon)));

/** Pages that are never precached: staff pages (staff only, online only) and the survey's (see below). */
const ONLINE_ONLY_PAGES = ['petugas/**', 'survei/**'];

/** The scripts of some built pages, with everything they may import (now or later). */
const scriptsOf = (pages: string[]) => new Set(pages.flatMap((path) => [...scriptGraph(outDir, entryScripts(pageHtml(outDir, path)), { dynamic: true })]));
const pages = builtPages(outDir);
const staffPage = (path: string) => path.startsWith('/petugas/');
const publicScripts = scriptsOf(pages.filter((path) => !staffPage(path)));
/** Scripts only staff pages load: staff pages come from the network, and so do their scripts, of the same build. */
const staffOnlyScripts = [...scriptsOf(pages.filter(staffPage))].filter((script) => !publicScripts.has(script)).map((script) => script.replace(/^\//, ''));

const precache = {
  globDirectory: outDir,
  globPatterns: ['**/*.{html,css,js,json,geojson,svg,png,webmanifest}', 'pagefind/*.{js,wasm}', 'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}', 'pagefind/wasm.id.pagefind'],
  // Pagefind's own UIs are not used (the site has its own), and every page is in Indonesian (wasm.id);
  // staff pages and their scripts are staff-only and online-only; the survey's pages are of no use
  // offline (a response cannot be sent; the status page offers it by itself); the headers file is for the server.
  globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', ...ONLINE_ONLY_PAGES, ...staffOnlyScripts, '_headers.json'],
};

const { count, warnings } = await generateSW({
  ...precache,
  swDest: `${outDir}/sw.js`,
  directoryIndex: 'index.html',
  // The page reads these itself (?no= pre-fills the status form, ?q= the search), offline too;
  // Pagefind adds ?ts= to its entry file to skip the HTTP cache.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^no$/, /^q$/, /^ts$/],
  dontCacheBustURLsMatching: /^_astro\//,
  cleanupOutdatedCaches: true,
  // A new version waits until the resident taps "Muat ulang" (src/scripts/service-worker-registration.ts).
  skipWaiting: false,
  clientsClaim: false,
  sourcemap: false,
  // No route matches /api/: the service worker leaves API requests to the browser, so statuses and
  // staff data never come from a cache, and uploads report their real progress.
  runtimeCaching: [
    {
      urlPattern: tileUrlPattern(process.env['PUBLIC_MAP_TILE_URL'] ?? DEFAULT_TILE_URL),
      handler: 'CacheFirst',
      options: { cacheName: 'ubin-peta', expiration: { maxEntries: 500, maxAgeSeconds: 30 * 24 * 60 * 60 }, cacheableResponse: { statuses: [0, 200] } },
    },
    // Anything not precached: the network, or the offline page.
    { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkOnly', options: { precacheFallback: { fallbackURL: '/offline/index.html' } } },
  ],
});
for (const warning of warnings) console.warn(`workbox: ${warning}`);

const { manifestEntries } = await getManifest(precache);
let raw = 0;
let gzip = 0;
let servicePages = 0;
let servicePagesGzip = 0;
for (const entry of manifestEntries ?? []) {
  const url = typeof entry === 'string' ? entry : entry.url;
  const bytes = await readFile(`${outDir}/${url}`);
  const compressed = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += compressed;
  if (/^layanan\/[^/]+\/(leaflet\/)?index\.html$/.test(url)) {
    servicePages++;
    servicePagesGzip += compressed;
  }
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Precache: ${count} files, ${kb(raw)} (${kb(gzip)} gzip; budget 500 KB gzip).`);
console.log(`  Each service adds its page and leaflet: about ${kb((servicePagesGzip / Math.max(1, servicePages)) * 2)} gzip, plus its share of the search index.`);
if (gzip > 500 * 1024) console.warn('  Over the 500 KB precache budget.');
