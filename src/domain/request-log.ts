// What PocketBase's request log keeps (auxiliary.db, table _logs): the route, not the person.
// Every entry passes through scrubbedLogEntry before it is written (pb_hooks/request_log.pb.js),
// and the privacy notice (/privasi/) states the same lists, so what it says is what is done.
//
// - A query string's values go, but for a few that say only how a list was paged or shaped:
//   a staff search ("?cari=Siti", "?filter=applicant_name~…") names residents, and a file URL's
//   "?token=" opens a document.
// - A request without an account — every resident: an application, a complaint (anonymous ones
//   included), a rating, a status lookup — leaves no address, no browser and no page it came from:
//   those, with the entry's time, would tie an anonymous complaint to a device.
// - A signed-in account's request (staff, village operators, Camats, superusers) keeps its address
//   and browser: the office must be able to tell who used an account, and from where.

/** Query parameters whose values are kept: paging and the shape of a list, never what was looked for. */
export const LOGGED_QUERY_PARAMETERS: readonly string[] = [
  'page',
  'perPage',
  'skipTotal',
  'sort',
  'expand',
  'fields',
  'thumb',
  'download',
  'halaman',
  'periode',
  'format',
  'salinan',
];

/** What stands in a query string for a value that is not kept. */
export const HIDDEN_VALUE = '[disembunyikan]';

/** Entry fields that identify a device: kept only for a signed-in account's requests. */
export const DEVICE_FIELDS = ['userIP', 'remoteIP', 'userAgent', 'referer'] as const;

/** What a request's log entry says, in the privacy notice's words. */
export const REQUEST_LOG_CONTENTS = {
  withoutAccount: [
    'waktu',
    'alamat halaman atau API tanpa isi pencarian dan tanpa token berkas',
    'metode dan hasil (kode status, lama proses)',
  ],
  signedIn: [
    'waktu',
    'alamat halaman atau API tanpa isi pencarian dan tanpa token berkas',
    'metode dan hasil (kode status, lama proses)',
    'jenis akun (petugas, operator desa, Camat, superuser)',
    'alamat IP dan jenis peramban',
  ],
} as const;

/** A URL's path and query with every query value outside LOGGED_QUERY_PARAMETERS hidden. */
export function scrubbedUrl(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return url;
  const query = url.slice(queryAt + 1);
  if (query === '') return url.slice(0, queryAt);
  const parts = query.split('&').map((part) => {
    const equals = part.indexOf('=');
    const name = equals === -1 ? part : part.slice(0, equals);
    if (LOGGED_QUERY_PARAMETERS.indexOf(safeDecode(name)) !== -1) return part;
    // A part without "=" may be the tail of an unescaped value ("?filter=a&Siti"): hidden too.
    return equals === -1 ? HIDDEN_VALUE : `${name}=${HIDDEN_VALUE}`;
  });
  return `${url.slice(0, queryAt)}?${parts.join('&')}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch (_) {
    return text;
  }
}

/** A referring page without its query and fragment: the page, not what was on it. */
export function scrubbedReferer(referer: string): string {
  return referer.replace(/[?#].*$/, '');
}

/**
 * A log entry as it may be written: `data` is PocketBase's request attributes (url, method, status,
 * auth — the auth collection's name, "" without an account —, userIP, remoteIP, userAgent,
 * referer …), `message` its "METHOD /url" line. Entries that are not about a request pass unchanged.
 */
export function scrubbedLogEntry(
  data: Record<string, unknown>,
  message: string,
): { data: Record<string, unknown>; message: string } {
  if (data['type'] !== 'request') return { data, message };
  const scrubbed: Record<string, unknown> = {};
  const signedIn = typeof data['auth'] === 'string' && data['auth'] !== '';
  for (const key of Object.keys(data)) {
    const value = data[key];
    if ((DEVICE_FIELDS as readonly string[]).indexOf(key) !== -1 && !signedIn) continue;
    if (key === 'url' && typeof value === 'string') scrubbed[key] = scrubbedUrl(value);
    else if (key === 'referer' && typeof value === 'string') scrubbed[key] = scrubbedReferer(value);
    else scrubbed[key] = value;
  }
  // PocketBase's message repeats the URL unescaped, where a value may hold "&" or "=": it is
  // written again from the escaped URL, whose parts are exact.
  const space = message.indexOf(' ');
  const method = space === -1 ? message : message.slice(0, space);
  const scrubbedMessage =
    typeof scrubbed['url'] === 'string' ? `${method} ${scrubbed['url']}` : `${method} ${HIDDEN_VALUE}`;
  return { data: scrubbed, message: scrubbedMessage };
}
