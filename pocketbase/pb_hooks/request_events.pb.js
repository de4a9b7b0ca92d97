// @ts-check

// Staff record what happens now. Who may record which status is the API rule's to check
// (src/domain/access-rules.ts; PocketBase checks it before this hook runs), and the event must
// name the staff member recording it. Only a superuser may backdate (imports, demo data).
onRecordCreateRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    require(`${__hooks}/lib/problems.js`).refuseHiddenControls(e.record, { public_note: "Catatan untuk pemohon", internal_note: "Catatan internal" });
    e.record.set("at", new Date().toISOString());
  }
  e.next();
}, "request_events");

// An event moves its request along: it may stay on the current step or go forward, never back,
// and nothing changes once a request is finished. Steps are the request's own (its copy from
// registration). Errors name the field, in Indonesian.
onRecordCreate((e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { throwProblems } = require(`${__hooks}/lib/problems.js`);
  const event = e.record;
  const request = e.app.findRecordById("requests", event.getString("request"));
  const stepCount = JSON.parse(request.getString("steps") || "[]").length;
  const step = event.getInt("step");
  const status = event.getString("status");
  const current = request.getInt("current_step");
  const isNew = request.getString("status") === domain.INITIAL_STATUS && current === 1;

  if (domain.isFinished(request.getString("status"))) throwProblems([{ field: "status", message: "Permohonan ini sudah selesai atau ditolak; statusnya tidak dapat diubah lagi." }]);
  if (step < current) throwProblems([{ field: "step", message: `Langkah tidak boleh mundur: permohonan sudah di langkah ${current}.` }]);
  if (step > stepCount) throwProblems([{ field: "step", message: `Permohonan ini hanya punya ${stepCount} langkah.` }]);
  if (status === domain.INITIAL_STATUS && !(isNew && step === 1)) throwProblems([{ field: "status", message: 'Status "diterima" hanya untuk langkah pertama permohonan baru.' }]);
  if (event.getDateTime("at").isZero()) event.set("at", new Date().toISOString());

  e.next();

  request.set("current_step", step);
  request.set("status", status);
  if (domain.isFinished(status)) request.set("finished_at", event.getDateTime("at").string());
  require(`${__hooks}/lib/public_status.js`).refreshRequestPublicStatus(e.app, request);
  e.app.save(request);
}, "request_events");
