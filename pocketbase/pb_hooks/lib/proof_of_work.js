// @ts-check
// Issues and checks proof-of-work challenges (src/domain/proof-of-work.ts). The signing key lives
// in the server's memory: a restart only invalidates challenges a couple of minutes old.

/** @typedef {import("../../../src/domain/proof-of-work").PowChallenge} PowChallenge */
/** @typedef {import("../../../src/domain/proof-of-work").PowSolution} PowSolution */

/** The server's key for what it signs and checks later (challenges, the counter survey's device count). @param {HookApp} app */
function signingKey(app) {
  return String(app.store().getOrSet('proof-of-work-key', () => $security.randomString(48)));
}

/**
 * A challenge of `maxNumber` work, valid only for `scope`, for `lifetimeMs` (default: a couple of
 * minutes; an upload on a weak signal needs longer).
 * @param {HookApp} app @param {number} maxNumber @param {string} scope @param {number} [lifetimeMs] @returns {PowChallenge}
 */
function issueChallenge(app, maxNumber, scope, lifetimeMs) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const salt = `${$security.randomString(16)}.${Date.now() + (lifetimeMs || domain.POW_LIFETIME_MS)}`;
  const secret = Number($security.randomStringWithAlphabet(9, '0123456789')) % (maxNumber + 1);
  const challenge = $security.sha256(salt + secret);
  return {
    algorithm: 'SHA-256',
    salt,
    challenge,
    maxNumber,
    signature: $security.hs256(domain.signedText({ salt, challenge, maxNumber }, scope), signingKey(app)),
  };
}

/**
 * Whether `solution` is a solved, unexpired challenge this server issued for `scope`, of at least
 * `minWork` (work rises while a number is under attack; an easier challenge no longer counts).
 * @param {HookApp} app @param {unknown} solution as sent @param {string} scope @param {number} minWork
 */
function isSolved(app, solution, scope, minWork) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const sent = domain.sentPowSolution(solution);
  if (!sent) return false;
  const { salt, challenge, maxNumber, signature, number } = sent;
  if (maxNumber < minWork || number < 0 || number > maxNumber || domain.challengeExpiry({ salt }) < Date.now())
    return false;
  if (
    !$security.equal(
      signature,
      $security.hs256(domain.signedText({ salt, challenge, maxNumber }, scope), signingKey(app)),
    )
  )
    return false;
  return $security.equal(challenge, $security.sha256(salt + number));
}

/**
 * For a resident's submission (an online application, a complaint): whether the multipart field
 * "proof" holds a solved challenge for this kind and idempotency key. Returns the refusal to
 * answer with (428) when it does not, or null when it does.
 * @param {core.RequestEvent} e the route's event @param {import("../../../src/domain/proof-of-work").SubmissionKind} kind @param {string} key
 * @returns {{ status: number, body: Record<string, unknown> } | null}
 */
function unprovenSubmission(e, kind, key) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  let proof = null;
  try {
    proof = JSON.parse(require(`${__hooks}/lib/http.js`).sentValue(e, 'proof') || 'null');
  } catch (_) {
    proof = null;
  }
  const terms = domain.submissionTerms(kind, key);
  if (isSolved(e.app, proof, terms.scope, terms.work)) return null;
  return {
    status: 428,
    body: {
      code: 'perlu-bukti-kerja',
      message: 'Pemeriksaan keamanan perangkat belum selesai atau sudah kedaluwarsa; kirim lagi.',
    },
  };
}

module.exports = { issueChallenge, isSolved, unprovenSubmission, signingKey };
