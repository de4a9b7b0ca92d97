// @ts-check

/**
 * The superuser, from a file only the server's user can read (LAYANAN_SUPERUSER_FILE, JSON
 * {"email", "password"}): unlike `pocketbase superuser upsert EMAIL PASSWORD`, nothing of it
 * appears on a command line, where every local user can see it (`ps`).
 * @param {HookApp} app
 */
function upsertSuperuserFromFile(app) {
  const file = $os.getenv('LAYANAN_SUPERUSER_FILE');
  if (!file) return;
  /** @type {{ email?: string, password?: string }} */
  let wanted;
  try {
    wanted = JSON.parse(toString($os.readFile(file)));
  } catch (err) {
    throw new Error(`LAYANAN_SUPERUSER_FILE ${file} tidak terbaca: ${err}`);
  }
  if (!wanted.email || !wanted.password)
    throw new Error(`LAYANAN_SUPERUSER_FILE ${file} harus berisi {"email": …, "password": …}.`);
  let superuser;
  try {
    superuser = app.findAuthRecordByEmail('_superusers', wanted.email);
  } catch (_) {
    superuser = new Record(app.findCollectionByNameOrId('_superusers'));
    superuser.setEmail(wanted.email);
  }
  if (superuser.isNew() || !superuser.validatePassword(wanted.password)) {
    superuser.setPassword(wanted.password);
    app.save(superuser);
  }
}

module.exports = { upsertSuperuserFromFile };
