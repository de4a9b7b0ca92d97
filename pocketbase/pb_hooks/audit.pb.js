// @ts-check
// The audit trail: who did what, when — written here only, after the action succeeded, and never
// editable through the API (pb_migrations/1795400600_staff_workspace.js).

onRecordCreateRequest((e) => {
  e.next();
  // A retried proposal is answered with the one already sent: nothing new happened.
  if (e.record.isNew()) return;
  require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.auth, e.record.collection().name, e.record);
}, "requests", "request_events", "proposals", "proposal_events", "operators", "camats");

onRecordAuthRequest((e) => {
  e.next();
  require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.record, "masuk", e.record);
}, "staff", "camats");
