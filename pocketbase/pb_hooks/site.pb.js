// @ts-check

// PocketBase also serves the built site (LAYANAN_SITE_DIR, the Astro build): compressed, with the
// headers the build wrote for it (dist/_headers.json, src/lib/security-headers.ts: security
// headers, long caching for fingerprinted assets only) and the site's own 404 page. A route of its
// own rather than --publicDir plus a global middleware, so API requests never run through JS.
// Behind Caddy (deploy/Caddyfile) the site is served by Caddy from the same build and headers.
// Each file carries the same validator Caddy gives it (lib/files.js: fileEtag), so a deployed build
// reaches the browsers holding the previous one whatever the dates of its files.
routerUse($apis.gzip());

routerAdd(...require(`${__hooks}/lib/http.js`).route('site'), (e) => {
  const siteDir = require(`${__hooks}/lib/site_sync.js`).siteDir();
  const given = require(`${__hooks}/lib/given.js`);
  const request = given.requestOf(e);
  const path = given.given(request.url, 'request address').path;
  const headers = e.response.header();
  /** @type {import("../../src/lib/security-headers").SiteHeaders} */
  const site = JSON.parse(require(`${__hooks}/lib/files.js`).builtHeaders(e.app, siteDir));
  const apply = (set) => {
    for (const name of Object.keys(set)) headers.set(name, set[name]);
  };
  apply(site.all);
  for (const prefix of Object.keys(site.byPath)) if (path.startsWith(prefix)) apply(site.byPath[prefix]);
  if (request.tls) apply(site.https);
  const etag = require(`${__hooks}/lib/files.js`).fileEtag(siteDir, request.pathValue('path'));
  if (etag) headers.set('ETag', etag);
  try {
    return $apis.static(siteDir, false)(e);
  } catch (err) {
    const wantsPage = String(request.header.get('Accept')).indexOf('text/html') !== -1;
    if (wantsPage && require(`${__hooks}/lib/problems.js`).apiErrorOf(err).status === 404) {
      return e.html(404, toString($os.readFile(`${siteDir}/404.html`)));
    }
    throw err;
  }
});
