// What a page costs on first view, counted from the build output: its HTML, the stylesheets and
// scripts it references (scripts with their static imports; code loaded later with import() is
// not first view), and its images — each gzip-compressed as the server sends them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes, entryScripts, pageHtml, scriptGraph } from '../../scripts/page-scripts.ts';

export { builtPages } from '../../scripts/page-scripts.ts';

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  images: number;
  scripts: string[];
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;

export function pageWeight(dist: string, path: string): PageWeight {
  const text = pageHtml(dist, path);
  const stylesheets = attributes(text, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const scripts = scriptGraph(dist, entryScripts(text), { dynamic: false });
  const images = attributes(text, /<img[^>]+src="(\/[^"]+)"/g).filter((source) => existsSync(join(dist, source)));
  const sum = (files: Iterable<string>) => [...files].reduce((total, asset) => total + gzipped(readFileSync(join(dist, asset))), 0);
  return { path, html: gzipped(Buffer.from(text, 'utf8')), css: sum(stylesheets), js: sum(scripts), images: sum(images), scripts: [...scripts].sort() };
}
