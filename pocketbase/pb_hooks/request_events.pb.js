/// <reference path="../pb_data/types.d.ts" />

// Staff record what happens now, as themselves; only a superuser may backdate (imports, demo data).
onRecordCreateRequest((e) => {
  if (!e.hasSuperuserAuth()) e.record.set("at", new Date().toISOString());
  e.next();
}, "request_events");

// An event moves its request along: it may stay on the current step or go forward, never back,
// and nothing changes once a request is finished. Errors name the field, in Indonesian.
onRecordCreate((e) => {
  const event = e.record;
  const request = e.app.findRecordById("requests", event.getString("request"));
  const service = e.app.findRecordById("services", request.getString("service"));
  const stepCount = JSON.parse(service.getString("steps")).length;
  const step = event.getInt("step");
  const status = event.getString("status");
  const isFinished = (value) => value === "selesai" || value === "ditolak";
  const fail = (field, message) => {
    throw new BadRequestError(message, { [field]: new ValidationError("invalid_" + field, message) });
  };

  const requestIsNew = request.getString("status") === "diterima" && request.getInt("current_step") === 1;
  if (isFinished(request.getString("status"))) fail("status", "Permohonan ini sudah selesai atau ditolak; statusnya tidak dapat diubah lagi.");
  if (step < request.getInt("current_step")) fail("step", `Langkah tidak boleh mundur: permohonan sudah di langkah ${request.getInt("current_step")}.`);
  if (step > stepCount) fail("step", `Layanan ini hanya punya ${stepCount} langkah.`);
  if (status === "diterima" && !(requestIsNew && step === 1)) fail("status", "Status \"diterima\" hanya untuk langkah pertama permohonan baru.");
  if (event.getDateTime("at").isZero()) event.set("at", new Date().toISOString());

  e.next();

  request.set("current_step", step);
  request.set("status", status);
  if (isFinished(status)) request.set("finished_at", event.getDateTime("at").string());
  require(`${__hooks}/lib/public_status.js`).refreshRequestPublicStatus(e.app, request);
  e.app.save(request);
}, "request_events");
