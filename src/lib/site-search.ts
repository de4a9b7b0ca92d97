// Full-text search over the built site with Pagefind's browser API. The index (dist/pagefind/)
// is written after the Astro build and precached by the service worker, so search works offline.

export interface SearchHit {
  url: string;
  title: string;
  office: string | undefined;
  /** HTML from Pagefind: the page's text, escaped, with matches in <mark>. */
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A runtime path: the index exists only in the built site, never in Vite's module graph.
  const indexUrl = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ indexUrl).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

export async function searchSite(term: string, limit = 8): Promise<SearchHit[]> {
  const search = await (await loadPagefind()).search(term);
  if (!search) return [];
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return data.map((hit) => ({ url: hit.url, title: hit.meta['title'] ?? hit.url, office: hit.meta['kantor'], excerpt: hit.excerpt }));
}
