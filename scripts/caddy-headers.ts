// The site's headers (src/lib/security-headers.ts) as Caddyfile directives, so Caddy serves the
// build with exactly the headers PocketBase's site route would: deploy/layanan-situs.caddy imports
// the file the build writes beside the site (dist/_headers.caddy). Generated rather than a second
// list: every build brings its own Content-Security-Policy hashes, and a reload picks them up.
import type { SiteHeaders } from '../src/lib/security-headers.ts';

/** A Caddyfile token: quoted, because header values hold spaces, quotes and semicolons. */
function token(value: string): string {
  // Caddy would read {…} as a placeholder and a line break as the end of the directive.
  if (/[{}\n\r]/.test(value)) throw new Error(`A header value Caddy cannot take as it is: ${value}`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const headerLines = (set: Record<string, string>, matcher = '') =>
  Object.entries(set).map(([name, value]) => `\theader ${matcher}${name} ${token(value)}`);

/**
 * One `route` for the responses of the site's files: every header of `all`, then those of `byPath`
 * for their paths (in a route Caddy keeps this order, so a path's value replaces the general one,
 * as in site.pb.js), and the `https` ones, Caddy serving the site over HTTPS only.
 */
export function caddyDirectives(headers: SiteHeaders): string {
  const lines = [
    '# Written by the build (scripts/caddy-headers.ts) from src/lib/security-headers.ts; do not edit.',
    'route {',
    ...headerLines(headers.all),
    ...Object.entries(headers.byPath).flatMap(([prefix, set]) => headerLines(set, `${prefix}* `)),
    ...headerLines(headers.https),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
