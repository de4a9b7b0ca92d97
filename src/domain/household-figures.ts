// The office's figures of household proposals (usulan DTSEN) for its workspace report (and CSV): how
// many each village has at each status, the median days a household stays at a status before it
// moves on, and how often households were returned to the village or not entered into DTSEN — with
// the reasons as written. They name nobody, but the reasons are free text staff typed (a reason
// may name someone): they stay in the workspace, for the kepala bidang.
import type { HouseholdResult } from './household-proposal';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from './statuses';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One household as the report reads it: its village, current status and result, and its timeline in order. */
export interface HouseholdForFigures {
  village: string;
  status: HouseholdStatus;
  result: HouseholdResult | '';
  events: { status: HouseholdStatus; at: string; note: string }[];
}

export interface HouseholdFigures {
  /** Per village (by name), the households at each current status, and their total. */
  villages: { village: string; counts: Record<HouseholdStatus, number>; total: number }[];
  /** Per status households left, the median days spent there (one decimal) and how many left it. */
  daysPerStatus: { status: HouseholdStatus; label: string; medianDays: number; moves: number }[];
  /** Returns to the village by reason as written, most frequent first. */
  returned: { reason: string; count: number }[];
  /** Results "Tidak masuk DTSEN" by the reason the centre gave, most frequent first. */
  notEntered: { reason: string; count: number }[];
  /** Households with a result from the centre, by result. */
  results: Record<HouseholdResult, number>;
  /** Of the households with a result, the median days from recorded by the village to the result (one decimal). */
  daysToResult: { medianDays: number | null; households: number };
}

/** Which of `count` sorted values a median is made of: `take` (1 or 2) of them after the first `skip`. */
export function medianPlace(count: number): { skip: number; take: number } {
  const middle = Math.floor(count / 2);
  return count % 2 === 1 ? { skip: middle, take: 1 } : { skip: middle - 1, take: 2 };
}

/** The median from its middle values (medianPlace): the one, or the mean of the two; null for none. */
function medianOfMiddle(middle: readonly number[]): number | null {
  if (middle.length === 0) return null;
  return middle.length === 1 ? middle[0]! : (middle[0]! + middle[1]!) / 2;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const { skip, take } = medianPlace(sorted.length);
  return medianOfMiddle(sorted.slice(skip, skip + take));
}

const oneDecimal = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);

const emptyCounts = () =>
  Object.fromEntries(Object.keys(HOUSEHOLD_STATUSES).map((status) => [status, 0])) as Record<HouseholdStatus, number>;

/** What the median days from recorded by the village to the result are kept under, beside the statuses. */
export const DAYS_TO_RESULT = 'dicatat-sampai-hasil';
/** What a duration counts towards: the stay at a status before the next move, or recorded to result. */
export type HouseholdDaysKind = HouseholdStatus | typeof DAYS_TO_RESULT;
/** Every kind of duration, in the report's order. */
export const HOUSEHOLD_DAYS_KINDS = [
  ...(Object.keys(HOUSEHOLD_STATUSES) as HouseholdStatus[]),
  DAYS_TO_RESULT,
] as const;
/** Which reasons are counted: of returns to the village, or of results "Tidak masuk DTSEN". */
export type HouseholdReasonKind = 'dikembalikan-ke-desa' | 'tidak-masuk';

/**
 * What the figures are made of, added up over households: how many households of each village are at
 * each status with each result; each reason as written, how often; and for each kind of duration how
 * many there are with the middle ones in milliseconds (medianPlace). The server keeps these as rows
 * change (migration 1795403950, pb_hooks/lib/household_figures.js); householdFigureSums counts them
 * from the households themselves.
 */
export interface HouseholdFigureSums {
  households: { village: string; status: HouseholdStatus; result: HouseholdResult | ''; count: number }[];
  reasons: { kind: HouseholdReasonKind; reason: string; count: number }[];
  durations: { kind: HouseholdDaysKind; count: number; middleMs: number[] }[];
}

/** The durations a household's timeline gives, in milliseconds: each stay before a move, and recorded to result. */
function householdDurations(household: HouseholdForFigures): { kind: HouseholdDaysKind; ms: number }[] {
  const durations = household.events.flatMap((event, index) => {
    const next = household.events[index + 1];
    return next ? [{ kind: event.status as HouseholdDaysKind, ms: Date.parse(next.at) - Date.parse(event.at) }] : [];
  });
  const resultEvent = lastResultEvent(household);
  const recorded = household.events.find((event) => event.status === 'dicatat-desa');
  if (household.result && resultEvent && recorded)
    durations.push({ kind: DAYS_TO_RESULT, ms: Date.parse(resultEvent.at) - Date.parse(recorded.at) });
  return durations;
}

const lastResultEvent = (household: HouseholdForFigures) =>
  [...household.events].reverse().find((event) => event.status === 'hasil');

/** The sums of the figures counted from the households and their timelines. */
export function householdFigureSums(households: readonly HouseholdForFigures[]): HouseholdFigureSums {
  const counted = new Map<string, HouseholdFigureSums['households'][number]>();
  const reasons = new Map<string, HouseholdFigureSums['reasons'][number]>();
  const addReason = (kind: HouseholdReasonKind, reason: string) => {
    const key = JSON.stringify([kind, reason]);
    const kept = reasons.get(key) ?? { kind, reason, count: 0 };
    kept.count++;
    reasons.set(key, kept);
  };
  // Pushed, not spread into a new list: at 20,000 households copying the list each time took seconds.
  const durations = new Map<HouseholdDaysKind, number[]>();
  for (const household of households) {
    const key = JSON.stringify([household.village, household.status, household.result]);
    const kept = counted.get(key) ?? {
      village: household.village,
      status: household.status,
      result: household.result,
      count: 0,
    };
    kept.count++;
    counted.set(key, kept);
    for (const event of household.events)
      if (event.status === 'dikembalikan-ke-desa') addReason(event.status, event.note);
    if (household.result === 'tidak-masuk') addReason('tidak-masuk', lastResultEvent(household)?.note ?? '');
    for (const { kind, ms } of householdDurations(household)) {
      const values = durations.get(kind) ?? [];
      values.push(ms);
      durations.set(kind, values);
    }
  }
  return {
    households: [...counted.values()],
    reasons: [...reasons.values()],
    durations: [...durations.entries()].map(([kind, values]) => {
      const { skip, take } = medianPlace(values.length);
      return { kind, count: values.length, middleMs: values.sort((a, b) => a - b).slice(skip, skip + take) };
    }),
  };
}

/** Reasons of one kind counted by the reason as written (trimmed), most frequent first. */
function countedReasons(sums: HouseholdFigureSums, kind: HouseholdReasonKind): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason, count } of sums.reasons.filter((one) => one.kind === kind)) {
    const written = reason.trim() || '(tanpa alasan tertulis)';
    counts.set(written, (counts.get(written) ?? 0) + count);
  }
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'id'));
}

/** The median days of one kind of duration, from its middle values, and how many there are. */
function medianDays(sums: HouseholdFigureSums, kind: HouseholdDaysKind): { medianDays: number | null; count: number } {
  const kept = sums.durations.find((one) => one.kind === kind);
  return {
    medianDays: oneDecimal(medianOfMiddle((kept?.middleMs ?? []).map((ms) => ms / DAY_MS))),
    count: kept?.count ?? 0,
  };
}

/** The report's figures from their sums (kept by the server, or householdFigureSums). */
export function householdFiguresOfSums(sums: HouseholdFigureSums): HouseholdFigures {
  const villages = new Map<string, Record<HouseholdStatus, number>>();
  const results: Record<HouseholdResult, number> = { masuk: 0, 'tidak-masuk': 0, 'perbaiki-data': 0 };
  for (const { village, status, result, count } of sums.households) {
    const counts = villages.get(village) ?? emptyCounts();
    counts[status] += count;
    villages.set(village, counts);
    if (result) results[result] += count;
  }
  const toResult = medianDays(sums, DAYS_TO_RESULT);
  return {
    villages: [...villages.entries()]
      .map(([village, counts]) => ({
        village,
        counts,
        total: Object.values(counts).reduce((sum, count) => sum + count, 0),
      }))
      .sort((a, b) => a.village.localeCompare(b.village, 'id')),
    daysPerStatus: (Object.keys(HOUSEHOLD_STATUSES) as HouseholdStatus[]).flatMap((status) => {
      const stay = medianDays(sums, status);
      return stay.medianDays === null
        ? []
        : [{ status, label: HOUSEHOLD_STATUSES[status], medianDays: stay.medianDays, moves: stay.count }];
    }),
    returned: countedReasons(sums, 'dikembalikan-ke-desa'),
    notEntered: countedReasons(sums, 'tidak-masuk'),
    results,
    daysToResult: { medianDays: toResult.medianDays, households: toResult.count },
  };
}

/** The report's figures counted from the households themselves: the definition the kept sums are held to. */
export function householdFigures(households: readonly HouseholdForFigures[]): HouseholdFigures {
  return householdFiguresOfSums(householdFigureSums(households));
}
