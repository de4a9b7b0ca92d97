// What a kepala bidang sees first each day (GET /api/petugas/ringkasan, the "Ringkasan harian" tab):
// requests past their promised time, complaints past their deadline, and whether the backups are
// current. Also the backup part of the readiness check (GET /api/layanan/siap). Shared with the
// PocketBase hooks.
import type { AuditAnchor, AuditCheck } from './audit';
import type { StockAlerts } from './stock-reports';
import { fromOfficeClock, officeClock } from './time';

/**
 * What waits for the office's staff, counted where a petugas lands (GET /api/petugas/menunggu):
 * online applications whose documents nobody has checked yet, and complaints nobody has verified.
 * Numbers only, so no reading of anyone's data.
 */
export interface WaitingWork {
  applications: number;
  complaints: number;
}

/** Something with a deadline that has passed: a request or a complaint. */
export interface OverdueItem {
  id: string;
  number: string;
  /** The service (or the complaint's subject). */
  title: string;
  dueAt: string;
  /** "langkah 3 dari 9", as the work queue says it. */
  progress: string;
}

/** The copies the backup service reports (deploy/layanan-cadangan, deploy/litestream.yml). */
export const BACKUP_COPIES = {
  'basis-data': 'Basis data (disalin terus-menerus)',
  berkas: 'Dokumen unggahan',
} as const;
export type BackupCopy = keyof typeof BACKUP_COPIES;

/** How a copy stands: reported within its time, late, not yet reported since the server started (within its time, or not), or not monitored on this server. */
export type Freshness = 'baik' | 'terlambat' | 'menunggu' | 'belum-ada' | 'tidak-dipantau';

export interface BackupState {
  copy: BackupCopy | 'arsip';
  label: string;
  lastAt: string | null;
  freshness: Freshness;
}

export interface DailySummary {
  generatedAt: string;
  requests: { open: number; dueToday: number; pastDue: OverdueItem[] };
  /** Complaints waiting for verification or an answer past their deadline (src/domain/complaints.ts). */
  complaints: { open: number; pastDeadline: OverdueItem[] };
  backups: BackupState[];
  /** Whether the audit trail is whole, and its head anchored outside the database, to print and keep. */
  auditTrail: { check: AuditCheck; anchor: AuditAnchor | null };
  /** The office's warehouses: batches near expiry, items below minimum, proposals approved and not yet received. */
  stock: StockAlerts;
}

/** PocketBase's scheduled zip backup (deploy: daily) is late after this long. */
export const ARCHIVE_MAX_AGE_HOURS = 26;

/**
 * How a copy reported at `lastAt` (ms, or null) stands at `now`, when it must report within
 * `maxAgeMinutes` (null: not monitored) and the server has listened since `since`.
 */
export function backupFreshness(
  lastAt: number | null,
  now: number,
  maxAgeMinutes: number | null,
  since: number,
): Freshness {
  if (maxAgeMinutes === null) return 'tidak-dipantau';
  const limit = maxAgeMinutes * 60_000;
  if (lastAt === null) return now - since <= limit ? 'menunggu' : 'belum-ada';
  return now - lastAt <= limit ? 'baik' : 'terlambat';
}

/** Whether a copy in this state lets the server count as ready (a copy just starting does). */
export function freshEnough(freshness: Freshness): boolean {
  return freshness !== 'terlambat' && freshness !== 'belum-ada';
}

/** The end of the office's day containing `moment`: requests due before it are due today. */
export function endOfOfficeDay(moment: Date): Date {
  const clock = officeClock(moment);
  return fromOfficeClock(new Date(Date.UTC(clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate() + 1)));
}
