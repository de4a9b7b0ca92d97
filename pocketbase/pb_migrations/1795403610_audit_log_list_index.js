// @ts-check
// The audit log's list (the Jejak audit tab: an office's entries, newest first) at an office's five
// years of entries (bench/five-years.ts). PocketBase writes the list rule's `agency =
// @request.auth.agency` as COALESCE(agency, '') = COALESCE(…, ''), which the index on
// (agency, created) does not serve: every entry was read and sorted for a page. This index holds
// the rule's expression itself, in date order, so a page is read from the index.
migrate(
  (app) => {
    const audit = app.findCollectionByNameOrId('audit_log');
    audit.addIndex('idx_audit_log_office_newest', false, "COALESCE(agency, ''), created", '');
    app.save(audit);
  },
  (app) => {
    const audit = app.findCollectionByNameOrId('audit_log');
    audit.removeIndex('idx_audit_log_office_newest');
    app.save(audit);
  },
);
