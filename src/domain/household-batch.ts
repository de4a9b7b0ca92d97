// A village's deliberation on its household proposals (musdes/muskel), or the signed statement of
// responsibility (SPTJM) that replaces it where the office allows one: the operator groups the
// households recorded, attaches the minutes (photo or PDF), says how many attended, and records each
// household's outcome. Agreed households move to "musyawarah-desa" through the case engine; one not
// agreed stays with the village, its reason shown in the village's list. Checked on the phone and
// again on the server (pb_hooks/household_batches.pb.js) with these rules.
import { DELIBERATION_WAYS, HOUSEHOLD_PHOTO_TYPES, type DeliberationWay } from './household-proposal';
import type { HouseholdStatus } from './statuses';
import { officeClock } from './time';

/** The households a deliberation may take up: recorded and not yet agreed, or returned by the Dinas. */
export const DELIBERATION_OPEN_STATUSES: readonly HouseholdStatus[] = ['dicatat-desa', 'dikembalikan-ke-desa'];

export const BATCH_LIMITS = {
  /** Households in one deliberation: a village's yearly proposals fit in one. */
  households: 200,
  /** A reason for not agreeing a household, as the village explains it. */
  reason: 300,
  minutesFiles: 3,
  attending: 10_000,
} as const;

/** Minutes are photographed (shrunk, EXIF removed on the phone and the server) or scanned to PDF. */
export const MINUTES_TYPES = [...HOUSEHOLD_PHOTO_TYPES, 'application/pdf'] as const;

export interface BatchOutcome {
  /** The household proposal's record id. */
  household: string;
  agreed: boolean;
  /** Why the deliberation did not agree it; empty when agreed. */
  reason: string;
}

export interface BatchInput {
  way: string;
  /** Office-local date of the deliberation or the SPTJM's signature, "2026-12-01". */
  heldOn: string;
  attending: number | null;
  minutesFiles: number;
  outcomes: unknown;
}

/** The rule an office sets in its agency file (content/agencies/, `dtsen.sptjmAllowed`). */
export const SPTJM_REFUSED =
  'Dinas Sosial kabupaten ini tidak mengizinkan SPTJM menggantikan musyawarah (pengaturan kantor: SPTJM tidak diizinkan). ' +
  'Adakan musyawarah desa/kelurahan dan lampirkan berita acaranya.';

/** The outcomes sent, or null when they are not a list of { household, agreed, reason }. */
export function readOutcomes(value: unknown): BatchOutcome[] | null {
  if (!Array.isArray(value)) return null;
  const outcomes: BatchOutcome[] = [];
  for (const each of value) {
    if (typeof each !== 'object' || each === null) return null;
    const { household, agreed, reason } = each as Record<string, unknown>;
    if (typeof household !== 'string' || !/^[a-z0-9]{15}$/.test(household) || typeof agreed !== 'boolean') return null;
    if (reason !== undefined && typeof reason !== 'string') return null;
    outcomes.push({ household, agreed, reason: (reason ?? '').trim() });
  }
  return outcomes;
}

/** Everything wrong with a deliberation before it is kept; each household's own state is the server's to check. */
export function batchProblems(
  input: BatchInput,
  office: { sptjmAllowed: boolean; now: Date },
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const way = input.way as DeliberationWay;
  if (!(input.way in DELIBERATION_WAYS))
    add('way', `Pilih cara penetapan: ${Object.values(DELIBERATION_WAYS).join(', ')}.`);
  else if (way === 'sptjm' && !office.sptjmAllowed) add('way', SPTJM_REFUSED);
  const today = officeClock(office.now).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.heldOn) || Number.isNaN(Date.parse(input.heldOn)))
    add('held_on', 'Tulis tanggal musyawarah (atau tanggal SPTJM ditandatangani).');
  else if (input.heldOn > today) add('held_on', 'Tanggal musyawarah tidak boleh sesudah hari ini.');
  const deliberation = way !== 'sptjm';
  const attending = input.attending;
  if (
    deliberation &&
    (attending === null || !Number.isInteger(attending) || attending < 1 || attending > BATCH_LIMITS.attending)
  )
    add('attending', 'Tulis jumlah orang yang hadir di musyawarah (angka), seperti di daftar hadir.');
  if (input.minutesFiles === 0)
    add(
      'minutes',
      deliberation
        ? 'Lampirkan foto atau PDF berita acara musyawarah.'
        : 'Lampirkan foto atau PDF SPTJM yang ditandatangani.',
    );
  const outcomes = readOutcomes(input.outcomes);
  if (outcomes === null) add('outcomes', 'Daftar keluarga yang dibahas tidak terbaca; pilih ulang keluarganya.');
  else if (outcomes.length === 0) add('outcomes', 'Pilih keluarga yang dibahas di musyawarah ini.');
  else if (outcomes.length > BATCH_LIMITS.households)
    add('outcomes', `Paling banyak ${BATCH_LIMITS.households} keluarga dalam satu musyawarah.`);
  else {
    if (new Set(outcomes.map((outcome) => outcome.household)).size !== outcomes.length)
      add('outcomes', 'Ada keluarga yang tercantum dua kali.');
    const unexplained = outcomes.filter((outcome) => !outcome.agreed && outcome.reason === '').length;
    if (unexplained > 0)
      add('outcomes', `Tulis alasan untuk keluarga yang tidak disepakati (${unexplained} belum ada alasannya).`);
    if (outcomes.some((outcome) => outcome.reason.length > BATCH_LIMITS.reason))
      add('outcomes', `Alasan paling panjang ${BATCH_LIMITS.reason} huruf.`);
  }
  return problems;
}

/** What the village's list shows for a household its deliberation did not agree. */
export function notAgreedNote(way: DeliberationWay, heldOn: string, reason: string): string {
  const [year, month, day] = heldOn.split('-');
  return `Tidak disepakati (${DELIBERATION_WAYS[way]}, ${day}-${month}-${year}): ${reason}`;
}
