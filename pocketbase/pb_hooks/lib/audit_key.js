// @ts-check
// The audit trail's key (src/domain/audit.ts): 32 random bytes as 64 hex characters in a file only
// the server's user may read (600), outside the data folder — so neither the database, nor its
// replica, nor PocketBase's zip backups carry it, and someone holding any of those cannot seal an
// entry. LAYANAN_AUDIT_KEY_FILE names the file (deploy: /etc/layanan/kunci-jejak-audit, made by
// deploy/install.sh); unset, it lies beside the data folder (`<data>.kunci-jejak-audit`). It is
// made at the first start when the trail holds no sealed entry yet; once it has sealed entries,
// PocketBase does not start without it (docs/operations.md: keep a copy apart from the backups).

const KEY_STORE = 'jejak-audit:kunci';
const HEX_KEY = /^[0-9a-f]{64}$/;

/** The data folder's path, without a trailing slash, absolute. @param {HookApp} app */
function dataFolder(app) {
  const dir = app.dataDir().replace(/\/+$/, '');
  return $filepath.isAbs(dir) ? dir : $filepath.join($os.getwd(), dir);
}

/** Where the key file is. @param {HookApp} app */
function keyFilePath(app) {
  const configured = $os.getenv('LAYANAN_AUDIT_KEY_FILE');
  if (!configured) return dataFolder(app) + require(`${__hooks}/generated/domain.cjs`).AUDIT_KEY_BESIDE_DATA;
  return $filepath.isAbs(configured) ? configured : $filepath.join($os.getwd(), configured);
}

/**
 * Reads the key file and refuses one that others may read, that lies inside the data folder, or
 * that does not hold a key. @param {HookApp} app @param {string} path
 */
function readKey(app, path) {
  const inside = $filepath.rel(dataFolder(app), path);
  if (inside !== '..' && inside.indexOf('../') !== 0)
    throw new Error(
      `Kunci jejak audit ${path} ada di dalam folder data; pindahkan ke luar folder data (LAYANAN_AUDIT_KEY_FILE), ` +
        'agar tidak ikut tersalin bersama basis data.',
    );
  const permissions = Number($os.stat(path).mode().perm());
  if ((permissions & 0o077) !== 0)
    throw new Error(
      `Kunci jejak audit ${path} dapat dibaca pengguna lain (mode ${permissions.toString(8)}); jalankan: chmod 600 ${path}`,
    );
  const key = toString($os.readFile(path)).trim();
  if (!HEX_KEY.test(key)) throw new Error(`Berkas ${path} tidak berisi kunci jejak audit (64 karakter heksadesimal).`);
  return key;
}

/**
 * Loads the key at start (and for the `jejak-audit` commands), making it when the trail has never
 * been sealed. Returns whether it was made now: the trail then marks where sealing began.
 * @param {HookApp} app @returns {{ key: string, path: string, created: boolean }}
 */
function loadOrCreateKey(app) {
  const path = keyFilePath(app);
  let created = false;
  if (!require(`${__hooks}/lib/files.js`).fileExists(path)) {
    const sealed = new DynamicModel({ sealed: 0 });
    app
      .db()
      .newQuery("SELECT COUNT(*) AS sealed FROM (SELECT 1 FROM audit_log WHERE entry_mac != '' LIMIT 1)")
      .one(sealed);
    if (sealed.sealed > 0)
      throw new Error(
        `Kunci jejak audit tidak ada di ${path}, padahal jejak audit sudah disegel dengannya. Pulihkan berkas kunci dari salinannya ` +
          '(docs/operations.md, "Kunci jejak audit"), lalu jalankan lagi. Bila kunci benar-benar hilang: ' +
          'pocketbase jejak-audit kunci-baru ya-kunci-lama-hilang (entri lama tidak dapat lagi dibuktikan).',
      );
    writeNewKey(path);
    created = true;
    console.log(
      `Kunci jejak audit dibuat di ${path}. Simpan salinannya terpisah dari cadangan basis data (docs/operations.md, "Kunci jejak audit").`,
    );
  }
  const key = readKey(app, path);
  app.store().set(KEY_STORE, key);
  return { key, path, created };
}

/** Writes a fresh key, readable by this user only. @param {string} path */
function writeNewKey(path) {
  // Owner-only folder and file (os.FileMode is declared as a Go type no number literal satisfies).
  $os.mkdirAll($filepath.dir(path), /** @type {any} */ (0o700));
  const key = $security.randomStringWithAlphabet(64, '0123456789abcdef');
  $os.writeFile(path, `${key}\n`, /** @type {any} */ (0o600));
}

/**
 * The key: loaded at start by `serve`, on first use by a command (`pocketbase data-pribadi …`).
 * @param {HookApp} app @returns {string}
 */
function auditKey(app) {
  const key = app.store().get(KEY_STORE);
  return key ? String(key) : require(`${__hooks}/lib/audit_chain.js`).prepare(app).key;
}

/** A short public name of the key, to tell keys apart without showing one. @param {string} key */
function keyFingerprint(key) {
  return $security.hs256('sidik-kunci-jejak-audit', key).slice(0, 16);
}

module.exports = { dataFolder, loadOrCreateKey, writeNewKey, auditKey, keyFilePath, keyFingerprint };
