// @ts-check
// Health for the people who run the server (pb_hooks/lib/health.js):
// - GET /api/layanan/siap: is the server ready — database, site, free disk and, where monitored,
//   backups. 200 when every check is "ok", 503 naming what is not; for an uptime checker.
// - GET /api/layanan/cadangan/detak?salinan=basis-data|berkas: the backup service reports a
//   successful copy. Only from this machine, directly: Caddy never passes it on
//   (deploy/layanan-situs.caddy), and a request carrying a proxy's header is refused too.

onBootstrap((e) => {
  e.next();
  require(`${__hooks}/lib/health.js`).markStarted(e.app);
});

routerAdd(...require(`${__hooks}/lib/http.js`).route('readiness'), (e) => {
  const { ready, checks } = require(`${__hooks}/lib/health.js`).readiness(e.app);
  e.response.header().set('Cache-Control', 'no-store');
  return e.json(ready ? 200 : 503, { status: ready ? 'siap' : 'tidak siap', checks });
});

routerAdd(...require(`${__hooks}/lib/http.js`).route('backupHeartbeat'), (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const request = require(`${__hooks}/lib/given.js`).requestOf(e);
  const peer = request.remoteAddr.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if ((peer !== '127.0.0.1' && peer !== '::1') || request.header.get('X-Forwarded-For') !== '')
    throw new NotFoundError();
  const copy = require(`${__hooks}/lib/given.js`).queryOf(e).get('salinan');
  // biome-ignore lint/suspicious/noPrototypeBuiltins: PocketBase's JS engine (goja) has no Object.hasOwn.
  if (!Object.prototype.hasOwnProperty.call(domain.BACKUP_COPIES, copy))
    throw new BadRequestError(`salinan harus salah satu dari: ${Object.keys(domain.BACKUP_COPIES).join(', ')}.`);
  require(`${__hooks}/lib/health.js`).recordBackupReport(
    e.app,
    /** @type {import("../../src/domain/daily-summary").BackupCopy} */ (copy),
  );
  return e.noContent(204);
});
