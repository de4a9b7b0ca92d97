/// <reference path="../pb_data/types.d.ts" />

// PocketBase also serves the built site (--publicDir dist): compressed, with long caching for
// fingerprinted assets only, and the site's own 404 page for pages that do not exist.
routerUse($apis.gzip());

routerUse(new Middleware((e) => {
  const path = e.request.url.path;
  const isSitePath = e.request.method === "GET" && !path.startsWith("/api/") && !path.startsWith("/_/");
  if (isSitePath) {
    e.response.header().set("Cache-Control", path.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache");
  }
  try {
    e.next();
  } catch (err) {
    const wantsPage = String(e.request.header.get("Accept")).indexOf("text/html") !== -1;
    if (isSitePath && wantsPage && err && err.value && err.value.status === 404) {
      const siteDir = $os.getenv("LAYANAN_SITE_DIR") || `${__hooks}/../../dist`;
      return e.html(404, toString($os.readFile(`${siteDir}/404.html`)));
    }
    throw err;
  }
}, -1900, "layanan-site"));
