// @ts-check
// Who waits after failed sign-ins and activations (src/domain/sign-in.ts, SIGN_IN_POLICY), in the
// manner of OWASP's device cookies: a device that signed in to an account carries a cookie the
// server signed for that account, and only that device's own failures slow it down; every other
// device is slowed by the account's failures from its address, its address's failures, and — past
// a high ceiling — the account's failures from everywhere. Strangers guessing a known email, from
// however many addresses, never hold back its holder on a phone or PC they signed in on before.

/** The cookie is sent with sign-ins (/api/collections/…) and activations (/api/akun/aktivasi). */
const COOKIE_PATH = '/api/';

/** One cookie per account on a shared office PC; its name says nothing readable about the account. @param {string} account */
const cookieName = (account) => `perangkat_${$security.sha256(account).slice(0, 16)}`;

/** @param {HookApp} app @param {string} account @param {string} nonce */
function signature(app, account, nonce) {
  return $security.hs256(
    `perangkat|${account}|${nonce}`,
    require(`${__hooks}/lib/server_keys.js`).serverKey(app, 'perangkat-masuk'),
  );
}

/**
 * The nonce of this device's cookie for `account` when the server signed it, else "".
 * @param {core.RequestEvent} e @param {string} account accountKey
 */
function knownDevice(e, account) {
  const [nonce, signed] = require(`${__hooks}/lib/http.js`).cookieValue(e, cookieName(account)).split('.');
  if (!nonce || !signed || !$security.equal(signed, signature(e.app, account, nonce))) return '';
  return nonce;
}

/**
 * After a successful sign-in: this device is known to the account for the next months.
 * @param {core.RequestEvent} e @param {string} account accountKey
 */
function rememberDevice(e, account) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const nonce = knownDevice(e, account) || $security.randomString(24);
  require(`${__hooks}/lib/http.js`).setPrivateCookie(
    e,
    cookieName(account),
    `${nonce}.${signature(e.app, account, nonce)}`,
    COOKIE_PATH,
    domain.SIGN_IN_POLICY.knownDeviceDays * 24 * 3600,
  );
}

/**
 * @typedef {{ account: string, address: string, device: string }} Attempt an account (accountKey),
 *   the address it is tried from, and the device's nonce when the device is known to the account, else ""
 * @typedef {{ agency: string, targetType: string, targetId: string, targetLabel: string }} AuditTarget
 */

/** An attempt to sign in to or activate the account of `identity` (its email). @param {core.RequestEvent} e @param {string} identity */
function attemptOf(e, identity) {
  const account = require(`${__hooks}/lib/failure_counts.js`).accountKey(identity);
  return { account, address: e.realIP(), device: knownDevice(e, account) };
}

/**
 * The counts that apply to an attempt.
 * @param {HookApp} app @param {Attempt} attempt
 * @returns {import("../../../src/domain/sign-in").SignInFailures}
 */
function failuresOf(app, attempt) {
  const counts = require(`${__hooks}/lib/failure_counts.js`);
  const read = (key) => counts.readCount(app, 'sign_in_failures', key);
  if (attempt.device) return { knownDevice: true, device: read(counts.deviceKey(attempt.device)) };
  return {
    knownDevice: false,
    accountFromAddress: read(counts.accountAddressKey(attempt.account, attempt.address)),
    address: read(counts.addressKey(attempt.address)),
    account: read(attempt.account),
  };
}

/** Until when (ms since epoch) the attempt must wait, or null. @param {HookApp} app @param {Attempt} attempt @param {number} now */
function waitUntil(app, attempt, now) {
  return require(`${__hooks}/generated/domain.cjs`).signInWaitUntil(failuresOf(app, attempt), now);
}

/**
 * Counts a failed attempt where it applies. When the account's failures from unknown devices reach
 * their ceiling — such devices wait from now on — the audit trail says so, once.
 * @param {HookApp} app @param {Attempt} attempt @param {number} now @param {AuditTarget} target
 */
function countFailure(app, attempt, now, target) {
  const counts = require(`${__hooks}/lib/failure_counts.js`);
  if (attempt.device) {
    counts.countFailure(app, 'sign_in_failures', counts.deviceKey(attempt.device), now);
    return;
  }
  counts.countFailure(app, 'sign_in_failures', counts.accountAddressKey(attempt.account, attempt.address), now);
  counts.countFailure(app, 'sign_in_failures', counts.addressKey(attempt.address), now);
  const fromEverywhere = counts.countFailure(app, 'sign_in_failures', attempt.account, now).failures;
  if (fromEverywhere === require(`${__hooks}/generated/domain.cjs`).SIGN_IN_POLICY.freeFailuresPerAccount) {
    require(`${__hooks}/lib/audit.js`).writeEntry(app, {
      ...target,
      actorType: 'tamu',
      actorId: '',
      actorName: '',
      action: 'akun-ditahan',
      detail: { failures: fromEverywhere },
    });
  }
}

/**
 * After a success: this device's and this address's failures for the account are forgotten. The
 * account's failures from everywhere are not — they are someone else's, and they expire.
 * @param {HookApp} app @param {Attempt} attempt
 */
function forgetFailures(app, attempt) {
  const counts = require(`${__hooks}/lib/failure_counts.js`);
  counts.clearCount(app, 'sign_in_failures', counts.accountAddressKey(attempt.account, attempt.address));
  if (attempt.device) counts.clearCount(app, 'sign_in_failures', counts.deviceKey(attempt.device));
}

module.exports = { attemptOf, rememberDevice, waitUntil, countFailure, forgetFailures };
