/// <reference path="../pb_data/types.d.ts" />

// At the counter a request starts now and is registered by the staff member who enters it.
// Only a superuser (demo data, imports) may give another start time.
onRecordCreateRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    e.record.set("received_at", new Date().toISOString());
    e.record.set("registered_by", e.auth ? e.auth.id : "");
  }
  e.next();
}, "requests");

// However a request is created: an unguessable number, step 1, and the due time its
// service's Standar Pelayanan promises. Then the first entry of its timeline.
onRecordCreate((e) => {
  const shared = require(`${__hooks}/generated/shared.cjs`);
  const record = e.record;
  const agency = e.app.findRecordById("agencies", record.getString("agency"));
  const service = e.app.findRecordById("services", record.getString("service"));
  if (service.getString("agency") !== agency.id) {
    throw new BadRequestError("Layanan ini bukan layanan kantor yang dipilih.", {
      service: new ValidationError("service_agency_mismatch", "Pilih layanan dari kantor yang sama."),
    });
  }

  record.set("number", require(`${__hooks}/lib/numbers.js`).newNumber(e.app, agency.getString("code")));
  record.set("status", "diterima");
  record.set("current_step", 1);
  record.set("finished_at", "");

  const receivedAt = record.getDateTime("received_at").isZero() ? new Date() : new Date(record.getDateTime("received_at").string().replace(" ", "T"));
  record.set("received_at", receivedAt.toISOString());
  const amount = service.getInt("completion_amount");
  const unit = service.getString("completion_unit");
  record.set("due_at", amount > 0 && unit ? shared.dueDate(receivedAt, { amount, unit }).toISOString() : "");

  e.next();

  const firstEvent = new Record(e.app.findCollectionByNameOrId("request_events"), {
    request: record.id,
    step: 1,
    status: "diterima",
    public_note: "Permohonan diterima.",
    staff: record.getString("registered_by"),
    at: receivedAt.toISOString(),
  });
  e.app.save(firstEvent);
  require(`${__hooks}/lib/public_status.js`).refreshRequestPublicStatus(e.app, record);
  e.app.saveNoValidate(record);
}, "requests");
