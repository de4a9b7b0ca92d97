// After `astro build` and Pagefind: renders the app icons from the one SVG source, generates the
// service worker with workbox-build, and reports what the precache costs a phone to download.
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { generateSW, getManifest } from 'workbox-build';
import { APP_ICONS, APPLE_TOUCH_ICON, ICON_SOURCE, THEME_COLOR, type AppIcon } from '../src/lib/app-icons.ts';
import { DEFAULT_TILE_URL, tileUrlPattern } from '../src/lib/map-tiles.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.env['LAYANAN_OUT_DIR'] ?? `${root}dist`;

// The icon has two flat colours and their anti-aliased edges: an indexed (palette) PNG looks the
// same at under half the bytes of a true-colour one, and every phone precaches them.
const ICON_PNG = { palette: true, effort: 10, compressionLevel: 9 } as const;

async function renderIcon(source: Buffer, icon: AppIcon) {
  const file = `${outDir}${icon.src}`;
  if (icon.purpose === 'any') return sharp(source, { density: 600 }).resize(icon.size, icon.size).png(ICON_PNG).toFile(file);
  const glyph = Math.round(icon.size * 0.8);
  const inset = Math.round((icon.size - glyph) / 2);
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: THEME_COLOR } })
    .composite([{ input: await sharp(source, { density: 600 }).resize(glyph, glyph).png().toBuffer(), top: inset, left: inset }])
    .png(ICON_PNG)
    .toFile(file);
}

/**
 * Pages that only work online, so not precached: staff pages (office connections, personal data),
 * account activation (the code is checked by the server), the source documents' full texts
 * (for checking the site against; every page the resident needs carries their text) and the
 * counter survey's pages (a response cannot be sent offline; the status page offers it by itself).
 */
const ONLINE_ONLY = ['petugas/**', 'aktivasi/**', 'sumber/**', 'pengaduan/jawaban/**', 'survei/**'];
const isOnlineOnly = (page: string) => ONLINE_ONLY.some((pattern) => page.startsWith(pattern.replace('**', '')));

/**
 * Islands that only work online although a precached page may load them later: the satisfaction
 * survey's questionnaire, which the status page opens for a finished request (a response cannot be
 * sent offline). They, and what only they load, are left out; should a newer build have replaced
 * them on the server, the status page asks to reload (src/islands/status/SurveyOffer.tsx).
 */
const ONLINE_ONLY_ISLANDS = [/^_astro\/SurveyForm\.[\w-]+\.js$/];
const isOnlineOnlyIsland = (asset: string) => ONLINE_ONLY_ISLANDS.some((pattern) => pattern.test(asset));

/** Every file under dir, as paths relative to it. */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(`${dir}/${prefix}`, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`])));
  return nested.flat();
}

/**
 * The script and style files (in _astro/) that only online-only pages load: with their pages, they
 * are not precached. A file is followed through every file name it mentions (imports, lazy imports,
 * preload lists), so anything a precached page may load, now or later, stays precached.
 */
async function onlineOnlyAssets(): Promise<string[]> {
  const files = await filesUnder(outDir);
  const assets = new Set(files.filter((file) => file.startsWith('_astro/')));
  const mentioned = async (file: string) =>
    [...(await readFile(`${outDir}/${file}`, 'utf8')).matchAll(/[\w.-]+\.(?:js|css)\b/g)].map((match) => `_astro/${match[0]}`).filter((asset) => assets.has(asset));
  const reached = async (pages: string[], stopAt: (asset: string) => boolean = () => false) => {
    const seen = new Set<string>();
    const todo = (await Promise.all(pages.map(mentioned))).flat();
    for (let asset = todo.pop(); asset; asset = todo.pop()) {
      if (seen.has(asset) || stopAt(asset)) continue;
      seen.add(asset);
      if (asset.endsWith('.js')) todo.push(...(await mentioned(asset)));
    }
    return seen;
  };
  const pages = files.filter((file) => file.endsWith('.html'));
  const offline = await reached(pages.filter((page) => !isOnlineOnly(page)), isOnlineOnlyIsland);
  return [...(await reached(pages.filter(isOnlineOnly)))].filter((asset) => !offline.has(asset)).sort();
}

const source = await readFile(`${root}${ICON_SOURCE}`);
await mkdir(`${outDir}/icons`, { recursive: true });
await Promise.all([...APP_ICONS, APPLE_TOUCH_ICON].map((icon) => renderIcon(source, icon)));

const precache = {
  globDirectory: outDir,
  globPatterns: ['**/*.{html,css,js,json,geojson,svg,png,webmanifest}', 'pagefind/*.{js,wasm}', 'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}', 'pagefind/wasm.id.pagefind'],
  // Pagefind's own UIs are not used (the site has its own), and every page is in Indonesian (wasm.id);
  // online-only pages (staff, account activation, sources, the live list of published complaint
  // answers, the counter survey) and what only they load are left out; the headers files are for the servers.
  globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-*ui*', 'pagefind/pagefind-highlight.js', ...ONLINE_ONLY, ...(await onlineOnlyAssets()), '_headers.*'],
};

const { count, warnings } = await generateSW({
  ...precache,
  swDest: `${outDir}/sw.js`,
  directoryIndex: 'index.html',
  // The page reads these itself (?no= pre-fills the status form, ?q= the search, ?kantor= and
  // ?layanan= the complaint form), offline too;
  // Pagefind adds ?ts= to its entry file to skip the HTTP cache.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^no$/, /^q$/, /^ts$/, /^kantor$/, /^layanan$/],
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
