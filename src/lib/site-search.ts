// Full-text search over the built site with Pagefind's browser API. Online it searches the whole
// site's index (dist/pagefind/); without signal, the indexes of the offices kept on this device
// (their offline packs, src/lib/offline-packs.ts), with Pagefind's runtime from the app shell.

import { SAVED_PACKS_URL, packIndexPath, type SavedPacks } from './offline-packs';

export interface SearchHit {
  url: string;
  title: string;
  office: string | undefined;
  /** HTML from Pagefind: the page's text, escaped, with matches in <mark>. */
  excerpt: string;
}

export interface SearchResults {
  hits: SearchHit[];
  /** Searched only the offices kept on this device (no signal). */
  savedOnly: boolean;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// Runtime paths: the index exists only in the built site, never in Vite's module graph.
const PAGEFIND = '/pagefind/pagefind.js';
const WHOLE_SITE_ENTRY = '/pagefind/pagefind-entry.json';

let wholeSite: Promise<Pagefind> | undefined;
let saved: { packs: string; pagefind: Promise<Pagefind> } | undefined;

function load(url: string, configure: (pagefind: Pagefind) => Promise<void>): Promise<Pagefind> {
  return import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await configure(module);
    return module;
  });
}

/** The whole site's index is never kept offline: reaching its entry file says whether there is signal. */
const reachable = () =>
  fetch(WHOLE_SITE_ENTRY, { cache: 'no-store' }).then(
    (response) => response.ok,
    () => false,
  );

async function searchEngine(): Promise<{ pagefind: Pagefind; savedOnly: boolean }> {
  if (await reachable()) {
    wholeSite ??= load(PAGEFIND, (pagefind) => pagefind.init());
    wholeSite.catch(() => (wholeSite = undefined));
    return { pagefind: await wholeSite, savedOnly: false };
  }
  // The service worker answers this address with the offices kept; without it, nothing is kept.
  const packs = await fetch(SAVED_PACKS_URL).then((response) => (response.ok ? (response.json() as Promise<SavedPacks>) : { packs: [] }), () => ({ packs: [] })).then((state) => state.packs);
  if (packs.length === 0) throw new Error('Tidak ada kantor yang tersimpan di perangkat ini.');
  if (saved?.packs !== packs.join()) {
    // A second instance of Pagefind (its own module URL), for the saved offices' indexes.
    const pagefind = load(`${PAGEFIND}?paket`, async (pagefind) => {
      await pagefind.options({ basePath: packIndexPath(packs[0]!) });
      await pagefind.init();
      for (const id of packs.slice(1)) await pagefind.mergeIndex(packIndexPath(id));
    });
    saved = { packs: packs.join(), pagefind };
    pagefind.catch(() => (saved = undefined));
  }
  return { pagefind: await saved.pagefind, savedOnly: true };
}

export async function searchSite(term: string, limit = 8): Promise<SearchResults> {
  const { pagefind, savedOnly } = await searchEngine();
  const search = await pagefind.search(term);
  if (!search) return { hits: [], savedOnly };
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return { hits: data.map((hit) => ({ url: hit.url, title: hit.meta['title'] ?? hit.url, office: hit.meta['kantor'], excerpt: hit.excerpt })), savedOnly };
}
