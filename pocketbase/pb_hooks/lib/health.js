// @ts-check
// The server's own health, for the readiness route an uptime checker calls and for the kepala
// bidang's daily summary: the database, the site it serves, free disk, and the backups. The
// backup service (deploy/layanan-cadangan; Litestream's heartbeat for the database) reports each
// successful copy to PocketBase on loopback; the reports live in memory, so after a restart a copy
// "waits" until it reports again (within a minute).

/** @typedef {import("../../../src/domain/daily-summary").BackupState} BackupState */
/** @typedef {import("../../../src/domain/daily-summary").BackupCopy} BackupCopy */

const STARTED_KEY = 'layanan:mulai';
const FREE_DISK_KEY = 'layanan:disk';
/** Free disk is measured at most this often: the readiness route is public and `df` is a process. */
const FREE_DISK_CACHE_MS = 5000;

/** @param {HookApp} app */
function markStarted(app) {
  app.store().set(STARTED_KEY, Date.now());
}

/** @param {HookApp} app @param {BackupCopy} copy */
function recordBackupReport(app, copy) {
  app.store().set(`cadangan:${copy}`, Date.now());
}

/** @param {string} name @returns {number | null} a positive number from the environment, or null when unset */
function positiveFromEnv(name) {
  const value = $os.getenv(name);
  if (!value) return null;
  const number = Number(value);
  if (!(number > 0)) throw new Error(`${name} harus angka lebih dari 0, bukan "${value}".`);
  return number;
}

/**
 * The newest zip PocketBase's schedule made (or a superuser in the dashboard), and how many are kept.
 * @param {HookApp} app
 */
function newestArchive(app) {
  const fs = app.newBackupsFilesystem();
  try {
    const zips = require(`${__hooks}/lib/given.js`)
      .present(fs.list(''))
      .filter((object) => object.key.endsWith('.zip'));
    const newest = zips.reduce((latest, object) => Math.max(latest, object.modTime.unixMilli()), 0);
    return { lastAt: newest || null, count: zips.length };
  } finally {
    fs.close();
  }
}

/**
 * Every copy and how it stands now: the database and the documents (when LAYANAN_BACKUP_MAX_AGE_MINUTES
 * says within how many minutes they must report), and the scheduled zip (when LAYANAN_BACKUP_CRON is set).
 * @param {HookApp} app @param {number} now
 * @returns {BackupState[]}
 */
function backupStates(app, now) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const maxAge = positiveFromEnv('LAYANAN_BACKUP_MAX_AGE_MINUTES');
  const since = Number(app.store().get(STARTED_KEY)) || now;
  const iso = (/** @type {number | null} */ at) => (at ? new Date(at).toISOString() : null);
  /** @type {BackupState[]} */
  const copies = /** @type {BackupCopy[]} */ (Object.keys(domain.BACKUP_COPIES)).map((copy) => {
    const lastAt = Number(app.store().get(`cadangan:${copy}`)) || null;
    return {
      copy,
      label: domain.BACKUP_COPIES[copy],
      lastAt: iso(lastAt),
      freshness: domain.backupFreshness(lastAt, now, maxAge, since),
    };
  });
  const archive = newestArchive(app);
  const scheduled = app.settings().backups.cron !== '';
  return copies.concat({
    copy: 'arsip',
    label: `Arsip zip terjadwal (${archive.count} disimpan)`,
    lastAt: iso(archive.lastAt),
    freshness: domain.backupFreshness(archive.lastAt, now, scheduled ? domain.ARCHIVE_MAX_AGE_HOURS * 60 : null, since),
  });
}

/** Free bytes on the file system holding the data folder, at most FREE_DISK_CACHE_MS old. @param {HookApp} app */
function freeDiskBytes(app) {
  const now = Date.now();
  const cached = /** @type {{ at: number, bytes: number } | null} */ (app.store().get(FREE_DISK_KEY));
  if (cached && now - cached.at < FREE_DISK_CACHE_MS) return cached.bytes;
  const lines = toString($os.cmd('df', '-Pk', app.dataDir()).output())
    .trim()
    .split('\n');
  const bytes = Number(lines[lines.length - 1].split(/\s+/)[3]) * 1024;
  app.store().set(FREE_DISK_KEY, { at: now, bytes });
  return bytes;
}

/**
 * What an uptime checker needs: each check "ok" or what is wrong, in Indonesian. The backups count
 * only where LAYANAN_BACKUP_MAX_AGE_MINUTES is set (deploy/layanan.env): there a copy that stopped
 * reporting makes the server not ready, which is how the uptime checker learns of it.
 * @param {HookApp} app
 * @returns {{ ready: boolean, checks: Record<string, string> }}
 */
function readiness(app) {
  const now = Date.now();

  /** @param {() => string} check */
  const run = (check) => {
    try {
      return check();
    } catch (err) {
      return `gagal: ${err}`;
    }
  };
  /** @type {Record<string, string>} */
  const checks = {
    database: run(() => {
      const row = new DynamicModel({ agencies: 0 });
      app.db().newQuery('SELECT COUNT(*) AS agencies FROM agencies').one(row);
      return row.agencies > 0 ? 'ok' : 'basis data tidak berisi kantor: server belum mengambil data rujukan dari build';
    }),
    site: run(() => {
      const dir = require(`${__hooks}/lib/site_sync.js`).siteDir();
      for (const file of ['index.html', '_headers.json']) $os.stat(`${dir}/${file}`);
      return 'ok';
    }),
    disk: run(() => {
      const { freeDiskMb, minFreeDiskMb } = require(`${__hooks}/lib/storage_guard.js`).settings(app);
      return freeDiskMb >= minFreeDiskMb
        ? 'ok'
        : `sisa ruang disk ${freeDiskMb} MB, di bawah batas ${minFreeDiskMb} MB: kiriman berkas baru ditolak`;
    }),
    uploads: run(() => {
      const guard = require(`${__hooks}/lib/storage_guard.js`);
      const { bytes, refused } = guard.today(app);
      const { dailyBudgetMb } = guard.settings(app);
      return refused === 0
        ? 'ok'
        : `batas harian kiriman dokumen tanpa akun (${dailyBudgetMb} MB) tercapai, ${Math.round(bytes / 1024 / 1024)} MB terpakai: ` +
            `${refused} kiriman ditolak hari ini, kiriman baru ditolak sampai besok`;
    }),
  };
  if (positiveFromEnv('LAYANAN_BACKUP_MAX_AGE_MINUTES') !== null) {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    checks.backup = run(() => {
      const late = backupStates(app, now).filter(
        (state) => state.copy !== 'arsip' && !domain.freshEnough(state.freshness),
      );
      return late.length === 0 ? 'ok' : `salinan terlambat: ${late.map((state) => state.label).join(', ')}`;
    });
  }
  return { ready: Object.keys(checks).every((name) => checks[name] === 'ok'), checks };
}

module.exports = { markStarted, recordBackupReport, backupStates, readiness, freeDiskBytes, positiveFromEnv };
