// What a built page loads: its stylesheets, its scripts with their static imports (and, when asked,
// the code they load later with import()), and its images. Read from the HTML in the build output;
// used by the page-weight budgets (tests/support/page-weight.ts) and by the service worker's app
// shell (scripts/build-pwa.ts), so both count the same files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageAssets {
  stylesheets: string[];
  /** Paths from the site root, sorted. */
  scripts: string[];
  images: string[];
}

/** The built file of a page path ("/layanan/" → dist/layanan/index.html). */
export const pageFile = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

function imports(dist: string, script: string, seen: Set<string>, dynamic: boolean) {
  if (seen.has(script)) return;
  seen.add(script);
  const code = readFileSync(join(dist, script), 'utf8');
  const pattern = dynamic
    ? /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.\/[^"'`]+\.js)["'`]/g
    : /(?:\bfrom\s*|\bimport\s*)["'`](\.\/[^"'`]+\.js)["'`]/g;
  for (const match of code.matchAll(pattern)) imports(dist, join(script, '..', match[1]!), seen, dynamic);
}

export function pageAssets(dist: string, path: string, options: { dynamicImports?: boolean } = {}): PageAssets {
  const text = readFileSync(pageFile(dist, path), 'utf8');
  const attribute = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  const scripts = new Set<string>();
  for (const entry of [
    ...attribute(/<script[^>]+type="module"[^>]*src="([^"]+)"/g),
    ...attribute(/component-url="([^"]+)"/g),
    ...attribute(/renderer-url="([^"]+)"/g),
  ]) {
    imports(dist, entry, scripts, options.dynamicImports ?? false);
  }
  return {
    stylesheets: attribute(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
    scripts: [...scripts].sort(),
    images: attribute(/<img[^>]+src="(\/[^"]+)"/g).filter((source) => existsSync(join(dist, source))),
  };
}
