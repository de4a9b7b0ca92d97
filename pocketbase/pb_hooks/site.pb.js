// @ts-check

// PocketBase also serves the built site (LAYANAN_SITE_DIR, the Astro build): compressed, with the
// headers the build wrote for it (dist/_headers.json, src/lib/security-headers.ts: security
// headers, long caching for fingerprinted assets only) and the site's own 404 page. A route of its
// own rather than --publicDir plus a global middleware, so API requests never run through JS.
// Behind Caddy (deploy/Caddyfile) the site is served by Caddy from the same build and headers.
routerUse($apis.gzip());

routerAdd('GET', '/{path...}', (e) => {
  const siteDir = require(`${__hooks}/lib/site_sync.js`).siteDir();
  const path = e.request.url.path;
  const headers = e.response.header();
  /** @type {import("../../src/lib/security-headers").SiteHeaders} */
  const site = JSON.parse(
    String(e.app.store().getOrSet(`site-headers:${siteDir}`, () => toString($os.readFile(`${siteDir}/_headers.json`)))),
  );
  const apply = (set) => {
    for (const name of Object.keys(set)) headers.set(name, set[name]);
  };
  apply(site.all);
  for (const prefix of Object.keys(site.byPath)) if (path.startsWith(prefix)) apply(site.byPath[prefix]);
  if (e.request.tls) apply(site.https);
  try {
    return $apis.static(siteDir, false)(e);
  } catch (err) {
    const wantsPage = String(e.request.header.get('Accept')).indexOf('text/html') !== -1;
    const status = err && /** @type {any} */ (err).value ? /** @type {any} */ (err).value.status : 0;
    if (wantsPage && status === 404) {
      return e.html(404, toString($os.readFile(`${siteDir}/404.html`)));
    }
    throw err;
  }
});
