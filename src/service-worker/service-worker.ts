// The service worker (bundled by scripts/build-pwa.ts, which injects the app shell's precache
// manifest). What is read offline, and when it is fetched:
// - the app shell, precached on the first visit (Workbox, with revisions; the build fails when it
//   and a kabupaten's packs exceed their budget);
// - offline packs (./packs.ts): the first visit's kabupaten, and offices saved on purpose;
// - anything else once visited: pages network-first, build assets cache-first, open data
//   stale-while-revalidate, map tiles cache-first (at most 500 for 30 days);
// - never /api/: statuses and staff data are never answered from a cache, uploads report real progress.
// Numbers watched on this device ("Pantau nomor ini", src/lib/watched-numbers.ts) are checked each
// time the app is opened and, where the browser allows it, by Periodic Background Sync; a changed
// step is told by a notification on the device.
// A new version waits until the resident taps "Muat ulang" (src/scripts/service-worker-registration.ts).
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { firstVisitPacks, type PackSummary, type WorkerReply, type WorkerRequest } from '../lib/offline-packs';
import { formatBytes } from '../lib/bytes';
import { agencyPath } from '../lib/paths';
import { tileUrlPattern } from '../lib/map-tiles';
import { APP_ICONS } from '../lib/app-icons';
import { WATCH_SYNC_TAG } from '../lib/watched-numbers';
import { checkWatchedNumbers, type WatchNotice } from '../lib/watch-check';
import { carryOverSavedPacks, dropEarlierPacks, fromSavedPacks, packListing, savePacks, savedNow } from './packs';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };
/** Set by the build: PUBLIC_MAP_TILE_URL. */
declare const TILE_URL: string;

const DAY = 24 * 60 * 60;
const OFFLINE_PAGE = '/offline/index.html';

precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  // The page reads these itself (?no= pre-fills the status form, ?q= the search, ?kantor= and
  // ?layanan= the complaint form), offline too; Pagefind adds ?ts= to its entry file; ?paket loads
  // Pagefind a second time for offline search.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^no$/, /^q$/, /^ts$/, /^kantor$/, /^layanan$/, /^paket$/],
});
cleanupOutdatedCaches();

registerRoute(
  ({ url }) => tileUrlPattern(TILE_URL).test(url.href),
  new CacheFirst({
    cacheName: 'ubin-peta',
    plugins: [
      new CacheableResponsePlugin({ statuses: [0, 200] }),
      new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 30 * DAY }),
    ],
  }),
);

const visited = {
  pages: new NetworkFirst({
    cacheName: 'halaman',
    plugins: [new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 60 * DAY })],
  }),
  // Named by content hash: a file once fetched never changes, whoever asked for it. The server varies
  // on Origin, which an island's module import sends and this worker's own fetch of a visited page's
  // files does not: without ignoreVary those would never match offline.
  assets: new CacheFirst({
    cacheName: 'aset',
    matchOptions: { ignoreVary: true },
    plugins: [new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 365 * DAY })],
  }),
  data: new StaleWhileRevalidate({
    cacheName: 'data-terbuka',
    plugins: [new ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 60 * DAY })],
  }),
  network: new NetworkOnly(),
};

/** How a same-origin request not in the app shell or a saved pack is answered and kept. */
function strategyFor(url: URL): Strategy {
  if (url.pathname.startsWith('/_astro/')) return visited.assets;
  if (url.pathname.startsWith('/data/')) return visited.data;
  // The whole site's search index is searched online only; offline, the saved packs' indexes are.
  if (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/paket/')) return visited.network;
  return visited.pages;
}

const isSite = (url: URL) => url.origin === self.location.origin && !url.pathname.startsWith('/api/');

registerRoute(
  ({ url, request }) => isSite(url) && request.method === 'GET',
  async (options: RouteHandlerCallbackOptions) =>
    (await fromSavedPacks(options.url)) ?? strategyFor(options.url).handle(options),
);

// A page that was never kept: the offline page, which lists what is.
setCatchHandler(async ({ request }) =>
  request.destination === 'document' ? ((await matchPrecache(OFFLINE_PAGE)) ?? Response.error()) : Response.error(),
);

/** The offices kept, and a sentence for the resident. */
async function answer(message?: string): Promise<WorkerReply> {
  const [listing, saved] = await Promise.all([packListing(), savedNow()]);
  const packs = listing.packs.filter((pack) => saved.packs.includes(pack.id));
  return { saved: packs.map(({ id, name, services }) => ({ id, name, services, url: agencyPath(id) })), message };
}

/** What was just kept on this device, and what it cost to download: short, as it shows over the page on a small phone. */
const kept = (packs: PackSummary[]) =>
  'Tersimpan untuk dibaca tanpa sinyal: ' +
  `${packs.map((pack) => `${pack.name} (${pack.services} layanan)`).join(', ')}, ` +
  `${formatBytes(packs.reduce((sum, pack) => sum + pack.bytes, 0))}.`;

async function save(ids: string[], options: { firstVisit?: boolean } = {}): Promise<WorkerReply> {
  const added = await savePacks(ids, options);
  const listing = await packListing();
  return answer(added.length > 0 ? kept(listing.packs.filter((pack) => added.includes(pack.id))) : undefined);
}

/** A page was opened: keep it and what it loaded (its first load may have come before this worker), and the first time, its kabupaten. */
async function visit(
  message: Extract<WorkerRequest, { type: 'KUNJUNGAN' }>,
  event: ExtendableEvent,
): Promise<WorkerReply> {
  await Promise.all(
    message.urls.map(async (address) => {
      const url = new URL(address, self.location.href);
      if (!isSite(url) || (await matchPrecache(url.pathname)) || (await fromSavedPacks(url))) return;
      await strategyFor(url)
        .handle({ event, request: new Request(url) })
        .catch(() => undefined);
    }),
  );
  if ((await savedNow()).firstVisitDone) return answer();
  const packs = firstVisitPacks(await packListing(), message);
  return packs.length > 0 ? save(packs, { firstVisit: true }) : answer();
}

/** What saving an office would download, or that it is kept already. */
async function office(id: string): Promise<WorkerReply> {
  const pack = (await packListing()).packs.find((candidate) => candidate.id === id);
  const reply = await answer();
  if (!pack) return reply;
  const saved = reply.saved.some((candidate) => candidate.id === id);
  return {
    ...reply,
    message: saved
      ? `Sudah tersimpan di perangkat ini: ${pack.services} layanan bisa dibaca tanpa sinyal.`
      : `Ukuran unduhan: ${formatBytes(pack.bytes)}.`,
  };
}

/** A watched number's changed step, on the device; one notification per number, the latest replacing the one before. */
async function notify(notice: WatchNotice): Promise<void> {
  if (Notification.permission !== 'granted') return;
  await self.registration.showNotification(notice.title, {
    body: notice.body,
    tag: notice.number,
    icon: APP_ICONS[0]!.src,
    data: { url: notice.url },
  });
}

const checkWatched = () => checkWatchedNumbers(notify, self.registration);

const handlers = {
  KUNJUNGAN: visit,
  KANTOR: (message: Extract<WorkerRequest, { type: 'KANTOR' }>) => office(message.pack),
  SIMPAN: (message: Extract<WorkerRequest, { type: 'SIMPAN' }>) =>
    save(message.packs).then(
      // Kept already (by the first visit, or another tab): say so.
      (reply) => (reply.message || message.packs.length !== 1 ? reply : office(message.packs[0]!)),
      () => answer('Belum tersimpan: tidak dapat terhubung. Periksa sinyal, lalu coba lagi.'),
    ),
  TERSIMPAN: () => answer(),
  PANTAU: () => checkWatched().then(() => answer()),
};

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as WorkerRequest;
  if (message?.type === 'SKIP_WAITING') return void self.skipWaiting();
  const handler =
    message &&
    (handlers[message.type] as ((message: WorkerRequest, event: ExtendableEvent) => Promise<WorkerReply>) | undefined);
  if (handler)
    event.waitUntil(
      handler(message, event).then(
        (reply) => event.ports[0]?.postMessage(reply),
        () => event.ports[0]?.postMessage({ saved: [] } satisfies WorkerReply),
      ),
    );
});

// Periodic Background Sync, where the browser granted it: not yet in TypeScript's worker types.
self.addEventListener('periodicsync', (event) => {
  const sync = event as ExtendableEvent & { tag: string };
  if (sync.tag === WATCH_SYNC_TAG) sync.waitUntil(checkWatched());
});

// The status page, which looks the number up at once: this device keeps its verifier.
self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow((event.notification.data as { url: string }).url));
});

self.addEventListener('install', (event) => event.waitUntil(carryOverSavedPacks()));
// Taking control at once matters on the first visit: what the page loads from then on (an island's
// code after signing in) is kept. An update activates only when the resident agreed, and the page
// reloads then anyway (src/scripts/service-worker-registration.ts).
self.addEventListener('activate', (event) => event.waitUntil(dropEarlierPacks().then(() => self.clients.claim())));
