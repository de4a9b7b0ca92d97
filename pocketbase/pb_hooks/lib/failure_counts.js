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
 * Counts one more failure for `key` at `now` and returns the new count.
 * @param {HookApp} app @param {string} collection @param {string} key @param {number} now @param {number} [windowMs]
 */
function countFailure(app, collection, key, now, windowMs) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  let record;
  try {
    record = app.findFirstRecordByData(collection, 'key', key);
  } catch (_) {
    record = new Record(app.findCollectionByNameOrId(collection), { key });
  }
  const previous = record.isNew()
    ? null
    : { failures: record.getInt('failures'), firstAt: record.getInt('first_at'), lastAt: record.getInt('last_at') };
  const next = domain.countFailure(previous, now, windowMs);
  record.load({ failures: next.failures, first_at: next.firstAt, last_at: next.lastAt });
  app.save(record);
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

/** Sign-in failures are counted per account, whatever collection it is tried in … */
const accountKey = (identity) =>
  `akun:${String(identity || '')
    .trim()
    .toLowerCase()}`;
/** … and per address. */
const addressKey = (address) => `alamat:${address}`;

module.exports = { readCount, countFailure, clearCount, accountKey, addressKey };
