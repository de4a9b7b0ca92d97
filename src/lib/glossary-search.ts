// The glossary as search uses it (/data/istilah.json): a plain answer for words residents search
// with — also where no office service fits ("PKH is checked at Cek Bansos or your village") — and
// the abbreviations search must match as written.

export interface GlossaryAnswer {
  id: string;
  term: string;
  expansion?: string | undefined;
  meaning: string;
  aliases: string[];
  where?: string | undefined;
  /** Pages about the term that this build serves. */
  links: { title: string; href: string; kabupaten?: string | undefined }[];
}

export interface GlossaryFeed {
  terms: GlossaryAnswer[];
}

const normalise = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Words written in capitals in a term or its aliases (PKH, BPJS, UPTD): lower-cased. */
export function abbreviationsOf(feed: GlossaryFeed): Set<string> {
  const names = feed.terms.flatMap((entry) => [entry.term, ...entry.aliases]);
  return new Set(names.flatMap((name) => name.match(/\b[A-Z]{2,}\b/g) ?? []).map((word) => word.toLowerCase()));
}

/**
 * Terms the query names, by the term itself or an alias, as whole words; at most two, the one named
 * by more words first ("data bansos" is DTSEN before it is bansos).
 */
export function answersFor(query: string, feed: GlossaryFeed): GlossaryAnswer[] {
  const asked = ` ${normalise(query)} `;
  const wordsNamed = (entry: GlossaryAnswer) =>
    Math.max(
      0,
      ...[entry.term, ...entry.aliases]
        .map(normalise)
        .filter((name) => asked.includes(` ${name} `))
        .map((name) => name.split(' ').length),
    );
  return feed.terms
    .map((entry) => ({ entry, words: wordsNamed(entry) }))
    .filter(({ words }) => words > 0)
    .sort((a, b) => b.words - a.words)
    .slice(0, 2)
    .map(({ entry }) => entry);
}

/**
 * Results with the pages the answered terms are about first, in the order the answers list them
 * ("bansos" → Pengecekan Status Kepesertaan DTKS dan Bantuan Sosial); the rest keep their order.
 */
export function answeredPagesFirst<Hit extends { url: string }>(hits: Hit[], answers: GlossaryAnswer[]): Hit[] {
  const about = answers.flatMap((answer) => answer.links.map((link) => link.href));
  const rank = (hit: Hit) => {
    const at = about.indexOf(new URL(hit.url, 'https://situs.invalid').pathname);
    return at === -1 ? about.length : at;
  };
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => rank(a.hit) - rank(b.hit) || a.index - b.index)
    .map(({ hit }) => hit);
}

let loaded: Promise<GlossaryFeed> | undefined;

export function loadGlossary(url: string): Promise<GlossaryFeed> {
  loaded ??= fetch(url).then((response) =>
    response.ok ? (response.json() as Promise<GlossaryFeed>) : Promise.reject(new Error(`${url}: ${response.status}`)),
  );
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
