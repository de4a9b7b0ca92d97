// @ts-check

// Public status lookup: a request or proposal number plus the last four digits of the phone
// number given with it.
// Returns no personal data. An unknown number and a wrong verifier get the same answer, and
// failed attempts per number are capped, so numbers can be neither guessed nor confirmed.
// The answer is the request's prepared public_status (pb_hooks/lib/public_status.js) plus what
// depends on the moment: one indexed read per lookup.
routerAdd("POST", "/api/layanan/status", (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const FAILURES_PER_NUMBER = 5;
  const FAILURE_WINDOW_MS = 15 * 60 * 1000;
  const NOT_FOUND = "Permohonan tidak ditemukan. Periksa nomor permohonan dan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.";

  const body = e.requestInfo().body || {};
  const parsed = domain.parseRequestNumber(String(body.number == null ? "" : body.number));
  if (parsed.ok === false) return e.json(400, { message: parsed.message, field: "number" });
  const verifier = String(body.verifier == null ? "" : body.verifier).trim();
  if (!domain.isWellFormedVerifier(verifier)) {
    return e.json(400, { message: "Masukkan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.", field: "verifier" });
  }

  const store = $app.store();
  const failureKey = "status-lookup-failures:" + parsed.number;
  const failureEntry = store.get(failureKey);
  const now = Date.now();
  const [failures, windowStart] = failureEntry ? String(failureEntry).split("|").map(Number) : [0, 0];
  const recentFailures = now - windowStart < FAILURE_WINDOW_MS ? failures : 0;
  if (recentFailures >= FAILURES_PER_NUMBER) {
    return e.json(429, { code: "nomor-dikunci", message: "Terlalu banyak percobaan yang salah untuk nomor ini. Coba lagi 15 menit lagi, atau hubungi kantor layanan." });
  }

  // Requests and proposals share the number space (pb_hooks/lib/numbers.js).
  const row = new DynamicModel({ public_status: "", phone: "", due_at: "", finished_at: "" });
  let found = true;
  try {
    e.app.db()
      .newQuery(
        "SELECT public_status, applicant_phone AS phone, due_at, finished_at FROM requests WHERE number = {:number}" +
          " UNION ALL SELECT public_status, contact_phone AS phone, '' AS due_at, finished_at FROM proposals WHERE number = {:number} LIMIT 1",
      )
      .bind({ number: parsed.number })
      .one(row);
  } catch (_) {
    found = false;
  }
  const expected = found ? domain.phoneVerifier(row.phone) : "0000";
  if (!$security.equal(expected, verifier) || !found) {
    if (store.length() > 50000) store.reset({});
    store.set(failureKey, (recentFailures + 1) + "|" + (recentFailures === 0 ? now : windowStart));
    return e.json(404, { message: NOT_FOUND });
  }
  if (failureEntry) store.remove(failureKey);

  const asDate = (value) => (value ? new Date(value.replace(" ", "T")) : null);
  const promise = domain.promiseState(asDate(row.due_at), asDate(row.finished_at), new Date(now));
  e.response.header().set("Content-Type", "application/json");
  return e.string(200, `{"promise":${JSON.stringify(promise)},"checkedAt":"${new Date(now).toISOString()}",${row.public_status.slice(1)}`);
}, $apis.bodyLimit(2048));
