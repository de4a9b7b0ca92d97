// @ts-check
// Who may act on a request, proposal or complaint by its number: whoever knows the number and the
// last four digits of the phone given with it. Used by the public status lookup and by what a
// resident sends with a number (a document asked for, a reply to an answer, a rating, a complaint
// about a request). An unknown number and a wrong verifier get the same answer. Wrong verifiers
// are counted per number and per address over a day; past a few, every attempt needs a proof of
// work bound to the number and verifier (src/domain/proof-of-work.ts, lookupWork): what the number's
// failures ask is capped at what its owner can pay in seconds on a cheap phone, what the address's
// own failures ask keeps rising. Nobody is ever refused for others' guesses, and a guesser pays
// for each of its own.
//
// A successful lookup gives the status page an access token for that number (STATUS_ACCESS_HOURS): sending
// a document on a weak signal, replying to an answer or rating then needs neither the verifier
// again nor a new proof, however long the upload takes.

const NOT_FOUND =
  'Nomor tidak ditemukan. Periksa nomornya dan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar atau mengadu.';

/**
 * @typedef {{ status: number, body: Record<string, unknown> }} Refusal
 * @typedef {{ collection: string, id: string, public_status: string, phone: string, due_at: string, finished_at: string }} FoundRow
 * @typedef {{ refusal: Refusal, row?: undefined, number?: undefined } | { refusal?: undefined, row: FoundRow, number: string }} Checked
 * @typedef {{ scope: string, work: number, lifetimeMs: number }} Submission what the check is part of: a complaint
 *   about the number, whose proof must be bound to it too (scope) and cost at least its own work
 */

/** The key an address's failures are counted under: a keyed hash, never the address. @param {core.RequestEvent} e */
function addressKey(e) {
  return `alamat:${$security.hs256(e.realIP(), require(`${__hooks}/lib/server_keys.js`).serverKey(e.app, 'alamat'))}`;
}

/** What a proof for this number and verifier is bound to. @param {string} number @param {string} verifier */
const proofScope = (number, verifier) => $security.sha256(`${number}|${verifier}`);

/** The work an attempt on `number` from this address needs now; null: none. @param {core.RequestEvent} e @param {string} number */
function requiredWork(e, number) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const counts = require(`${__hooks}/lib/failure_counts.js`);
  const now = Date.now();
  const recent = (key) => {
    const count = counts.readCount(e.app, 'lookup_failures', key);
    return count && now - count.lastAt <= domain.LOOKUP_FAILURE_WINDOW_MS ? count.failures : 0;
  };
  return domain.lookupWork(recent(number), recent(addressKey(e)));
}

/**
 * The challenge a client must solve before an attempt on `number` with `verifier`, or null when
 * none is needed. With `within`, one challenge for both: bound to the submission and the number.
 * @param {core.RequestEvent} e @param {string} number canonical @param {string} verifier @param {Submission} [within]
 */
function challengeFor(e, number, verifier, within) {
  const pow = require(`${__hooks}/lib/proof_of_work.js`);
  const work = Math.max(requiredWork(e, number) || 0, within ? within.work : 0);
  if (work === 0) return null;
  const scope = within ? `${within.scope}|${proofScope(number, verifier)}` : proofScope(number, verifier);
  return pow.issueChallenge(e.app, work, scope, within ? within.lifetimeMs : undefined);
}

/**
 * The request, proposal or complaint with this number, or null (none, or its personal data erased).
 * @param {HookApp} app @param {string} number canonical @returns {FoundRow | null}
 */
function findByNumber(app, number) {
  // Every case type shares the number space (src/domain/request-number.ts); each says where its
  // verifier, deadline and finishing time are (src/domain/cases/: lookup). A complaint keeps only its
  // verifier (an anonymous complainant gives no phone number); its promise is its current deadline.
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const row = new DynamicModel({ collection: '', id: '', public_status: '', phone: '', due_at: '', finished_at: '' });
  try {
    app
      .db()
      .newQuery(domain.numberLookupSql(Object.values(domain.CASE_TYPES)))
      .bind({ number })
      .one(row);
  } catch (_) {
    return null;
  }
  // A record whose personal data was erased (pb_hooks/data_subject.pb.js) has no public status.
  return row.public_status === '' ? null : /** @type {FoundRow} */ (/** @type {unknown} */ (row));
}

/**
 * Checks number and verifier. Returns the row found and the canonical number, or a refusal to
 * answer with: 428 with the challenge to solve when work is due and the proof is missing, stale or
 * too easy — never a refusal for others' guesses.
 * @param {core.RequestEvent} e @param {Record<string, any>} sent number, verifier, proof @param {Submission} [within]
 * @returns {Checked}
 */
function checkNumberAndVerifier(e, sent, within) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const counts = require(`${__hooks}/lib/failure_counts.js`);
  const parsed = domain.parseRequestNumber(String(sent.number == null ? '' : sent.number));
  if (parsed.ok === false) return { refusal: { status: 400, body: { message: parsed.message, field: 'number' } } };
  const verifier = String(sent.verifier == null ? '' : sent.verifier).trim();
  if (!domain.isWellFormedVerifier(verifier)) {
    return {
      refusal: {
        status: 400,
        body: { message: 'Masukkan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.', field: 'verifier' },
      },
    };
  }

  const work = Math.max(requiredWork(e, parsed.number) || 0, within ? within.work : 0);
  if (work > 0) {
    const pow = require(`${__hooks}/lib/proof_of_work.js`);
    const scope = within
      ? `${within.scope}|${proofScope(parsed.number, verifier)}`
      : proofScope(parsed.number, verifier);
    if (!pow.isSolved(e.app, sent.proof, scope, work)) {
      return {
        refusal: {
          status: 428,
          body: {
            code: 'perlu-bukti-kerja',
            message:
              'Nomor ini baru saja dicoba dengan angka yang salah beberapa kali. Perangkat Anda memeriksa keamanan sebentar, lalu melanjutkan.',
            challenge: challengeFor(e, parsed.number, verifier, within),
          },
        },
      };
    }
  }

  const row = findByNumber(e.app, parsed.number);
  const expected = row ? domain.phoneVerifier(row.phone) : '0000';
  if (!row || !$security.equal(expected, verifier)) {
    const now = Date.now();
    counts.countFailure(e.app, 'lookup_failures', parsed.number, now, domain.LOOKUP_FAILURE_WINDOW_MS);
    counts.countFailure(e.app, 'lookup_failures', addressKey(e), now, domain.LOOKUP_FAILURE_WINDOW_MS);
    return { refusal: { status: 404, body: { message: NOT_FOUND } } };
  }
  return { row, number: parsed.number };
}

/** @param {HookApp} app @param {string} number @param {number} expires */
const accessSignature = (app, number, expires) =>
  $security.hs256(`akses|${number}|${expires}`, require(`${__hooks}/lib/server_keys.js`).serverKey(app, 'akses'));

/** The status page's access to a number it has just looked up. @param {HookApp} app @param {string} number canonical */
function issueAccess(app, number) {
  const expires = Date.now() + require(`${__hooks}/generated/domain.cjs`).STATUS_ACCESS_HOURS * 60 * 60 * 1000;
  return `${number}.${expires}.${accessSignature(app, number, expires)}`;
}

/**
 * What a resident sends with a number — a document asked for, a reply to an answer, a rating — as
 * multipart form or JSON: the status page's access token (field "akses"), or the fields "number",
 * "verifier" and "proof" (an object, or its JSON text in a form) checked as a lookup.
 * @param {core.RequestEvent} e @returns {Checked}
 */
function checkSentNumber(e) {
  const http = require(`${__hooks}/lib/http.js`);
  const access = http.sentValue(e, 'akses');
  if (access) {
    const [number, expires, signature] = access.split('.');
    const row =
      number &&
      signature &&
      Number(expires) > Date.now() &&
      $security.equal(signature, accessSignature(e.app, number, Number(expires)))
        ? findByNumber(e.app, number)
        : null;
    if (!row)
      return {
        refusal: {
          status: 401,
          body: { message: 'Halaman cek status ini sudah terlalu lama terbuka. Cek status lagi, lalu kirim ulang.' },
        },
      };
    return { row, number };
  }
  const sent = e.requestInfo().body?.proof;
  let proof = null;
  try {
    proof = typeof sent === 'string' ? JSON.parse(sent || 'null') : sent || null;
  } catch (_) {
    proof = null;
  }
  return checkNumberAndVerifier(e, {
    number: http.sentValue(e, 'number'),
    verifier: http.sentValue(e, 'verifier'),
    proof,
  });
}

module.exports = { checkNumberAndVerifier, checkSentNumber, challengeFor, issueAccess, findByNumber };
