// @ts-check
// Guards that strangers cannot turn against an owner (docs/security.md):
// - sign-in failures are also counted per account and address ("akun-alamat:") and per device that
//   signed in to the account before ("perangkat:", its device cookie), besides per account and per
//   address, so failures from elsewhere never hold back the holder's own devices;
// - failed status lookups are also counted per address ("alamat:", a keyed hash of it, never the
//   address itself), so a guesser pays more per guess without making the owner pay;
// - server_keys: the keys the server signs with that must outlive a restart (device cookies,
//   survey tokens), one per purpose, made at first use (pb_hooks/lib/server_keys.js). Nobody
//   reads or writes them through the API.
const SIGN_IN_KEYS = { before: '^(akun|alamat):.+$', after: '^(akun|alamat|akun-alamat|perangkat):.+$' };
const NUMBER = '[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]';
const LOOKUP_KEYS = { before: `^${NUMBER}$`, after: `^(${NUMBER}|alamat:[0-9a-f]{64})$` };

/** @param {CoreApp} app @param {string} name @param {string} pattern */
function setKeyPattern(app, name, pattern) {
  const collection = app.findCollectionByNameOrId(name);
  collection.fields.getByName('key').pattern = pattern;
  app.save(collection);
}

migrate(
  (app) => {
    setKeyPattern(app, 'sign_in_failures', SIGN_IN_KEYS.after);
    setKeyPattern(app, 'lookup_failures', LOOKUP_KEYS.after);
    app.save(
      new Collection(
        // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
        /** @type {any} */ (
          /** @satisfies {CollectionDefinition} */ ({
            type: 'base',
            name: 'server_keys',
            listRule: null,
            viewRule: null,
            createRule: null,
            updateRule: null,
            deleteRule: null,
            fields: [
              { name: 'purpose', type: 'text', required: true, max: 50, pattern: '^[a-z-]+$' },
              { name: 'secret', type: 'text', required: true, hidden: true, min: 64, max: 64 },
            ],
            indexes: ['CREATE UNIQUE INDEX idx_server_keys_purpose ON server_keys (purpose)'],
          })
        ),
      ),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('server_keys'));
    app.db().newQuery("DELETE FROM lookup_failures WHERE key LIKE 'alamat:%'").execute();
    app
      .db()
      .newQuery("DELETE FROM sign_in_failures WHERE key LIKE 'akun-alamat:%' OR key LIKE 'perangkat:%'")
      .execute();
    setKeyPattern(app, 'lookup_failures', LOOKUP_KEYS.before);
    setKeyPattern(app, 'sign_in_failures', SIGN_IN_KEYS.before);
  },
);
