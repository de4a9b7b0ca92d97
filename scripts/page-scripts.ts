// The scripts a built page loads: those it references and what they import. Shared by the
// page-weight budgets (tests/budget: first view, static imports only) and the service worker's
// precache (scripts/build-pwa.ts leaves out what only staff pages load).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of the build, as paths ("/", "/layanan/x/", "/404.html"). */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.html')) pages.push(`/${relative(dist, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(dist);
  return pages.sort();
}

/** The built HTML of a page path. */
export const pageHtml = (dist: string, path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/** Values of the attribute a pattern captures, entities undone. */
export const attributes = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/&amp;/g, '&'));

/** What a page references itself: module scripts, and its islands' components and renderers. */
export function entryScripts(html: string): string[] {
  return [...attributes(html, /<script[^>]+type="module"[^>]*src="([^"]+)"/g), ...attributes(html, /component-url="([^"]+)"/g), ...attributes(html, /renderer-url="([^"]+)"/g)];
}

/**
 * `entries` (paths under dist, "/_astro/x.js") and every script they import: statically only (what
 * the first view loads), or with import() as well (what the page may load later).
 */
export function scriptGraph(dist: string, entries: string[], options: { dynamic: boolean }): Set<string> {
  const seen = new Set<string>();
  const imports = options.dynamic ? /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.\/[^"'`]+\.js)["'`]/g : /(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g;
  const visit = (script: string) => {
    if (seen.has(script)) return;
    seen.add(script);
    for (const match of readFileSync(join(dist, script), 'utf8').matchAll(imports)) visit(join(script, '..', match[1]!));
  };
  for (const entry of entries) visit(entry);
  return seen;
}
