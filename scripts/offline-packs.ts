// Writes the offline packs (src/lib/offline-packs.ts) into the build: for each office, the pages
// that declare it (data-paket: its service pages and office pages) and its kabupaten's home page,
// and a Pagefind index of the office's pages alone, as one bundle with a manifest, both named by
// content hash; plus the files of the index one by one (dist/paket/<office>/pagefind/), which an
// update fetches when only a few changed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { HEADERS_FILE, type SiteHeaders } from '../src/lib/security-headers.ts';
import { SITE_CONTRACT_FILES } from '../src/domain/site-contract.ts';
import {
  PACK_LISTING_PATH,
  packIndexPath,
  type KabupatenSummary,
  type PackEntry,
  type PackListing,
  type PackManifest,
  type PackSummary,
} from '../src/lib/offline-packs.ts';

/** Bytes as the server sends them: PocketBase compresses with gzip's default level. */
export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 6 }).length;
const hash = (bytes: Uint8Array, length = 10) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/**
 * Pagefind writes its index files gzipped with a signature inside; stored decompressed, the bundle's gzip
 * compresses them together with the pages they repeat.
 */
function pagefindContent(bytes: Uint8Array): Buffer {
  const signature = Buffer.from('pagefind_dcd');
  try {
    const plain = gunzipSync(bytes);
    return plain.subarray(0, signature.length).equals(signature) ? plain : Buffer.from(bytes);
  } catch {
    return Buffer.from(bytes);
  }
}

/** What a built page's <html> declares: the office whose pack holds it, or the kabupaten whose home it is. */
function declared(html: Buffer): { office?: string; kabupaten?: string } {
  const tag = /^<!DOCTYPE html><html[^>]*>/i.exec(html.subarray(0, 400).toString('utf8'))?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  return { office: attribute('data-paket'), kabupaten: attribute('data-kabupaten') };
}

/**
 * The pages of each pack: every built page whose <html> declares data-paket="<office>"; and, by
 * kabupaten name, each kabupaten's own home page (data-kabupaten, /kabupaten/<slug>/), which every
 * pack of that kabupaten carries — a resident who arrived on a service page from a QR code goes
 * "up" to it, offline too. A build for one kabupaten has its home at /, in the app shell already.
 */
function packPages(outDir: string) {
  const byOffice = new Map<string, { url: string; html: Buffer }[]>();
  const kabupatenHomes = new Map<string, { url: string; html: Buffer }>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === 'index.html') {
        const html = readFileSync(path);
        const { office, kabupaten } = declared(html);
        const folder = relative(outDir, dirname(path));
        const url = folder ? `/${folder}/` : '/';
        if (office) byOffice.set(office, [...(byOffice.get(office) ?? []), { url, html }]);
        else if (kabupaten && url !== '/') kabupatenHomes.set(kabupaten, { url, html });
      }
    }
  };
  walk(outDir);
  return { byOffice, kabupatenHomes };
}

interface PackFile {
  url: string;
  type: string;
  content: Buffer;
}

/** The pack's own search index, written beside it and returned as entries. */
async function searchIndex(
  outDir: string,
  office: string,
  pages: { url: string; html: Buffer }[],
): Promise<PackFile[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: page.html.toString('utf8') });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${page.url}: ${added.errors.join('; ')}`);
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const base = packIndexPath(office);
  // Pagefind's runtime (pagefind.js, its worker, the wasm) is the site's own, in the app shell.
  const kept = files.filter((file) =>
    /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/[^/]+\.pf_(index|fragment|filter))$/.test(
      file.path,
    ),
  );
  for (const file of kept) {
    const target = join(outDir, base, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return kept.map((file) => ({
    url: `${base}${file.path}`,
    type: file.path.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    content: pagefindContent(file.content),
  }));
}

export interface BuiltPack extends PackSummary {
  /** Its pages' gzip sizes added up, as if fetched one by one. */
  pagesOneByOne: number;
}

/** Writes every office's pack; returns them as the listing will name them, biggest first. */
export async function writeOfflinePacks(outDir: string): Promise<BuiltPack[]> {
  rmSync(join(outDir, 'paket'), { recursive: true, force: true });
  const feed = JSON.parse(readFileSync(join(outDir, SITE_CONTRACT_FILES.services), 'utf8')) as {
    agencies: { id: string; shortName: string; regency: string }[];
    services: { agency: string }[];
  };
  const headers = JSON.parse(readFileSync(join(outDir, HEADERS_FILE), 'utf8')) as SiteHeaders;
  const { byOffice, kabupatenHomes } = packPages(outDir);
  const built: BuiltPack[] = [];
  try {
    for (const agency of feed.agencies) {
      const officePages = (byOffice.get(agency.id) ?? []).sort((a, b) => a.url.localeCompare(b.url));
      if (officePages.length === 0) continue;
      const home = kabupatenHomes.get(agency.regency);
      const pages = [...officePages, ...(home ? [home] : [])];
      const special = pages.find((page) => Object.keys(headers.byPath).some((prefix) => page.url.startsWith(prefix)));
      if (special)
        throw new Error(
          `${special.url} has headers of its own (${HEADERS_FILE} byPath) and cannot be read from an offline pack.`,
        );
      // The kabupaten's home is read offline, not found by searching it.
      const index = await searchIndex(outDir, agency.id, officePages);
      // Each page followed by its search fragment, which repeats its text: gzip finds the repetition.
      const fragmentOf = new Map(
        index
          .filter((file) => file.url.includes('/fragment/'))
          .map((file) => [
            JSON.parse(file.content.subarray('pagefind_dcd'.length).toString('utf8')).url as string,
            file,
          ]),
      );
      const files: PackFile[] = pages.flatMap((page) => {
        const fragment = fragmentOf.get(page.url);
        return [
          { url: page.url, type: 'text/html; charset=utf-8', content: page.html },
          ...(fragment ? [fragment] : []),
        ];
      });
      files.push(...index.filter((file) => !file.url.includes('/fragment/')));

      const bundle = Buffer.concat(files.map((file) => file.content));
      const bundleUrl = `/paket/${agency.id}.${hash(bundle)}.bin`;
      const entries: PackEntry[] = files.map((file) => ({
        url: file.url,
        type: file.type,
        revision: hash(file.content, 16),
        length: file.content.length,
      }));
      const manifest: PackManifest = { id: agency.id, bundle: bundleUrl, pageHeaders: headers.all, entries };
      const manifestBytes = Buffer.from(JSON.stringify(manifest));
      const manifestUrl = `/paket/${agency.id}.${hash(manifestBytes)}.json`;
      writeFileSync(join(outDir, bundleUrl), bundle);
      writeFileSync(join(outDir, manifestUrl), manifestBytes);
      built.push({
        id: agency.id,
        name: agency.shortName,
        kabupaten: agency.regency,
        services: feed.services.filter((service) => service.agency === agency.id).length,
        bytes: gzipSize(bundle) + gzipSize(manifestBytes),
        manifest: manifestUrl,
        pagesOneByOne: pages.reduce((sum, page) => sum + gzipSize(page.html), 0),
      });
    }
  } finally {
    await pagefind.close();
  }
  return built.sort((a, b) => b.bytes - a.bytes);
}

/**
 * The listing the app shell carries: the packs, and per kabupaten what a first visit keeps — the
 * whole kabupaten when the app shell and all its offices fit the budget, else the office opened.
 */
export function packListing(packs: PackSummary[], appShell: number, budget: number): PackListing {
  const names = [...new Set(packs.map((pack) => pack.kabupaten))].sort();
  const kabupaten: KabupatenSummary[] = names.map((name) => {
    const members = packs.filter((pack) => pack.kabupaten === name);
    const total = members.reduce((sum, pack) => sum + pack.bytes, 0);
    return {
      name,
      packs: members.map((pack) => pack.id),
      firstVisit: members.length === 1 || appShell + total <= budget ? 'kabupaten' : 'kantor',
    };
  });
  return {
    appShell,
    packs: packs.map(({ id, name, kabupaten: regency, services, bytes, manifest }) => ({
      id,
      name,
      kabupaten: regency,
      services,
      bytes,
      manifest,
    })),
    kabupaten,
  };
}

export interface FirstVisit {
  /** The app shell with the service worker and the pack listing, gzip. */
  appShell: number;
  /** Per kabupaten, largest first visit first. */
  kabupaten: (KabupatenSummary & { offices: number; services: number; packBytes: number; bytes: number })[];
}

/** What a first visit downloads in each kabupaten of a built site: the app shell and the packs it keeps. */
export function firstVisitSizes(outDir: string): FirstVisit {
  const listingBytes = readFileSync(join(outDir, PACK_LISTING_PATH));
  const listing = JSON.parse(listingBytes.toString('utf8')) as PackListing;
  const appShell = listing.appShell + gzipSize(listingBytes) + gzipSize(readFileSync(join(outDir, 'sw.js')));
  const kabupaten = listing.kabupaten.map((entry) => {
    const members = listing.packs.filter((pack) => entry.packs.includes(pack.id)).sort((a, b) => b.bytes - a.bytes);
    const kept = entry.firstVisit === 'kabupaten' ? members : members.slice(0, 1);
    const packBytes = kept.reduce((sum, pack) => sum + pack.bytes, 0);
    return {
      ...entry,
      offices: members.length,
      services: members.reduce((sum, pack) => sum + pack.services, 0),
      packBytes,
      bytes: appShell + packBytes,
    };
  });
  return { appShell, kabupaten: kabupaten.sort((a, b) => b.bytes - a.bytes) };
}
