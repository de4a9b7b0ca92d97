// The HTTP headers every page of the site is served with — one definition, written by the build
// into the site (dist/_headers.json, scripts/build-headers.ts) and applied by whatever serves it:
// PocketBase's site route (pocketbase/pb_hooks/site.pb.js), or Caddy through the snippet the build
// writes beside it (dist/_headers.caddy, scripts/caddy-headers.ts; deploy/Caddyfile imports it).
// The Content-Security-Policy allows no inline script or style but those the build itself wrote,
// each by its hash.

export const HEADERS_FILE = '_headers.json';
export const CADDY_HEADERS_FILE = '_headers.caddy';

/** Where the build puts fingerprinted assets (Astro's default): their names change with their content. */
export const FINGERPRINTED_ASSETS_PATH = '/_astro/';

export interface SiteHeaders {
  /** On every response of the site. */
  all: Record<string, string>;
  /** Added, replacing those of `all`, for paths starting with the key (e.g. the proposal form may use the phone's location). */
  byPath: Record<string, Record<string, string>>;
  /** Added only when the page is served over HTTPS. */
  https: Record<string, string>;
}

export interface HeaderInputs {
  /** sha256-… of every inline <script> the build wrote. */
  scriptHashes: string[];
  /** sha256-… of every inline <style> the build wrote. */
  styleHashes: string[];
  /** Where map tiles come from (PUBLIC_MAP_TILE_URL). */
  tileOrigins: string[];
  /** The API's origin when it is not the site's own (PUBLIC_POCKETBASE_URL). */
  apiOrigin: string | null;
  /** Paths whose pages ask for the phone's location. */
  geolocationPaths: string[];
}

export function siteHeaders(inputs: HeaderInputs): SiteHeaders {
  const quoted = (hashes: string[]) => [...new Set(hashes)].sort().map((hash) => `'${hash}'`);
  const csp = [
    "default-src 'self'",
    // Pagefind's search index runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${quoted(inputs.scriptHashes).join(' ')}`.trim(),
    `style-src 'self' ${quoted(inputs.styleHashes).join(' ')}`.trim(),
    // Photos shown before they are sent are blob: URLs; Leaflet's default icons can be data: URLs.
    `img-src 'self' data: blob: ${inputs.tileOrigins.join(' ')}`.trim(),
    `connect-src 'self' ${inputs.apiOrigin ?? ''} ${inputs.tileOrigins.join(' ')}`.replace(/\s+/g, ' ').trim(),
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    all: {
      'Content-Security-Policy': csp,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      // Pages, feeds and the service worker are revalidated on every visit, so a deploy shows at once.
      'Cache-Control': 'no-cache',
    },
    byPath: {
      ...Object.fromEntries(
        inputs.geolocationPaths.map((path) => [
          path,
          {
            'Permissions-Policy':
              'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
          },
        ]),
      ),
      // A fingerprinted file never changes under its name.
      [FINGERPRINTED_ASSETS_PATH]: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    },
    https: { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' },
  };
}
