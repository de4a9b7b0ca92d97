// @ts-check
// PocketBase's request log (auxiliary.db, table _logs) records the route, not the person
// (src/domain/request-log.ts): every entry is scrubbed here, just before it is written — query
// values that could be a search for a name or a file token are hidden, and a request without an
// account (every resident's) keeps no address, browser or referring page. Should scrubbing fail,
// PocketBase drops the entry rather than write it unscrubbed.

onModelCreate((e) => {
  const log = /** @type {core.Log} */ (/** @type {unknown} */ (e.model));
  const scrubbed = require(`${__hooks}/generated/domain.cjs`).scrubbedLogEntry(
    JSON.parse(JSON.stringify(log.data)),
    log.message,
  );
  // A plain object is what PocketBase stores; the declarations type it as Go's JSONMap.
  log.data = /** @type {any} */ (scrubbed.data);
  log.message = scrubbed.message;
  e.next();
}, '_logs');
