// @ts-check
// Keeping only what is needed (UU 27/2022), every hour:
// - a proposal's documents (victims' KK and KTP among them) are deleted LAYANAN_DOCUMENT_RETENTION_DAYS
//   (default 90) days after the proposal is finished; its status page says so; a household proposal's
//   (usulan DTSEN) NIK, KK and photos as many office days after its result, noted in the erasure register;
// - uploads a crash left behind (stored files with no record, temporary multipart files) go;
// - failure counters older than their window go;
// - online applications nobody acted on for 30 days (src/domain/storage-guard.ts) are closed and
//   their documents deleted; the status page says so;
// - the erasure register's file is brought up to date with the database's (an erasure by the
//   command line without LAYANAN_ERASURE_REGISTER set wrote only the database's).
// Superusers can run it at once: POST /api/crons/bersih-bersih (PocketBase's crons API).

cronAdd('bersih-bersih', '17 * * * *', () => {
  const maintenance = require(`${__hooks}/lib/maintenance.js`);
  maintenance.deleteExpiredDocuments($app);
  maintenance.deleteOrphanedUploads($app);
  maintenance.deleteOldFailureCounts($app);
  require(`${__hooks}/lib/storage_guard.js`).closeAbandonedApplications($app);
  const register = require(`${__hooks}/lib/erasure_register.js`);
  register.writeFile(register.entriesInDatabase($app));
});
