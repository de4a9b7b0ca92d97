// What a page costs on first view, counted from the build output: its HTML, the stylesheets and
// scripts it references (scripts with their static imports; code loaded later with import() is
// not first view), and its images — each gzip-compressed as the server sends them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets, pageFile } from '../../scripts/page-assets.ts';

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

export function pageWeight(dist: string, path: string): PageWeight {
  const assets = pageAssets(dist, path);
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, asset) => total + gzipped(readFileSync(join(dist, asset))), 0);
  return {
    path,
    html: gzipped(readFileSync(pageFile(dist, path))),
    css: sum(assets.stylesheets),
    js: sum(assets.scripts),
    images: sum(assets.images),
    scripts: assets.scripts,
  };
}
