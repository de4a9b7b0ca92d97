// The offline packs on this device (src/lib/offline-packs.ts): saved into a cache of this version
// of the site, carried over to the next version fetching only what changed, read cache-first.
import { matchPrecache } from 'workbox-precaching';
import {
  PACK_LISTING_PATH,
  SAVED_PACKS_URL,
  type PackListing,
  type PackManifest,
  type SavedPacks,
} from '../lib/offline-packs';

declare const self: ServiceWorkerGlobalScope;
/** Set by the build (scripts/build-pwa.ts): changes whenever any pack does. */
declare const PACK_VERSION: string;

const PREFIX = 'paket-v-';
const CURRENT = `${PREFIX}${PACK_VERSION}`;
/** Where a saved pack's manifest is kept, to compare revisions at the next version. */
const manifestKey = (id: string) => `/paket/${id}/manifest.json`;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** This version's listing: precached — or, while this version installs and its precache is being filled, from the network. */
export async function packListing(): Promise<PackListing> {
  const listed = (await matchPrecache(PACK_LISTING_PATH)) ?? (await fetchOk(PACK_LISTING_PATH));
  return listed.json();
}

async function readSaved(cacheName: string): Promise<SavedPacks> {
  const stored = await (await caches.open(cacheName)).match(SAVED_PACKS_URL);
  return stored ? stored.json() : { packs: [], firstVisitDone: false };
}

/** The state is kept with this version's pages, where fromSavedPacks() answers pages asking for it. */
async function writeSaved(saved: SavedPacks) {
  await (await caches.open(CURRENT)).put(
    SAVED_PACKS_URL,
    new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }),
  );
}

export const savedNow = () => readSaved(CURRENT);

/** The cache of an earlier version that holds saved packs, if any. */
async function previousCache(): Promise<string | undefined> {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CURRENT).at(-1);
}

/**
 * Puts one pack into this version's cache. Entries an earlier version already holds with the same
 * revision are copied; of the others, a few are fetched one by one, many through the bundle.
 */
async function savePack(id: string, listing: PackListing, previous: string | undefined): Promise<void> {
  const summary = listing.packs.find((pack) => pack.id === id);
  if (!summary) return;
  const manifest: PackManifest = await (await fetchOk(summary.manifest)).json();
  const cache = await caches.open(CURRENT);
  const old = previous ? await caches.open(previous) : undefined;
  const oldManifest: PackManifest | undefined = await old?.match(manifestKey(id)).then((response) => response?.json());
  const oldRevision = new Map(oldManifest?.entries.map((entry) => [entry.url, entry.revision]));
  const missing = [];
  for (const entry of manifest.entries) {
    const kept = oldRevision.get(entry.url) === entry.revision ? await old?.match(entry.url) : undefined;
    if (kept) await cache.put(entry.url, kept);
    else missing.push(entry);
  }
  const missingBytes = missing.reduce((sum, entry) => sum + entry.length, 0);
  if (missing.length > 0 && missingBytes * 2 < manifest.entries.reduce((sum, entry) => sum + entry.length, 0)) {
    for (const entry of missing) await cache.put(entry.url, await fetchOk(entry.url));
  } else if (missing.length > 0) {
    const bundle = new Uint8Array(await (await fetchOk(manifest.bundle)).arrayBuffer());
    let offset = 0;
    for (const entry of manifest.entries) {
      const body = bundle.slice(offset, offset + entry.length);
      offset += entry.length;
      if (!missing.includes(entry)) continue;
      const headers = entry.type.startsWith('text/html')
        ? { ...manifest.pageHeaders, 'Content-Type': entry.type }
        : { 'Content-Type': entry.type };
      await cache.put(entry.url, new Response(body, { headers }));
    }
  }
  await cache.put(
    manifestKey(id),
    new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }),
  );
}

let saving: Promise<unknown> = Promise.resolve();

/** Saves packs (one save at a time); returns the packs this call added. */
export function savePacks(ids: string[], options: { firstVisit?: boolean } = {}): Promise<string[]> {
  const run = saving.then(async () => {
    const listing = await packListing();
    const saved = await savedNow();
    // Decided here, one save at a time: two pages opened together must not each count as the first visit.
    if (options.firstVisit && saved.firstVisitDone) return [];
    const added = ids.filter((id) => !saved.packs.includes(id) && listing.packs.some((pack) => pack.id === id));
    for (const id of added) await savePack(id, listing, undefined);
    await writeSaved({
      packs: [...saved.packs, ...added],
      firstVisitDone: saved.firstVisitDone || Boolean(options.firstVisit),
    });
    return added;
  });
  saving = run.catch(() => undefined);
  return run;
}

/** At install: the packs the previous version kept, brought to this version. */
export async function carryOverSavedPacks(): Promise<void> {
  const previous = await previousCache();
  if (!previous) return;
  const before = await readSaved(previous);
  const listing = await packListing();
  const still = before.packs.filter((id) => listing.packs.some((pack) => pack.id === id));
  for (const id of still) await savePack(id, listing, previous);
  await writeSaved({ ...before, packs: still });
}

/**
 * At activation earlier versions' packs go — after taking over any pack saved with the earlier
 * version while this one was waiting.
 */
export async function dropEarlierPacks(): Promise<void> {
  const previous = await previousCache();
  if (previous) {
    const listing = await packListing();
    const current = await savedNow();
    const late = (await readSaved(previous)).packs.filter((id) => !current.packs.includes(id));
    for (const id of late)
      await savePack(id, listing, previous).then(
        () => current.packs.push(id),
        () => undefined,
      );
    await writeSaved(current);
  }
  for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CURRENT) await caches.delete(name);
}

/** A saved pack's copy of a request, if it has one. Packs' search indexes use the site's own Pagefind runtime. */
export async function fromSavedPacks(url: URL): Promise<Response | undefined> {
  const runtime = /^\/paket\/[^/]+\/pagefind\/(pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/.exec(url.pathname);
  if (runtime) return matchPrecache(`/pagefind/${runtime[1]}`);
  return (await caches.open(CURRENT)).match(url.pathname);
}
