// Finds the repository paths that prose names: the documentation's text and its relative links, and
// the comments of code, scripts and deployment files. tests/content/doc-paths.test.ts checks each
// one exists, so a renamed or removed file cannot leave the docs or a comment pointing at nothing.
import ts from 'typescript';

/** Folders a named path starts with. pb_hooks/ and pb_migrations/ are written relative to pocketbase/. */
const TOP_FOLDERS = [
  'src',
  'pocketbase',
  'pb_hooks',
  'pb_migrations',
  'tests',
  'scripts',
  'docs',
  'content',
  'deploy',
  'bench',
  'public',
];
const WITHIN_POCKETBASE = new Set(['pb_hooks', 'pb_migrations']);

// Not preceded by a character that makes it part of something else: an absolute or relative path
// (/opt/layanan/deploy/…, ../../src/…), a URL, a variable (${ROOT}src/…) or a word (mysrc/).
// A path ends at white space, quotes, brackets, punctuation that cannot be in one of our file names,
// a query or anchor, or a placeholder (<id>, *, …, {name}).
const PATH = new RegExp(String.raw`(?<![\w./~$@}-])(?:${TOP_FOLDERS.join('|')})/[^\s\x60'"()<>\[\]{},;:*…|#?=]*`, 'g');
const PLACEHOLDER_START = /^[<*…{]/;

export interface NamedPath {
  /** As the repository holds it, e.g. pocketbase/pb_hooks/site.pb.js (a folder ends with /). */
  path: string;
  /** 1-based line of the file the prose is in. */
  line: number;
}

/** A stretch of prose inside a file: where it starts (character offset) and its text. */
interface Prose {
  offset: number;
  text: string;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The paths named in `prose`, found in `file`'s text at `prose.offset`. */
function pathsIn(fileText: string, prose: Prose): NamedPath[] {
  return [...prose.text.matchAll(PATH)].map((match) => {
    let path = match[0].replace(/[.]+$/, '');
    const after = prose.text.slice(match.index + match[0].length);
    // Cut short by a placeholder (content/calendar/<year>.yaml, pb_hooks/lib/*): its folder must exist.
    if (PLACEHOLDER_START.test(after) && !path.endsWith('/')) path = path.slice(0, path.lastIndexOf('/') + 1);
    const top = path.slice(0, path.indexOf('/'));
    if (WITHIN_POCKETBASE.has(top)) path = `pocketbase/${path}`;
    return { path, line: lineAt(fileText, prose.offset + match.index) };
  });
}

/** The comment `position` of a parsed source lies in, if any: the trivia before a token, or JSDoc. */
function commentAt(source: ts.SourceFile, position: number): ts.CommentRange | undefined {
  let node: ts.Node = source;
  for (;;) {
    const child = node.getChildren(source).find((each) => each.getFullStart() <= position && position < each.getEnd());
    if (!child) return undefined;
    if (child.kind >= ts.SyntaxKind.FirstJSDocNode && child.kind <= ts.SyntaxKind.LastJSDocNode)
      return { pos: child.pos, end: child.end, kind: ts.SyntaxKind.MultiLineCommentTrivia };
    if (position < child.getStart(source, false)) {
      // The trivia before a token: what ends the previous line (trailing), then whole lines (leading).
      const trivia = child.getFullStart();
      return [
        ...(ts.getTrailingCommentRanges(source.text, trivia) ?? []),
        ...(ts.getLeadingCommentRanges(source.text, trivia) ?? []),
      ].find((range) => range.pos <= position && position < range.end);
    }
    node = child;
  }
}

/**
 * The comments of TypeScript or JavaScript source that name a path, found by TypeScript's own parser
 * (so never a string, a template or a regular expression that happens to look like one).
 */
function scriptComments(text: string, offset: number, fileName: string): Prose[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found = new Map<number, Prose>();
  for (const match of text.matchAll(PATH)) {
    const comment = commentAt(source, match.index);
    if (comment) found.set(comment.pos, { offset: offset + comment.pos, text: text.slice(comment.pos, comment.end) });
  }
  return [...found.values()];
}

/** Every match of `pattern`'s first group, as prose. */
function matches(text: string, pattern: RegExp): Prose[] {
  return [...text.matchAll(pattern)].map((match) => ({
    offset: match.index + match[0].indexOf(match[1]!),
    text: match[1]!,
  }));
}

const BLOCK_COMMENT = /\/\*([\s\S]*?)\*\//g;
const HASH_COMMENT = /(?:^|[ \t])#(?!!)(.*)$/gm;
const SLASH_COMMENT = /(?:^|[ \t])\/\/(.*)$/gm;

/** An Astro component: its frontmatter and scripts are TypeScript, its styles CSS, its markup HTML. */
function astroComments(text: string, fileName: string): Prose[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
  const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => ({
    offset: match.index + match[0].indexOf('>') + 1,
    text: match[1]!,
  }));
  const styles = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].flatMap((match) =>
    matches(match[0], BLOCK_COMMENT).map((prose) => ({ ...prose, offset: match.index + prose.offset })),
  );
  const code = frontmatter ? [{ offset: 4, text: frontmatter[1]! }, ...scripts] : scripts;
  return [
    ...code.flatMap((part) => scriptComments(part.text, part.offset, `${fileName}.ts`)),
    ...styles,
    ...matches(text, /<!--([\s\S]*?)-->/g),
    ...matches(text, /\{\s*\/\*([\s\S]*?)\*\/\s*\}/g),
  ];
}

/** The prose of a file: all of a markdown document, the comments of anything else. */
function proseOf(fileName: string, text: string): Prose[] {
  if (fileName.endsWith('.md')) return [{ offset: 0, text }];
  if (/\.(ts|tsx|js|mjs|cjs)$/.test(fileName)) return scriptComments(text, 0, fileName);
  if (fileName.endsWith('.astro')) return astroComments(text, fileName);
  if (fileName.endsWith('.css')) return matches(text, BLOCK_COMMENT);
  if (fileName.endsWith('.jsonc')) return matches(text, SLASH_COMMENT);
  if (fileName.endsWith('.json')) return [];
  // Shell scripts, Caddyfiles, systemd units, env files, YAML.
  return matches(text, HASH_COMMENT);
}

/** The repository paths the prose of a file names. */
export function namedPaths(fileName: string, text: string): NamedPath[] {
  // Most files name no path anywhere: skip parsing them.
  if (!new RegExp(PATH.source).test(text)) return [];
  return proseOf(fileName, text).flatMap((prose) => pathsIn(text, prose));
}

/** Relative link targets of a markdown document ([text](target), ![alt](target)), anchors dropped. */
export function relativeLinks(text: string): NamedPath[] {
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .filter((match) => !/^([a-z]+:|#|\/)/.test(match[1]!))
    .map((match) => ({ path: match[1]!.replace(/#.*$/, ''), line: lineAt(text, match.index) }));
}

export interface AnchorLink {
  /** The linked document relative to the linking one; empty for an anchor in the same document. */
  path: string;
  anchor: string;
  line: number;
}

/** Links to a place in a markdown document ([text](#anchor), [text](other.md#anchor)). */
export function anchorLinks(text: string): AnchorLink[] {
  return [...text.matchAll(/\]\(([^)\s#]*\.md|)#([^)\s]+)\)/g)]
    .filter((match) => !/^[a-z]+:/.test(match[1]!))
    .map((match) => ({ path: match[1]!, anchor: decodeURIComponent(match[2]!), line: lineAt(text, match.index) }));
}

/** The anchors GitHub gives a document: one per heading (as its slugger makes them) and every id="…". */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const [, heading] of withoutCode.matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = heading!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/\bid="([^"]+)"/g)) anchors.add(id!);
  return anchors;
}
