// @ts-check
// The disk's guard (src/domain/storage-guard.ts): uploads refused below the free-disk watermark,
// uploads without an account within one daily budget for the whole server, and online
// applications nobody acted on closed with their documents deleted.

/** @param {HookApp} app */
function settings(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const health = require(`${__hooks}/lib/health.js`);
  return {
    minFreeDiskMb: health.positiveFromEnv('LAYANAN_MIN_FREE_DISK_MB') || domain.STORAGE_DEFAULTS.minFreeDiskMb,
    dailyBudgetMb:
      health.positiveFromEnv('LAYANAN_UNVERIFIED_UPLOAD_MB_PER_DAY') ||
      domain.STORAGE_DEFAULTS.unverifiedUploadMbPerDay,
    freeDiskMb: Math.floor(health.freeDiskBytes(app) / 1024 / 1024),
  };
}

/** Today, on the office's calendar (WIB). */
function officeDay() {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  return domain.officeClock(new Date()).toISOString().slice(0, 10);
}

/** Bytes uploaded without an account today, and uploads turned away for the budget. @param {HookApp} app */
function today(app) {
  const row = new DynamicModel({ bytes: 0, refused: 0 });
  try {
    app.db().newQuery('SELECT bytes, refused FROM upload_days WHERE day = {:day}').bind({ day: officeDay() }).one(row);
  } catch (_) {
    return { bytes: 0, refused: 0 };
  }
  return { bytes: row.bytes, refused: row.refused };
}

/** Adds to today's row. @param {HookApp} app @param {'bytes' | 'refused'} column @param {number} amount */
function addToday(app, column, amount) {
  app
    .db()
    .newQuery(
      `INSERT INTO upload_days (day, ${column}) VALUES ({:day}, {:amount})` +
        ` ON CONFLICT (day) DO UPDATE SET ${column} = ${column} + excluded.${column}`,
    )
    .bind({ day: officeDay(), amount })
    .execute();
}

/**
 * Why these files may not be stored now, or null.
 * @param {HookApp} app @param {filesystem.File[]} files @param {boolean} unverified sent without an account
 * @returns {import("../../../src/domain/storage-guard").UploadRefusal | null}
 */
function uploadRefusal(app, files, unverified) {
  if (files.length === 0) return null;
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const refusal = domain.uploadRefusal({
    ...settings(app),
    unverified,
    usedTodayBytes: unverified ? today(app).bytes : 0,
    incomingBytes: files.reduce((sum, file) => sum + file.size, 0),
  });
  if (refusal && refusal.reason === 'daily-budget') addToday(app, 'refused', 1);
  return refusal;
}

/**
 * A route's answer to a refused upload: try later (the site's outbox keeps it and retries).
 * @param {core.RequestEvent} e @param {import("../../../src/domain/storage-guard").UploadRefusal} refusal
 */
function refuse(e, refusal) {
  e.response.header().set('Retry-After', refusal.reason === 'disk' ? '3600' : '21600');
  return e.json(503, { status: 503, message: refusal.message, data: {} });
}

/** Counts stored files against today's budget. @param {HookApp} app @param {filesystem.File[]} files */
function countUnverified(app, files) {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  if (bytes > 0) addToday(app, 'bytes', bytes);
}

/**
 * Closes online applications nobody has acted on (no event, by staff or applicant) for
 * UNVERIFIED_APPLICATION_DAYS, still unverified, and deletes their documents; their status page
 * says so. Returns how many.
 * @param {HookApp} app
 */
function closeAbandonedApplications(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const cutoff = new Date(Date.now() - domain.UNVERIFIED_APPLICATION_DAYS * 24 * 3600 * 1000)
    .toISOString()
    .replace('T', ' ');
  const rows = arrayOf(new DynamicModel({ id: '' }));
  app
    .db()
    .newQuery(
      "SELECT r.id FROM requests r WHERE r.channel = 'online' AND r.status IN ('menunggu-verifikasi', 'perlu-dilengkapi')" +
        ' AND COALESCE((SELECT MAX(e.at) FROM request_events e WHERE e.request = r.id), r.received_at) <= {:cutoff} LIMIT 100',
    )
    .bind({ cutoff })
    .all(rows);
  for (const row of rows) {
    // The closing, its timeline entry and its audit entry commit together, or none does.
    app.runInTransaction((tx) => {
      const request = tx.findRecordById('requests', row.id);
      tx.save(
        new Record(tx.findCollectionByNameOrId('request_events'), {
          request: request.id,
          step: request.getInt('current_step'),
          status: 'ditolak',
          public_note: domain.abandonedApplicationNote(domain.UNVERIFIED_APPLICATION_DAYS),
          at: new Date().toISOString(),
        }),
      );
      const closed = tx.findRecordById('requests', request.id);
      closed.set('documents', []);
      closed.set('documents_deleted_at', new Date().toISOString());
      require(`${__hooks}/lib/cases.js`).refreshPublicStatus(tx, closed);
      tx.save(closed);
      require(`${__hooks}/lib/audit.js`).recordAction(tx, null, 'tutup-permohonan-terbengkalai', closed, {
        days: domain.UNVERIFIED_APPLICATION_DAYS,
      });
    });
  }
  return rows.length;
}

module.exports = { uploadRefusal, refuse, countUnverified, today, settings, closeAbandonedApplications };
