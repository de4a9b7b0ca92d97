// @ts-check
// Keys the server signs with that must outlive a restart — a device cookie lasts months, a
// receipt's survey token as long as the paper — kept in the server-only collection server_keys,
// one per purpose, each made once when the server starts (pb_hooks/serve_start.pb.js), before any
// request could race to make it. (Proof-of-work challenges live minutes: their key stays in
// memory, pb_hooks/lib/proof_of_work.js.)

/**
 * What each key signs: device cookies (pb_hooks/lib/sign_in_guard.js), survey tokens, the hashed
 * addresses of failed lookups and the status page's access (pb_hooks/lib/number_guard.js), and the
 * verification codes of BASTs (pb_hooks/lib/stock_release.js).
 */
const PURPOSES = ['perangkat-masuk', 'survei', 'alamat', 'akses', 'bast'];

/** Makes the keys not made yet. @param {HookApp} app */
function ensureServerKeys(app) {
  for (const purpose of PURPOSES) {
    try {
      app.findFirstRecordByData('server_keys', 'purpose', purpose);
    } catch (_) {
      app.save(
        new Record(app.findCollectionByNameOrId('server_keys'), { purpose, secret: $security.randomString(64) }),
      );
    }
  }
}

/** @param {HookApp} app @param {string} purpose one of PURPOSES */
function serverKey(app, purpose) {
  // Not the store's getOrSet: it holds the store's lock while reading the record, and PocketBase
  // looks its collections up in that same store.
  const cacheKey = `server-key:${purpose}`;
  const kept = app.store().get(cacheKey);
  if (kept) return String(kept);
  const key = app.findFirstRecordByData('server_keys', 'purpose', purpose).getString('secret');
  app.store().set(cacheKey, key);
  return key;
}

module.exports = { ensureServerKeys, serverKey };
