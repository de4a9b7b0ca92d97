// @ts-check
// Security for a government deployment (see docs/security.md):
// - sign-in failures are counted per account and per address (sign_in_failures), and failed status
//   lookups per number (lookup_failures); nobody reads or writes either through the API;
// - staff no longer set or learn village accounts' passwords: accounts are activated with a
//   one-time code (stored hashed), staff lose the manage rule, and an account cannot be moved to
//   another village or kecamatan by an update (the rules checked only the stored record);
// - accounts remember their last password sign-in, so a session cannot be renewed past its maximum;
// - the audit trail becomes a hash chain (seq, at, prev_hash, hash): a changed or removed entry breaks it;
// - a proposal's documents can be deleted once kept long enough (documents_deleted_at).
migrate(
  (app) => {
    const locked = { listRule: null, viewRule: null, createRule: null, updateRule: null, deleteRule: null };
    const failureCounter = (name, keyPattern) =>
      new Collection(
        // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
        /** @type {any} */ (
          /** @satisfies {CollectionDefinition} */ ({
            type: 'base',
            name,
            ...locked,
            fields: [
              { name: 'key', type: 'text', required: true, max: 200, pattern: keyPattern },
              { name: 'failures', type: 'number', required: true, onlyInt: true, min: 1 },
              { name: 'first_at', type: 'number', required: true, onlyInt: true },
              { name: 'last_at', type: 'number', required: true, onlyInt: true },
            ],
            indexes: [
              `CREATE UNIQUE INDEX idx_${name}_key ON ${name} (key)`,
              `CREATE INDEX idx_${name}_last_at ON ${name} (last_at)`,
            ],
          })
        ),
      );
    app.save(failureCounter('sign_in_failures', '^(akun|alamat):.+$'));
    app.save(failureCounter('lookup_failures', '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$'));

    const operators = app.findCollectionByNameOrId('operators');
    operators.updateRule =
      '@request.auth.collectionName = "staff" && village.kecamatan.agency = @request.auth.agency && @request.body.village:isset = false';
    /** @type {CollectionRules} */ (operators).manageRule = null;
    const camats = app.findCollectionByNameOrId('camats');
    camats.updateRule =
      '@request.auth.collectionName = "staff" && kecamatan.agency = @request.auth.agency && @request.body.kecamatan:isset = false';
    /** @type {CollectionRules} */ (camats).manageRule = null;
    for (const accounts of [operators, camats]) {
      accounts.fields.add(new TextField({ name: 'activation_code_hash', hidden: true, max: 64 }));
      accounts.fields.add(new DateField({ name: 'activation_expires', hidden: true }));
    }
    const staff = app.findCollectionByNameOrId('staff');
    for (const accounts of [operators, camats, staff]) {
      accounts.fields.add(new DateField({ name: 'last_password_auth', hidden: true }));
      app.save(accounts);
    }

    const audit = app.findCollectionByNameOrId('audit_log');
    audit.fields.add(new NumberField({ name: 'seq', onlyInt: true, min: 1 }));
    audit.fields.add(new DateField({ name: 'at' }));
    audit.fields.add(new TextField({ name: 'prev_hash', max: 64 }));
    audit.fields.add(new TextField({ name: 'hash', max: 64 }));
    audit.addIndex('idx_audit_log_seq', true, 'seq', 'seq > 0');
    app.save(audit);

    const proposals = app.findCollectionByNameOrId('proposals');
    for (const name of ['doc_request_letter', 'doc_chronology', 'doc_victims_losses', 'doc_kk_ktp']) {
      /** @type {core.FileField} */ (proposals.fields.getByName(name)).required = false;
    }
    proposals.fields.add(new DateField({ name: 'documents_deleted_at' }));
    app.save(proposals);
  },
  (app) => {
    const proposals = app.findCollectionByNameOrId('proposals');
    proposals.fields.removeByName('documents_deleted_at');
    for (const name of ['doc_request_letter', 'doc_chronology', 'doc_victims_losses', 'doc_kk_ktp']) {
      /** @type {core.FileField} */ (proposals.fields.getByName(name)).required = true;
    }
    app.save(proposals);

    const audit = app.findCollectionByNameOrId('audit_log');
    audit.removeIndex('idx_audit_log_seq');
    for (const name of ['seq', 'at', 'prev_hash', 'hash']) audit.fields.removeByName(name);
    app.save(audit);

    const operators = app.findCollectionByNameOrId('operators');
    operators.updateRule = '@request.auth.collectionName = "staff" && village.kecamatan.agency = @request.auth.agency';
    operators.manageRule = operators.updateRule;
    const camats = app.findCollectionByNameOrId('camats');
    camats.updateRule =
      '@request.auth.collectionName = "staff" && kecamatan.agency = @request.auth.agency && kecamatan.lambung_sosial = true';
    camats.manageRule = '@request.auth.collectionName = "staff" && kecamatan.agency = @request.auth.agency';
    for (const accounts of [operators, camats]) {
      accounts.fields.removeByName('activation_code_hash');
      accounts.fields.removeByName('activation_expires');
    }
    const staff = app.findCollectionByNameOrId('staff');
    for (const accounts of [operators, camats, staff]) {
      accounts.fields.removeByName('last_password_auth');
      app.save(accounts);
    }

    app.delete(app.findCollectionByNameOrId('lookup_failures'));
    app.delete(app.findCollectionByNameOrId('sign_in_failures'));
  },
);
