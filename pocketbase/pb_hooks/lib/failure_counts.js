// @ts-check
// Failure counters kept in a server-only collection (sign_in_failures, lookup_failures): the
// counts survive a restart, and old ones are removed by the daily clean-up (pb_hooks/maintenance.pb.js).

/** @typedef {import("../../../src/domain/sign-in").FailureCount} FailureCount */

/**
 * @param {HookApp} app @param {string} collection @param {string} key
 * @returns {FailureCount | null}
 */
function readCount(app, collection, key) {
  try {
    const record = app.findFirstRecordByData(collection, 'key', key);
    return {
      failures: record.getInt('failures'),
      firstAt: record.getInt('first_at'),
      lastAt: record.getInt('last_at'),
    };
  } catch (_) {
    return null;
  }
}

/**
 * Counts one more failure for `key` at `now` and returns the new count. In one transaction: the
 * database takes one at a time, so guesses sent at once cannot overwrite each other's count.
 * @param {HookApp} app @param {string} collection @param {string} key @param {number} now @param {number} [windowMs]
 */
function countFailure(app, collection, key, now, windowMs) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  /** @type {FailureCount} */
  let next = { failures: 0, firstAt: now, lastAt: now };
  app.runInTransaction((tx) => {
    let record;
    try {
      record = tx.findFirstRecordByData(collection, 'key', key);
    } catch (_) {
      record = new Record(tx.findCollectionByNameOrId(collection), { key });
    }
    const previous = record.isNew()
      ? null
      : { failures: record.getInt('failures'), firstAt: record.getInt('first_at'), lastAt: record.getInt('last_at') };
    next = domain.countFailure(previous, now, windowMs);
    record.load({ failures: next.failures, first_at: next.firstAt, last_at: next.lastAt });
    tx.save(record);
  });
  return next;
}

/** @param {HookApp} app @param {string} collection @param {string} key */
function clearCount(app, collection, key) {
  try {
    app.delete(app.findFirstRecordByData(collection, 'key', key));
  } catch (_) {
    // nothing counted
  }
}

/** Sign-in failures are counted per account, whatever collection it is tried in … @param {string} identity */
const accountKey = (identity) =>
  `akun:${String(identity || '')
    .trim()
    .toLowerCase()}`;
/** … per address … @param {string} address */
const addressKey = (address) => `alamat:${address}`;
/** … per account and address … @param {string} account its accountKey @param {string} address */
const accountAddressKey = (account, address) => `akun-alamat:${account.slice('akun:'.length)}|${address}`;
/** … and per device known to the account (its device cookie's nonce). @param {string} nonce */
const deviceKey = (nonce) => `perangkat:${nonce}`;

module.exports = { readCount, countFailure, clearCount, accountKey, addressKey, accountAddressKey, deviceKey };
