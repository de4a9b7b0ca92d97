// Offline packs: what a phone keeps to read an office's standards without signal. Shared by the
// build (scripts/offline-packs.ts writes them), the service worker (src/service-worker/) and the
// page script that talks to it (src/scripts/service-worker-registration.ts), and offline search
// (src/lib/site-search.ts).
//
// The app shell — home, search, status, the offline page, styles, islands, Pagefind's runtime — is
// precached by Workbox on the first visit. An office's pack is its service pages and office pages,
// with a search index of its own, in one compressed file: a hundred services cost a resident about
// what a dozen pages would one by one, because every page repeats the office's header, contacts and
// complaint channels. The first visit keeps the packs of the resident's own kabupaten (the one of the
// page they opened); any other office is kept when they tap "Simpan untuk dibaca tanpa sinyal".
// Everything else (leaflets, posters, other kabupaten, the map) is kept once visited.

/** Where the build lists the packs (precached with the app shell). */
export const PACK_LISTING_PATH = '/paket/index.json';

/** One office's pack, as listed. */
export interface PackSummary {
  /** The office (agency id); the pack holds the pages that declare it (data-paket). */
  id: string;
  name: string;
  kabupaten: string;
  services: number;
  /** What saving it downloads, gzip as the server sends it. */
  bytes: number;
  /** Its manifest (PackManifest), named by content hash. */
  manifest: string;
}

export interface KabupatenSummary {
  name: string;
  packs: string[];
  /**
   * What a first visit keeps: the whole kabupaten, or — when its offices together would exceed the
   * first-visit budget — only the office of the page opened.
   */
  firstVisit: 'kabupaten' | 'kantor';
}

export interface PackListing {
  /** What the app shell's files weigh, gzip (without the service worker and this listing). */
  appShell: number;
  packs: PackSummary[];
  kabupaten: KabupatenSummary[];
}

/** One file of a pack: a page, or a file of its search index. */
export interface PackEntry {
  url: string;
  type: string;
  /** Hash of its content: an update fetches only entries whose revision changed. */
  revision: string;
  /** Its bytes in the bundle, which holds the entries one after the other. */
  length: number;
}

export interface PackManifest {
  id: string;
  /** All entries in one file, named by content hash. */
  bundle: string;
  /** The headers the site serves its pages with (Content-Security-Policy …), for pages read from the bundle. */
  pageHeaders: Record<string, string>;
  entries: PackEntry[];
}

/** The pack's own search index: its pages only, searched when there is no signal (src/lib/site-search.ts). */
export const packIndexPath = (id: string) => `/paket/${id}/pagefind/`;

/** Which packs are saved on this device: kept by the service worker, which answers this address with it. */
export interface SavedPacks {
  packs: string[];
  /** Whether the first visit's kabupaten has been kept: it happens once, not for every kabupaten visited. */
  firstVisitDone: boolean;
}
export const SAVED_PACKS_URL = '/paket/tersimpan.json';

/**
 * The packs a first visit keeps: for a page about an office, its kabupaten's (or only that office,
 * where the kabupaten is split); for a kabupaten's home, that kabupaten's; for a page about neither,
 * none — unless the site has only one kabupaten.
 */
export function firstVisitPacks(listing: PackListing, page: { office?: string; kabupaten?: string }): string[] {
  const only = listing.kabupaten.length === 1 ? listing.kabupaten[0]!.name : undefined;
  const name = page.office
    ? listing.packs.find((candidate) => candidate.id === page.office)?.kabupaten
    : (page.kabupaten ?? only);
  const kabupaten = listing.kabupaten.find((candidate) => candidate.name === name);
  if (!kabupaten) return [];
  if (kabupaten.firstVisit === 'kabupaten') return kabupaten.packs;
  return page.office ? [page.office] : [];
}

/** What pages ask the service worker. Replies (WorkerReply) come through the message's port. */
export type WorkerRequest =
  /** A page was opened: keep it and what it loaded, and — the first time — its kabupaten. */
  | { type: 'KUNJUNGAN'; office?: string; kabupaten?: string; urls: string[] }
  /** What saving an office downloads, or that it is saved already. */
  | { type: 'KANTOR'; pack: string }
  /** Keep these packs ("Simpan untuk dibaca tanpa sinyal"). */
  | { type: 'SIMPAN'; packs: string[] }
  /** Which offices are kept (the offline page lists them). */
  | { type: 'TERSIMPAN' }
  /** The app was opened: check the numbers watched on this device ("Pantau nomor ini"). */
  | { type: 'PANTAU' }
  /** The resident agreed to the new version ("Muat ulang"). */
  | { type: 'SKIP_WAITING' };

/**
 * The service worker's answer: the offices kept on this device and, where there is something to
 * tell the resident, the sentence to show — what was just kept and its size, what saving would
 * download, or why saving failed. The worker writes it, so the script on every page stays small.
 */
export interface WorkerReply {
  saved: { id: string; name: string; services: number /** The office's page. */; url: string }[];
  message?: string;
}
