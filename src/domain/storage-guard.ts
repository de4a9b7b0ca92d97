// Keeping the server's disk from filling up (pb_hooks/lib/storage_guard.js). Anyone may send an
// online application (up to 24 MB) or a complaint's photo without an account; a per-address limit
// still lets a script send gigabytes an hour. So:
// - uploads without an account ("unverified": nobody at the office has seen the sender yet) have
//   one daily budget for the whole server, however many addresses they come from;
// - below a free-disk watermark no upload is taken at all, accounts' included;
// - an online application nobody has acted on for UNVERIFIED_APPLICATION_DAYS is closed and its
//   documents deleted (spam never waits its retention period out on disk).
// A refused upload is "try later" (503): the site keeps the form and its files on the phone and
// sends them by itself once the server takes them again.

/** Defaults of the settings (LAYANAN_MIN_FREE_DISK_MB, LAYANAN_UNVERIFIED_UPLOAD_MB_PER_DAY). */
export const STORAGE_DEFAULTS = {
  minFreeDiskMb: 1024,
  unverifiedUploadMbPerDay: 1000,
} as const;

/** Days an online application may wait with nobody acting on it before it is closed. */
export const UNVERIFIED_APPLICATION_DAYS = 30;

export type UploadRefusal = { reason: 'disk' | 'daily-budget'; message: string };

const KEPT_ON_PHONE =
  'Isian dan dokumen Anda tetap tersimpan di perangkat ini dan dikirim otomatis begitu server menerimanya lagi';

export const STORAGE_MESSAGES = {
  disk: `Ruang penyimpanan server hampir penuh, sehingga kiriman berkas untuk sementara tidak diterima. ${KEPT_ON_PHONE}; atau bawa dokumen ke kantor layanan.`,
  'daily-budget': `Batas kiriman dokumen hari ini sudah tercapai. ${KEPT_ON_PHONE} (besok); atau bawa dokumen ke kantor layanan.`,
} as const;

/**
 * Whether an upload of `incomingBytes` may be stored now: refused below the disk watermark, and —
 * for an upload without an account — when it would take today's uploads past the daily budget.
 */
export function uploadRefusal(input: {
  freeDiskMb: number;
  minFreeDiskMb: number;
  unverified: boolean;
  usedTodayBytes: number;
  incomingBytes: number;
  dailyBudgetMb: number;
}): UploadRefusal | null {
  if (input.freeDiskMb < input.minFreeDiskMb) return { reason: 'disk', message: STORAGE_MESSAGES.disk };
  if (input.unverified && input.usedTodayBytes + input.incomingBytes > input.dailyBudgetMb * 1024 * 1024)
    return { reason: 'daily-budget', message: STORAGE_MESSAGES['daily-budget'] };
  return null;
}

/** What the status page says of an online application closed because nobody acted on it. */
export function abandonedApplicationNote(days: number): string {
  return (
    `Ditutup otomatis: tidak ada tindak lanjut selama ${days} hari, dan dokumen yang dikirim sudah dihapus. ` +
    'Bila Anda masih memerlukan layanan ini, ajukan lagi atau datang ke kantor layanan.'
  );
}
