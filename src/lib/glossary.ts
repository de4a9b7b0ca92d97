// Terms explained where they are first used. The official text stays as it is: the first use of a
// term in a page's <main> is marked (<abbr> with what the abbreviation stands for), and the site's
// own short explanation follows at the end of the paragraph or list item that uses it, marked
// "Arti:". It is done on the finished HTML (src/middleware.ts) because only the finished page knows
// which use comes first; so it works without JavaScript, on every page, printed ones included.
import type { GlossaryData } from './content-schemas';

export interface GlossaryTerm extends Pick<GlossaryData, 'term' | 'expansion' | 'meaning' | 'forms'> {
  id: string;
}

interface Matcher {
  term: GlossaryTerm;
  pattern: RegExp;
}

/** One matcher per written form; all-capital forms (abbreviations) match only as written. */
export function compileGlossary(terms: GlossaryTerm[]): Matcher[] {
  return terms.flatMap((term) =>
    (term.forms ?? [term.term]).map((form) => {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      const flags = form === form.toUpperCase() ? 'gu' : 'giu';
      return { term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags) };
    }),
  );
}

/** The terms a plain text uses, in the order of their first use. */
export function termsIn(text: string, matchers: Matcher[]): GlossaryTerm[] {
  const first = new Map<string, { term: GlossaryTerm; at: number }>();
  for (const { term, pattern } of matchers) {
    pattern.lastIndex = 0;
    const found = pattern.exec(text);
    if (found && (first.get(term.id)?.at ?? Infinity) > found.index) first.set(term.id, { term, at: found.index });
  }
  return [...first.values()].sort((a, b) => a.at - b.at).map((use) => use.term);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function glossNote(term: GlossaryTerm): string {
  const expansion = term.expansion ? ` (${escapeHtml(term.expansion)})` : '';
  // Left out of the search index: search matches the official text, and answers terms from the glossary itself.
  return (
    `<span class="gloss" data-istilah="${term.id}" data-pagefind-ignore><span class="gloss-label">Arti:</span> ` +
    `<b>${escapeHtml(term.term)}</b>${expansion}: ${escapeHtml(term.meaning)}</span>`
  );
}

/** For print pages: "APBD = Anggaran …", or "asesmen: petugas menilai …" for a word. */
function footnoteEntry(term: GlossaryTerm): string {
  return `<b>${escapeHtml(term.term)}</b>${term.expansion ? ` = ${escapeHtml(term.expansion)}` : `: ${escapeHtml(term.meaning.replace(/\.$/, ''))}`}`;
}

/** Elements whose text is never marked: headings, controls, code, hidden text, and islands (Solid hydrates them). */
const SKIPPED = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'th',
  'button',
  'summary',
  'option',
  'select',
  'textarea',
  'title',
  'pre',
  'code',
  'abbr',
  'time',
  'svg',
  'astro-island',
  'template',
]);
/** Where an explanation may follow the text that needs it. */
const BLOCKS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'td',
  'caption',
  'figcaption',
  'blockquote',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

interface Open {
  name: string;
  skipped: boolean;
  /** The element that lists every term of a print page (data-istilah-daftar). */
  lists: boolean;
  notes: string[];
}

/**
 * Marks the first use of each term inside <main> and adds its explanation after the paragraph or
 * list item that uses it. `<main data-istilah="ringkas">` (one-page leaflets, posters) lists the
 * explanations briefly in its element marked `data-istilah-daftar` instead; `<main
 * data-istilah="tidak">` (the glossary itself, source documents) is left alone.
 */
export function glossHtml(html: string, matchers: Matcher[]): string {
  const out: string[] = [];
  const stack: Open[] = [];
  const explained = new Set<string>();
  const footnotes: string[] = [];
  let mode: 'inline' | 'footnote' | 'off' = 'off';
  let inMain = false;
  let at = 0;

  const markText = (text: string): string => {
    let result = '';
    let rest = text;
    for (;;) {
      let best: { term: GlossaryTerm; index: number; length: number } | undefined;
      for (const { term, pattern } of matchers) {
        if (explained.has(term.id)) continue;
        pattern.lastIndex = 0;
        const found = pattern.exec(rest);
        if (
          found &&
          (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length))
        ) {
          best = { term, index: found.index, length: found[0].length };
        }
      }
      if (!best) return result + rest;
      const used = rest.slice(best.index, best.index + best.length);
      const marked = best.term.expansion ? `<abbr title="${escapeHtml(best.term.expansion)}">${used}</abbr>` : used;
      result += rest.slice(0, best.index) + marked;
      rest = rest.slice(best.index + best.length);
      explained.add(best.term.id);
      if (mode === 'footnote') footnotes.push(footnoteEntry(best.term));
      else
        [...stack]
          .reverse()
          .find((open) => BLOCKS.has(open.name))
          ?.notes.push(glossNote(best.term));
    }
  };

  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at) {
      const text = html.slice(at, textEnd);
      out.push(inMain && mode !== 'off' && !stack.some((open) => open.skipped) ? markText(text) : text);
      at = textEnd;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      // A comment, doctype or stray "<": copied through unchanged.
      const end = html.startsWith('<!--', at) ? html.indexOf('-->', at) + 3 : html.indexOf('>', at) + 1;
      const stop = end > at ? end : html.length;
      out.push(html.slice(at, stop));
      at = stop;
      continue;
    }
    const [whole, closing, rawName, attributes] = tag;
    const name = rawName!.toLowerCase();
    at += whole.length;
    if (closing) {
      const index = stack.map((open) => open.name).lastIndexOf(name);
      if (index >= 0) {
        const closed = stack.splice(index);
        const notes = closed.flatMap((open) => open.notes);
        if (closed[0]!.lists && footnotes.length > 0)
          notes.push(`<span class="gloss-label">Arti istilah:</span> ${footnotes.join('; ')}.`);
        if (notes.length > 0) out.push(notes.join(''));
      }
      if (name === 'main') inMain = false;
      out.push(whole);
      continue;
    }
    out.push(whole);
    if (RAW_TEXT.has(name)) {
      const end = html.indexOf(`</${name}`, at);
      const stop = end === -1 ? html.length : end;
      out.push(html.slice(at, stop));
      at = stop;
      continue;
    }
    if (VOID.has(name) || whole.endsWith('/>')) continue;
    if (name === 'main') {
      inMain = true;
      const setting = /\bdata-istilah="(\w+)"/.exec(attributes ?? '')?.[1];
      mode = setting === 'tidak' ? 'off' : setting === 'ringkas' ? 'footnote' : 'inline';
    }
    stack.push({
      name,
      skipped: SKIPPED.has(name) || /\shidden(?:[\s=>]|$)/.test(attributes ?? ''),
      lists: /\sdata-istilah-daftar\b/.test(attributes ?? ''),
      notes: [],
    });
  }
  return out.join('');
}
