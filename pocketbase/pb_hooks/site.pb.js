// @ts-check

// PocketBase also serves the built site (LAYANAN_SITE_DIR, the Astro build): compressed, with
// long caching for fingerprinted assets only, and the site's own 404 page. A route of its own
// rather than --publicDir plus a global middleware, so API requests never run through JS.
routerUse($apis.gzip());

routerAdd("GET", "/{path...}", (e) => {
  const siteDir = require(`${__hooks}/lib/site_sync.js`).siteDir();
  const path = e.request.url.path;
  e.response.header().set("Cache-Control", path.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache");
  try {
    return $apis.static(siteDir, false)(e);
  } catch (err) {
    const wantsPage = String(e.request.header.get("Accept")).indexOf("text/html") !== -1;
    const status = err && /** @type {any} */ (err).value ? /** @type {any} */ (err).value.status : 0;
    if (wantsPage && status === 404) {
      return e.html(404, toString($os.readFile(`${siteDir}/404.html`)));
    }
    throw err;
  }
});
