// The public figures of household proposals (usulan DTSEN) on /kinerja/dtsen/ and in the open data:
// per office, counts only — received, at each stage residents follow, entered, not entered, returned
// to the village — and the median days from recorded to result, all derived from the workspace
// report's figures (src/domain/household-figures.ts). No village, no reason (free text may name
// someone), and a count of 1 or 2 is never published: it reads SMALL_COUNT, in the JSON and CSV too,
// so a household of a small office cannot be picked out.
import type { HouseholdFigures } from './household-figures';
import { HOUSEHOLD_STAGES, type HouseholdStage } from './household-proposal';
import { HOUSEHOLD_STATUS_STEP, type HouseholdStatus } from './statuses';

/** Counts below this are published as SMALL_COUNT, never as the number. */
export const PUBLIC_COUNT_MIN = 3;
/** What a count of 1 or 2 reads, wherever it is published. */
export const SMALL_COUNT = 'kurang dari 3';
/** A published count: 0, PUBLIC_COUNT_MIN or more, or SMALL_COUNT. */
export type PublicCount = number | typeof SMALL_COUNT;

export function publicCount(count: number): PublicCount {
  return count > 0 && count < PUBLIC_COUNT_MIN ? SMALL_COUNT : count;
}

/** One office's published figures. */
export interface PublicHouseholdOffice {
  slug: string;
  name: string;
  received: PublicCount;
  /** Households now at each stage of the status page, in its order (a returned one is back at the deliberation). */
  stages: { stage: HouseholdStage; count: PublicCount }[];
  entered: PublicCount;
  notEntered: PublicCount;
  /** Returns to the village (a household returned twice counts twice). */
  returned: PublicCount;
  /** Median days from recorded to result; null while fewer than PUBLIC_COUNT_MIN households have a result. */
  medianDaysToResult: number | null;
}

export interface PublicHouseholdFigures {
  generatedAt: string;
  offices: PublicHouseholdOffice[];
}

const STAGE_ORDER = Object.keys(HOUSEHOLD_STAGES) as HouseholdStage[];

/** An office's published figures from its workspace figures (of every proposal it received). */
export function publicHouseholdOffice(
  office: { slug: string; name: string },
  figures: HouseholdFigures,
): PublicHouseholdOffice {
  const atStage = STAGE_ORDER.map(() => 0);
  for (const village of figures.villages)
    for (const [status, count] of Object.entries(village.counts))
      atStage[HOUSEHOLD_STATUS_STEP[status as HouseholdStatus] - 1]! += count;
  const withResult = figures.daysToResult.households;
  return {
    slug: office.slug,
    name: office.name,
    received: publicCount(figures.villages.reduce((sum, village) => sum + village.total, 0)),
    stages: STAGE_ORDER.map((stage, index) => ({ stage, count: publicCount(atStage[index]!) })),
    entered: publicCount(figures.results.masuk),
    notEntered: publicCount(figures.results['tidak-masuk']),
    returned: publicCount(figures.returned.reduce((sum, reason) => sum + reason.count, 0)),
    medianDaysToResult: withResult >= PUBLIC_COUNT_MIN ? figures.daysToResult.medianDays : null,
  };
}

/** The open data's spreadsheet: one row per office and figure. */
export function publicHouseholdRows(figures: PublicHouseholdFigures): (string | number)[][] {
  return [
    ['Kantor', 'Angka', 'Nilai'],
    ...figures.offices.flatMap((office) => [
      [office.name, 'Usulan diterima', office.received],
      ...office.stages.map((stage) => [office.name, `Tahap: ${HOUSEHOLD_STAGES[stage.stage]}`, stage.count]),
      [office.name, 'Masuk DTSEN', office.entered],
      [office.name, 'Tidak masuk DTSEN', office.notEntered],
      [office.name, 'Dikembalikan ke desa', office.returned],
      [office.name, 'Median hari dicatat sampai hasil', office.medianDaysToResult ?? ''],
    ]),
  ];
}
