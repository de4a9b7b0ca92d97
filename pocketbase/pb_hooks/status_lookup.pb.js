// @ts-check

// Public status lookup: a request or proposal number plus the last four digits of the phone
// number given with it. Returns no personal data. An unknown number and a wrong verifier get the
// same answer, so numbers can be neither guessed nor confirmed.
//
// Guessing a verifier is stopped without ever locking the owner out: wrong verifiers are counted
// per number over a day, and once a number has had a few, every lookup of it must come with a
// proof of work (src/domain/proof-of-work.ts) bound to that number and verifier — a moment for the
// owner, thousands of moments for a script trying 10,000 verifiers. The route is also rate-limited
// per address (LAYANAN_STATUS_RATE_LIMIT), and other websites cannot call it from their visitors'
// browsers (CORS allows only the site's own origin).
//
// The answer is the record's prepared public_status (pb_hooks/lib/public_status.js) plus what
// depends on the moment: one indexed read per lookup.
routerAdd("POST", "/api/layanan/status", (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const counts = require(`${__hooks}/lib/failure_counts.js`);
  const NOT_FOUND = "Permohonan tidak ditemukan. Periksa nomor permohonan dan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.";
  e.response.header().set("Cache-Control", "no-store");

  const body = e.requestInfo().body || {};
  const parsed = domain.parseRequestNumber(String(body.number == null ? "" : body.number));
  if (parsed.ok === false) return e.json(400, { message: parsed.message, field: "number" });
  const verifier = String(body.verifier == null ? "" : body.verifier).trim();
  if (!domain.isWellFormedVerifier(verifier)) {
    return e.json(400, { message: "Masukkan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.", field: "verifier" });
  }

  const now = Date.now();
  const failures = counts.readCount(e.app, "lookup_failures", parsed.number);
  const recentFailures = failures && now - failures.lastAt <= domain.LOOKUP_FAILURE_WINDOW_MS ? failures.failures : 0;
  const work = domain.lookupWork(recentFailures);
  if (work !== null) {
    const pow = require(`${__hooks}/lib/proof_of_work.js`);
    const scope = $security.sha256(`${parsed.number}|${verifier}`);
    if (!pow.isSolved(e.app, body.proof, scope, work)) {
      return e.json(428, {
        code: "perlu-bukti-kerja",
        message: "Nomor ini baru saja dicoba dengan angka yang salah beberapa kali. Perangkat Anda memeriksa keamanan sebentar, lalu status ditampilkan.",
        challenge: pow.issueChallenge(e.app, work, scope),
      });
    }
  }

  // Requests and proposals share the number space (src/domain/request-number.ts).
  const row = new DynamicModel({ public_status: "", phone: "", due_at: "", finished_at: "" });
  let found = true;
  try {
    e.app
      .db()
      .newQuery(
        "SELECT public_status, applicant_phone AS phone, due_at, finished_at FROM requests WHERE number = {:number}" +
          " UNION ALL SELECT public_status, contact_phone AS phone, '' AS due_at, finished_at FROM proposals WHERE number = {:number} LIMIT 1",
      )
      .bind({ number: parsed.number })
      .one(row);
  } catch (_) {
    found = false;
  }
  // A record whose personal data was erased (pb_hooks/data_subject.pb.js) has no public status.
  found = found && row.public_status !== "";
  const expected = found ? domain.phoneVerifier(row.phone) : "0000";
  if (!$security.equal(expected, verifier) || !found) {
    counts.countFailure(e.app, "lookup_failures", parsed.number, now, domain.LOOKUP_FAILURE_WINDOW_MS);
    return e.json(404, { message: NOT_FOUND });
  }

  const asDate = (value) => (value ? new Date(value.replace(" ", "T")) : null);
  const promise = domain.promiseState(asDate(row.due_at), asDate(row.finished_at), new Date(now));
  e.response.header().set("Content-Type", "application/json");
  return e.string(200, `{"promise":${JSON.stringify(promise)},"checkedAt":"${new Date(now).toISOString()}",${row.public_status.slice(1)}`);
}, $apis.bodyLimit(4096));
