// Full-text search over the built site with Pagefind's browser API. The index (dist/pagefind/)
// is written after the Astro build and precached by the service worker, so search works offline.

/** A kabupaten as search shows it: whose a result is, and where its residents ask. */
export interface KabupatenChoice {
  code: string;
  name: string;
  /** Its start page: / when the build serves only it, else /kabupaten/<slug>/. */
  home: string;
  office: { name: string; href: string; reach?: { label: string; value: string; href: string } };
}

export interface SearchHit {
  url: string;
  title: string;
  office: string | undefined;
  /** Code of the kabupaten whose page it is ("32.14"). */
  kabupaten: string | undefined;
  /** HTML from Pagefind: the page's text, escaped, with matches in <mark>. */
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
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

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Pages for a query, best first. Pagefind stems words, which suits Indonesian affixes ("bencana"
 * finds "kebencanaan") but not abbreviations: it would take KKS for KK. So a query word that is an
 * abbreviation (from the glossary) must stand on the page as that very word.
 */
export async function searchSite(term: string, abbreviations: ReadonlySet<string>, limit = 8): Promise<SearchHit[]> {
  const search = await (await loadPagefind()).search(term);
  if (!search) return [];
  const exact = wordsOf(term).filter((word) => abbreviations.has(word));
  // The site has a few dozen pages: loading every match's fragment at once costs little.
  const found = await Promise.all(search.results.map((result) => result.data()));
  return found
    .filter((hit) => {
      const words = new Set(wordsOf(hit.content));
      return exact.every((word) => words.has(word));
    })
    .slice(0, limit)
    .map((hit) => ({ url: hit.url, title: hit.meta['title'] ?? hit.url, office: hit.meta['kantor'], kabupaten: hit.filters['kabupaten']?.[0], excerpt: hit.excerpt }));
}
