// @ts-check
// Keeping only what is needed (UU 27/2022), every hour:
// - a proposal's documents (victims' KK and KTP among them) are deleted LAYANAN_DOCUMENT_RETENTION_DAYS
//   (default 90) days after the proposal is finished; its status page says so;
// - uploads a crash left behind (stored files with no record, temporary multipart files) go;
// - failure counters older than their window go.
// Superusers can run it at once: POST /api/crons/bersih-bersih (PocketBase's crons API).

cronAdd('bersih-bersih', '17 * * * *', () => {
  const maintenance = require(`${__hooks}/lib/maintenance.js`);
  maintenance.deleteExpiredDocuments($app);
  maintenance.deleteOrphanedUploads($app);
  maintenance.deleteOldFailureCounts($app);
});
