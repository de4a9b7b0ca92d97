/// <reference path="../pb_data/types.d.ts" />

// Public status lookup: a request number plus the last four digits of the applicant's phone.
// Returns no personal data. An unknown number and a wrong verifier get the same answer, and
// failed attempts per number are capped, so numbers can be neither guessed nor confirmed.
routerAdd("POST", "/api/layanan/status", (e) => {
  const shared = require(`${__hooks}/generated/shared.cjs`);
  const FAILURES_PER_NUMBER = 5;
  const FAILURE_WINDOW_MS = 15 * 60 * 1000;
  const NOT_FOUND = "Permohonan tidak ditemukan. Periksa nomor permohonan dan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.";

  const body = e.requestInfo().body || {};
  const parsed = shared.parseRequestNumber(String(body.number == null ? "" : body.number));
  if (!parsed.ok) return e.json(400, { message: parsed.message, field: "number" });
  const verifier = String(body.verifier == null ? "" : body.verifier).trim();
  if (!shared.isWellFormedVerifier(verifier)) {
    return e.json(400, { message: "Masukkan 4 angka terakhir nomor HP yang Anda berikan saat mendaftar.", field: "verifier" });
  }

  const store = $app.store();
  const failureKey = "status-lookup-failures:" + parsed.number;
  const now = Date.now();
  const [failures, windowStart] = String(store.get(failureKey) || "0|0").split("|").map(Number);
  const recentFailures = now - windowStart < FAILURE_WINDOW_MS ? failures : 0;
  if (recentFailures >= FAILURES_PER_NUMBER) {
    return e.json(429, { message: "Terlalu banyak percobaan yang salah untuk nomor ini. Coba lagi 15 menit lagi, atau hubungi kantor layanan." });
  }

  let request = null;
  try {
    request = e.app.findFirstRecordByData("requests", "number", parsed.number);
  } catch (_) {
    request = null;
  }
  const expected = request ? shared.phoneVerifier(request.getString("applicant_phone")) : "0000";
  if (!$security.equal(expected, verifier) || !request) {
    if (store.length() > 50000) store.reset({});
    store.set(failureKey, (recentFailures + 1) + "|" + (recentFailures === 0 ? now : windowStart));
    return e.json(404, { message: NOT_FOUND });
  }
  store.remove(failureKey);

  const service = e.app.findRecordById("services", request.getString("service"));
  const agency = e.app.findRecordById("agencies", request.getString("agency"));
  const steps = JSON.parse(service.getString("steps"));
  const isoOrNull = (record, field) => (record.getDateTime(field).isZero() ? null : new Date(record.getDateTime(field).string().replace(" ", "T")).toISOString());
  const dueAt = isoOrNull(request, "due_at");
  const finishedAt = isoOrNull(request, "finished_at");
  const amount = service.getInt("completion_amount");
  const unit = service.getString("completion_unit");

  const events = e.app.findRecordsByFilter("request_events", "request = {:id}", "at", 200, 0, { id: request.id });
  return e.json(200, {
    number: request.getString("number"),
    service: { slug: service.getString("slug"), title: service.getString("title"), url: service.getString("url") },
    agency: { slug: agency.getString("slug"), name: agency.getString("name"), shortName: agency.getString("short_name") },
    status: request.getString("status"),
    currentStep: request.getInt("current_step"),
    steps,
    receivedAt: isoOrNull(request, "received_at"),
    dueAt,
    finishedAt,
    completionTime: amount > 0 ? { amount, unit, text: shared.formatCompletionTime({ amount, unit }), note: service.getString("completion_note") || null } : null,
    promise: shared.promiseState(dueAt ? new Date(dueAt) : null, finishedAt ? new Date(finishedAt) : null, new Date()),
    timeline: events.map((event) => ({
      step: event.getInt("step"),
      stepName: steps[event.getInt("step") - 1] || null,
      status: event.getString("status"),
      note: event.getString("public_note") || null,
      at: isoOrNull(event, "at"),
    })),
    checkedAt: new Date().toISOString(),
  });
}, $apis.bodyLimit(2048));
