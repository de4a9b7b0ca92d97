// @ts-check
// The audit trail becomes a keyed chain (src/domain/audit.ts, pb_hooks/lib/audit_chain.js):
// - each entry carries its own seal, entry_mac, an HMAC under a key kept outside the database,
//   written with the entry in the transaction of what it records; the chain links (prev_hash,
//   hash — SHA-256 without a key, which anyone holding the file could recompute) become prev_mac
//   and mac, HMACs too, added by one chainer shortly after;
// - entries not chained yet have seq 0, entries the chainer refused (a seal that does not verify:
//   written into the file by someone else) seq -1: a small index finds both;
// - audit_state, a plain table no API reaches (not a collection), keeps the checker's progress and
//   the key's fingerprint.
migrate(
  (app) => {
    const audit = app.findCollectionByNameOrId('audit_log');
    audit.fields.getByName('prev_hash').name = 'prev_mac';
    audit.fields.getByName('hash').name = 'mac';
    audit.fields.add(new TextField({ name: 'entry_mac', max: 64 }));
    audit.addIndex('idx_audit_log_unchained', false, 'seq', 'seq < 1');
    app.save(audit);
    app
      .db()
      .newQuery('CREATE TABLE audit_state (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID')
      .execute();
  },
  (app) => {
    app.db().newQuery('DROP TABLE audit_state').execute();
    const audit = app.findCollectionByNameOrId('audit_log');
    audit.removeIndex('idx_audit_log_unchained');
    audit.fields.removeByName('entry_mac');
    audit.fields.getByName('prev_mac').name = 'prev_hash';
    audit.fields.getByName('mac').name = 'hash';
    app.save(audit);
  },
);
