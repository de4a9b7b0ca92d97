// After `astro build`: hashes every inline <script> and <style> the build wrote and writes the
// site's headers (src/lib/security-headers.ts) into dist/_headers.json for PocketBase's site route
// and, the same headers, into dist/_headers.caddy for Caddy (deploy/Caddyfile).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TILE_URL } from '../src/lib/map-tiles.ts';
import { CADDY_HEADERS_FILE, HEADERS_FILE, siteHeaders } from '../src/lib/security-headers.ts';
import { caddyDirectives } from './caddy-headers.ts';
import { HOUSEHOLD_FORM_PATH, PROPOSAL_FORM_PATH } from '../src/lib/paths.ts';

const outDir = process.env['LAYANAN_OUT_DIR'] ?? new URL('../dist', import.meta.url).pathname;
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

const scriptHashes = new Set<string>();
const styleHashes = new Set<string>();
for (const file of htmlFiles(outDir)) {
  const html = readFileSync(file, 'utf8');
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    // Data blocks (JSON-LD) are not run; scripts with src are files of the site.
    if (/\bsrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!) || body === '') continue;
    scriptHashes.add(hash(body!));
  }
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styleHashes.add(hash(body!));
  if (/\sstyle="/.test(html))
    throw new Error(`${file}: an inline style attribute, which the Content-Security-Policy would block. Use a class.`);
}

const tileOrigin = new URL((process.env['PUBLIC_MAP_TILE_URL'] ?? DEFAULT_TILE_URL).replace(/\{s\}/, 'a')).origin;
const apiUrl = process.env['PUBLIC_POCKETBASE_URL'];
const headers = siteHeaders({
  scriptHashes: [...scriptHashes],
  styleHashes: [...styleHashes],
  tileOrigins: [tileOrigin.replace('://a.', '://*.')],
  apiOrigin: apiUrl ? new URL(apiUrl).origin : null,
  geolocationPaths: [PROPOSAL_FORM_PATH, HOUSEHOLD_FORM_PATH],
});
writeFileSync(join(outDir, HEADERS_FILE), JSON.stringify(headers, null, 2));
writeFileSync(join(outDir, CADDY_HEADERS_FILE), caddyDirectives(headers));
