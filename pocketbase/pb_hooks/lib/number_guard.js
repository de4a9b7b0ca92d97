// @ts-check
// Who may act on a request or proposal by its number: whoever knows the number and the last four
// digits of the phone given with it. Used by the public status lookup and by an applicant sending
// a missing document. An unknown number and a wrong verifier get the same answer; wrong verifiers
// are counted per number over a day, and past a few every attempt needs a proof of work bound to
// the number and verifier (src/domain/proof-of-work.ts) — the owner is never locked out, a
// guesser pays per guess.

const NOT_FOUND =
  'Nomor tidak ditemukan. Periksa nomornya dan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar atau mengadu.';

/**
 * @typedef {{ status: number, body: Record<string, unknown> }} Refusal
 * @typedef {{ collection: string, id: string, public_status: string, phone: string, due_at: string, finished_at: string }} FoundRow
 */

/**
 * Checks number and verifier. Returns the row found and the canonical number, or a refusal to
 * answer with.
 * @param {HookApp} app @param {Record<string, any>} body the request's body: number, verifier, proof
 * @returns {{ refusal: Refusal, row?: undefined, number?: undefined } | { refusal?: undefined, row: FoundRow, number: string }}
 */
function checkNumberAndVerifier(app, body) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const counts = require(`${__hooks}/lib/failure_counts.js`);
  const parsed = domain.parseRequestNumber(String(body.number == null ? '' : body.number));
  if (parsed.ok === false) return { refusal: { status: 400, body: { message: parsed.message, field: 'number' } } };
  const verifier = String(body.verifier == null ? '' : body.verifier).trim();
  if (!domain.isWellFormedVerifier(verifier)) {
    return {
      refusal: {
        status: 400,
        body: { message: 'Masukkan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.', field: 'verifier' },
      },
    };
  }

  const now = Date.now();
  const failures = counts.readCount(app, 'lookup_failures', parsed.number);
  const recentFailures = failures && now - failures.lastAt <= domain.LOOKUP_FAILURE_WINDOW_MS ? failures.failures : 0;
  const work = domain.lookupWork(recentFailures);
  if (work !== null) {
    const pow = require(`${__hooks}/lib/proof_of_work.js`);
    const scope = $security.sha256(`${parsed.number}|${verifier}`);
    if (!pow.isSolved(app, body.proof, scope, work)) {
      return {
        refusal: {
          status: 428,
          body: {
            code: 'perlu-bukti-kerja',
            message:
              'Nomor ini baru saja dicoba dengan angka yang salah beberapa kali. Perangkat Anda memeriksa keamanan sebentar, lalu melanjutkan.',
            challenge: pow.issueChallenge(app, work, scope),
          },
        },
      };
    }
  }

  // Requests, proposals and complaints share the number space (src/domain/request-number.ts). A
  // complaint keeps only its verifier (an anonymous complainant gives no phone number); a
  // complaint's promise is its current deadline — verification, then the answer.
  const row = new DynamicModel({ collection: '', id: '', public_status: '', phone: '', due_at: '', finished_at: '' });
  let found = true;
  try {
    app
      .db()
      .newQuery(
        "SELECT 'requests' AS collection, id, public_status, applicant_phone AS phone, due_at, finished_at FROM requests WHERE number = {:number}" +
          " UNION ALL SELECT 'proposals' AS collection, id, public_status, contact_phone AS phone, '' AS due_at, finished_at" +
          ' FROM proposals WHERE number = {:number}' +
          " UNION ALL SELECT 'complaints' AS collection, id, public_status, status_verifier AS phone, due_at," +
          ` ${require(`${__hooks}/lib/complaints.js`).FINISHED_AT_SQL} AS finished_at` +
          ' FROM complaints WHERE number = {:number} LIMIT 1',
      )
      .bind({ number: parsed.number })
      .one(row);
  } catch (_) {
    found = false;
  }
  // A record whose personal data was erased (pb_hooks/data_subject.pb.js) has no public status.
  found = found && row.public_status !== '';
  const expected = found ? domain.phoneVerifier(row.phone) : '0000';
  if (!$security.equal(expected, verifier) || !found) {
    counts.countFailure(app, 'lookup_failures', parsed.number, now, domain.LOOKUP_FAILURE_WINDOW_MS);
    return { refusal: { status: 404, body: { message: NOT_FOUND } } };
  }
  return { row: /** @type {FoundRow} */ (/** @type {unknown} */ (row)), number: parsed.number };
}

/**
 * The same check for what a resident sends with a number — a document asked for, a survey
 * response — as multipart form or JSON: the fields "number", "verifier" and "proof" (an object, or
 * its JSON text in a form).
 * @param {core.RequestEvent} e
 */
function checkSentNumber(e) {
  const http = require(`${__hooks}/lib/http.js`);
  const sent = e.requestInfo().body?.proof;
  let proof = null;
  try {
    proof = typeof sent === 'string' ? JSON.parse(sent || 'null') : sent || null;
  } catch (_) {
    proof = null;
  }
  return checkNumberAndVerifier(e.app, {
    number: http.sentValue(e, 'number'),
    verifier: http.sentValue(e, 'verifier'),
    proof,
  });
}

module.exports = { checkNumberAndVerifier, checkSentNumber };
