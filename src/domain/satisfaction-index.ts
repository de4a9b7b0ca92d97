// The Indeks Kepuasan Masyarakat (IKM) exactly as PermenPANRB 14/2017 computes it, and when there
// are enough respondents to state it:
// - NRR (nilai rata-rata) of an element = sum of its scores ÷ number of filled answers to it;
// - weighted NRR = NRR × 1/9 (the weight is 1 ÷ the number of elements; an element nobody answered
//   is left out and the others share the weight, which the regulation allows as weights summing to 1);
// - IKM = Σ weighted NRR (1.00–4.00); converted IKM = IKM × 25 (25.00–100.00), rounded half up
//   to two decimals, the precision of the category table;
// - the quality category from the converted value: A 88.31–100.00 (sangat baik), B 76.61–88.30
//   (baik), C 65.00–76.60 (kurang baik), D 25.00–64.99 (tidak baik). Copies of the regulation's
//   table differ on C's upper bound (76.60 or 76.66); this is the one the regulation's annex uses.
// The converted value is computed with exact fractions (BigInt), so a value on a boundary falls on
// the side the table says, never on the one floating-point error would give.
import { SURVEY_ELEMENTS, UNTIED_CHANNEL, type SurveyChannel, type SurveyElementKey } from './satisfaction-survey';

/** An element's answers in a group of responses: how many filled it and the sum of their scores. */
export interface ElementTotal {
  key: SurveyElementKey;
  answered: number;
  sum: number;
}

export const QUALITY_CATEGORIES = [
  { grade: 'A', from: 88.31, to: 100.0, quality: 'Sangat baik' },
  { grade: 'B', from: 76.61, to: 88.3, quality: 'Baik' },
  { grade: 'C', from: 65.0, to: 76.6, quality: 'Kurang baik' },
  { grade: 'D', from: 25.0, to: 64.99, quality: 'Tidak baik' },
] as const;
export type QualityGrade = (typeof QUALITY_CATEGORIES)[number]['grade'];

export interface ElementScore extends ElementTotal {
  /** Sum ÷ answered, to 2 decimals (null when nobody answered it). */
  nrr: number | null;
  /** NRR × its weight, to 3 decimals. */
  weightedNrr: number | null;
}

export interface SatisfactionIndex {
  elements: ElementScore[];
  /** Σ weighted NRR, 1.000–4.000, to 3 decimals. */
  ikm: number;
  /** IKM × 25, exactly rounded half up to 2 decimals. */
  converted: number;
  grade: QualityGrade;
  quality: string;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function gcd(a: bigint, b: bigint): bigint {
  return b === BigInt(0) ? a : gcd(b, a % b);
}

/** IKM × 25 in hundredths, rounded half up: 25 × Σ(sumᵢ ÷ answeredᵢ) ÷ k with exact fractions. */
function convertedHundredths(answered: ElementTotal[]): number {
  const lcm = answered.reduce(
    (acc, total) => (acc * BigInt(total.answered)) / gcd(acc, BigInt(total.answered)),
    BigInt(1),
  );
  const numerator =
    BigInt(2500) * answered.reduce((acc, total) => acc + BigInt(total.sum) * (lcm / BigInt(total.answered)), BigInt(0));
  const denominator = BigInt(answered.length) * lcm;
  return Number((BigInt(2) * numerator + denominator) / (BigInt(2) * denominator));
}

/** The index of a group of responses, from each element's totals; null when no element was answered. */
export function satisfactionIndex(totals: readonly ElementTotal[]): SatisfactionIndex | null {
  const byKey = new Map(totals.map((total) => [total.key, total]));
  const all = SURVEY_ELEMENTS.map((element) => byKey.get(element.key) ?? { key: element.key, answered: 0, sum: 0 });
  const answered = all.filter((total) => total.answered > 0);
  if (answered.length === 0) return null;
  const weight = 1 / answered.length;
  const elements = all.map((total) => {
    const nrr = total.answered > 0 ? total.sum / total.answered : null;
    return {
      ...total,
      nrr: nrr === null ? null : round(nrr, 2),
      weightedNrr: nrr === null ? null : round(nrr * weight, 3),
    };
  });
  const ikm = answered.reduce((acc, total) => acc + (total.sum / total.answered) * weight, 0);
  const hundredths = convertedHundredths(answered);
  const category =
    QUALITY_CATEGORIES.find((candidate) => hundredths >= Math.round(candidate.from * 100)) ?? QUALITY_CATEGORIES[3];
  return {
    elements,
    ikm: round(ikm, 3),
    converted: hundredths / 100,
    grade: category.grade,
    quality: category.quality,
  };
}

/** Each element's totals over individual responses (element key → score, absent when unanswered). */
export function elementTotals(responses: readonly Partial<Record<SurveyElementKey, number>>[]): ElementTotal[] {
  return SURVEY_ELEMENTS.map((element) => {
    const scores = responses
      .map((response) => response[element.key])
      .filter((score): score is number => typeof score === 'number' && score > 0);
    return { key: element.key, answered: scores.length, sum: scores.reduce((acc, score) => acc + score, 0) };
  });
}

/**
 * Krejcie & Morgan (1970), "Determining sample size for research activities", Table 1: the
 * respondents needed for a population of service users (95 % confidence, 5 % margin of error),
 * the table PermenPANRB 14/2017's guidance gives. [population, sample]; tests/unit check each row
 * against the formula it was computed from.
 */
export const KREJCIE_MORGAN_TABLE: readonly (readonly [number, number])[] = [
  [10, 10],
  [15, 14],
  [20, 19],
  [25, 24],
  [30, 28],
  [35, 32],
  [40, 36],
  [45, 40],
  [50, 44],
  [55, 48],
  [60, 52],
  [65, 56],
  [70, 59],
  [75, 63],
  [80, 66],
  [85, 70],
  [90, 73],
  [95, 76],
  [100, 80],
  [110, 86],
  [120, 92],
  [130, 97],
  [140, 103],
  [150, 108],
  [160, 113],
  [170, 118],
  [180, 123],
  [190, 127],
  [200, 132],
  [210, 136],
  [220, 140],
  [230, 144],
  [240, 148],
  [250, 152],
  [260, 155],
  [270, 159],
  [280, 162],
  [290, 165],
  [300, 169],
  [320, 175],
  [340, 181],
  [360, 186],
  [380, 191],
  [400, 196],
  [420, 201],
  [440, 205],
  [460, 210],
  [480, 214],
  [500, 217],
  [550, 226],
  [600, 234],
  [650, 242],
  [700, 248],
  [750, 254],
  [800, 260],
  [850, 265],
  [900, 269],
  [950, 274],
  [1000, 278],
  [1100, 285],
  [1200, 291],
  [1300, 297],
  [1400, 302],
  [1500, 306],
  [1600, 310],
  [1700, 313],
  [1800, 317],
  [1900, 320],
  [2000, 322],
  [2200, 327],
  [2400, 331],
  [2600, 335],
  [2800, 338],
  [3000, 341],
  [3500, 346],
  [4000, 351],
  [4500, 354],
  [5000, 357],
  [6000, 361],
  [7000, 364],
  [8000, 367],
  [9000, 368],
  [10000, 370],
  [15000, 375],
  [20000, 377],
  [30000, 379],
  [40000, 380],
  [50000, 381],
  [75000, 382],
  [1000000, 384],
];

/**
 * The table's sample for a population: between two rows the larger population's row (never fewer
 * respondents than the table asks), and never more than the population itself (below 10, everyone).
 */
export function minimumSample(population: number): number {
  if (population <= 0) return 0;
  const row = KREJCIE_MORGAN_TABLE.find(([rowPopulation]) => rowPopulation >= population);
  return Math.min(population, row ? row[1] : KREJCIE_MORGAN_TABLE[KREJCIE_MORGAN_TABLE.length - 1]![1]);
}

/**
 * Below this many respondents no index is shown to anyone, the public or staff: each element's
 * average of one or two people is their own answer, and staff know who used a small service.
 */
export const DISCLOSURE_MIN_RESPONDENTS = 5;

export type SampleState = 'cukup' | 'belum-cukup' | 'belum-ada';

export const SAMPLE_STATE_LABELS: Record<SampleState, string> = {
  cukup: 'Responden cukup',
  'belum-cukup': 'Responden belum cukup',
  'belum-ada': 'Belum ada responden',
};

export interface SatisfactionFigures {
  /** Respondents the index counts: those who answered with a number, not the counter's (UNTIED_CHANNEL). */
  respondents: number;
  /** Every channel's respondents, the counter's included (shown apart, never in the index). */
  byChannel: Record<SurveyChannel, number>;
  /** Service users in the period: requests and proposals finished in it, or the respondents when they are more. */
  serviceUsers: number;
  /** Krejcie–Morgan's sample for serviceUsers, and at least DISCLOSURE_MIN_RESPONDENTS. */
  requiredRespondents: number;
  state: SampleState;
  /** Only when the respondents are enough. */
  index: SatisfactionIndex | null;
}

export function satisfactionFigures(input: {
  finished: number;
  byChannel: Record<SurveyChannel, number>;
  totals: readonly ElementTotal[];
}): SatisfactionFigures {
  const respondents = (Object.keys(input.byChannel) as SurveyChannel[])
    .filter((channel) => channel !== UNTIED_CHANNEL)
    .reduce((acc, channel) => acc + input.byChannel[channel], 0);
  const serviceUsers = Math.max(input.finished, respondents);
  const requiredRespondents = Math.max(minimumSample(serviceUsers), DISCLOSURE_MIN_RESPONDENTS);
  const state: SampleState =
    respondents === 0 ? 'belum-ada' : respondents >= requiredRespondents ? 'cukup' : 'belum-cukup';
  return {
    respondents,
    byChannel: input.byChannel,
    serviceUsers,
    requiredRespondents,
    state,
    index: state === 'cukup' ? satisfactionIndex(input.totals) : null,
  };
}
