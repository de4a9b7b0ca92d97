// What a page costs on first view, counted from the build output: its HTML, the stylesheets and
// scripts it references (scripts with their static imports; code loaded later with import() is
// not first view), and its images — each gzip-compressed as the server sends them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  images: number;
  scripts: string[];
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

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

function staticImports(dist: string, script: string, seen: Set<string>) {
  if (seen.has(script)) return;
  seen.add(script);
  const code = readFileSync(join(dist, script), 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) {
    staticImports(dist, join(script, '..', match[1]!), seen);
  }
}

export function pageWeight(dist: string, path: string): PageWeight {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const attribute = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  const stylesheets = attribute(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const scripts = new Set<string>();
  for (const entry of [...attribute(/<script[^>]+type="module"[^>]*src="([^"]+)"/g), ...attribute(/component-url="([^"]+)"/g), ...attribute(/renderer-url="([^"]+)"/g)]) {
    staticImports(dist, entry, scripts);
  }
  const images = attribute(/<img[^>]+src="(\/[^"]+)"/g).filter((source) => existsSync(join(dist, source)));
  const sum = (files: Iterable<string>) => [...files].reduce((total, asset) => total + gzipped(readFileSync(join(dist, asset))), 0);
  return { path, html: gzipped(html), css: sum(stylesheets), js: sum(scripts), images: sum(images), scripts: [...scripts].sort() };
}
