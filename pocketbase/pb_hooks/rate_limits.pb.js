// @ts-check

// PocketBase's rate limiter, on and configured at every start. The status lookup's limit per
// client comes from LAYANAN_STATUS_RATE_LIMIT ("requests/seconds", default 10/60) so that a
// benchmark can raise it. The limiter answers 429 in English; the pages show Indonesian.
onBootstrap((e) => {
  e.next();
  const label = "POST /api/layanan/status";
  const configured = ($os.getenv("LAYANAN_STATUS_RATE_LIMIT") || "10/60").split("/").map(Number);
  const maxRequests = configured[0];
  const duration = configured[1];
  if (!(maxRequests > 0 && duration > 0)) throw new Error("LAYANAN_STATUS_RATE_LIMIT must look like 10/60 (requests/seconds).");

  const settings = e.app.settings();
  settings.rateLimits.enabled = true;
  // A plain object is what PocketBase's settings take; the declarations type it as the Go struct.
  settings.rateLimits.rules = [/** @type {any} */ ({ label, maxRequests, duration, audience: "" })].concat(
    settings.rateLimits.rules.filter((rule) => rule.label !== label),
  );
  e.app.save(settings);
});
