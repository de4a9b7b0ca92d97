// How long the site keeps things, as the privacy notice (privacy-notice.ts) and the forms say it:
// a sentence is fixed, or built around a period the deployment sets, which the server reports
// (GET /api/layanan/ketentuan). Apart from the notice's declarations so that the page's script,
// which fills the periods in, loads only this.

/** What the server is set to keep, and for how long (pb_hooks/applications.pb.js: /api/layanan/ketentuan). */
export interface PrivacySettings {
  /**
   * Days a finished request's, proposal's or closed complaint's documents are kept, and a household
   * proposal's NIK, KK and photos after its result (LAYANAN_DOCUMENT_RETENTION_DAYS).
   */
  documentRetentionDays: number;
  /** Days the request log is kept (LAYANAN_LOG_DAYS). */
  requestLogDays: number;
  /** Nightly zip backups kept (LAYANAN_BACKUP_KEEP), or null when none are scheduled. */
  backupArchivesKept: number | null;
}
export type PrivacySetting = keyof PrivacySettings;

/** A sentence about how long something is kept: fixed, or around a server setting. */
export type Retention = { text: string } | { before: string; setting: PrivacySetting; after: string };

/** A retention sentence with the server's settings filled in; `null` settings before they are known. */
export function retentionText(retention: Retention, settings: PrivacySettings | null): string {
  if ('text' in retention) return retention.text;
  const value = settings?.[retention.setting];
  // Until the server answers (offline on a first visit): the number left open, never a default that may not hold.
  if (value === undefined) return `${retention.before}…${retention.after}`;
  if (value === null) return 'Tidak ada arsip harian terjadwal.';
  return `${retention.before}${value}${retention.after}`;
}
