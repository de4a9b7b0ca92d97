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

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const oneDecimal = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);

const emptyCounts = () =>
  Object.fromEntries(Object.keys(HOUSEHOLD_STATUSES).map((status) => [status, 0])) as Record<HouseholdStatus, number>;

function countedReasons(reasons: string[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const reason of reasons) {
    const written = reason.trim() || '(tanpa alasan tertulis)';
    counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'id'));
}

export function householdFigures(households: readonly HouseholdForFigures[]): HouseholdFigures {
  const villages = new Map<string, Record<HouseholdStatus, number>>();
  const stays = new Map<HouseholdStatus, number[]>();
  const returned: string[] = [];
  const notEntered: string[] = [];
  const results: Record<HouseholdResult, number> = { masuk: 0, 'tidak-masuk': 0, 'perbaiki-data': 0 };
  const toResult: number[] = [];
  for (const household of households) {
    const counts = villages.get(household.village) ?? emptyCounts();
    counts[household.status]++;
    villages.set(household.village, counts);
    household.events.forEach((event, index) => {
      const next = household.events[index + 1];
      // Pushed, not spread into a new list: at 20,000 households copying the list each time took seconds.
      if (next) {
        const days = stays.get(event.status) ?? [];
        days.push((Date.parse(next.at) - Date.parse(event.at)) / DAY_MS);
        stays.set(event.status, days);
      }
      if (event.status === 'dikembalikan-ke-desa') returned.push(event.note);
    });
    const resultEvent = [...household.events].reverse().find((event) => event.status === 'hasil');
    if (household.result === 'tidak-masuk') notEntered.push(resultEvent?.note ?? '');
    if (household.result) results[household.result]++;
    const recorded = household.events.find((event) => event.status === 'dicatat-desa');
    if (household.result && resultEvent && recorded)
      toResult.push((Date.parse(resultEvent.at) - Date.parse(recorded.at)) / DAY_MS);
  }
  return {
    villages: [...villages.entries()]
      .map(([village, counts]) => ({
        village,
        counts,
        total: Object.values(counts).reduce((sum, count) => sum + count, 0),
      }))
      .sort((a, b) => a.village.localeCompare(b.village, 'id')),
    daysPerStatus: (Object.keys(HOUSEHOLD_STATUSES) as HouseholdStatus[]).flatMap((status) => {
      const days = stays.get(status) ?? [];
      const middle = median(days);
      return middle === null
        ? []
        : [{ status, label: HOUSEHOLD_STATUSES[status], medianDays: oneDecimal(middle)!, moves: days.length }];
    }),
    returned: countedReasons(returned),
    notEntered: countedReasons(notEntered),
    results,
    daysToResult: { medianDays: oneDecimal(median(toResult)), households: toResult.length },
  };
}
