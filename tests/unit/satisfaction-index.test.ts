// Known answers for the Indeks Kepuasan Masyarakat (PermenPANRB 14/2017), computed by hand in the
// comments: NRR per element = sum ÷ filled answers; IKM = Σ NRR × 1/9; converted = IKM × 25,
// rounded to 2 decimals; A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, D below. Each fixture has an element
// some respondents left unanswered (pengaduan), and the six together put a value on each side of
// every category boundary.
import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_MIN_RESPONDENTS,
  KREJCIE_MORGAN_TABLE,
  elementTotals,
  minimumSample,
  satisfactionFigures,
  satisfactionIndex,
} from '../../src/domain/satisfaction-index';
import { SURVEY_ELEMENTS, readSurveyInput, type SurveyElementKey } from '../../src/domain/satisfaction-survey';

type Scores = (number | undefined)[];

/**
 * Questionnaires from columns: each element's scores, respondent by respondent (undefined: left
 * unanswered). Elements not named get `rest`.
 */
function questionnaires(respondents: number, columns: Partial<Record<SurveyElementKey, Scores>>, rest: Scores) {
  return Array.from({ length: respondents }, (_, index) =>
    Object.fromEntries(
      SURVEY_ELEMENTS.map((element) => [element.key, (columns[element.key] ?? rest)[index]]).filter(
        ([, score]) => score !== undefined,
      ),
    ),
  ) as Partial<Record<SurveyElementKey, number>>[];
}

const indexOf = (responses: Partial<Record<SurveyElementKey, number>>[]) =>
  satisfactionIndex(elementTotals(responses))!;

describe('the IKM of PermenPANRB 14/2017, against hand arithmetic', () => {
  it('88.31 is A (sangat baik): 8 respondents, pengaduan answered by 3', () => {
    // 7 elements: 4,4,4,4,3,3,3,3 → sum 28, NRR 28/8 = 3.5
    // waktu:      4,4,4,4,4,3,3,3 → sum 29, NRR 29/8 = 3.625
    // pengaduan:  4,4,3 (5 blank) → sum 11, NRR 11/3 = 3.6667
    // Σ NRR = 7 × 3.5 + 3.625 + 11/3 = 31.79167; IKM = 31.79167 / 9 = 3.53241
    // × 25 = 88.3102 → 88.31 → A
    const index = indexOf(
      questionnaires(8, { waktu: [4, 4, 4, 4, 4, 3, 3, 3], pengaduan: [4, 4, 3] }, [4, 4, 4, 4, 3, 3, 3, 3]),
    );
    expect(index.elements.find((element) => element.key === 'pengaduan')).toMatchObject({
      answered: 3,
      sum: 11,
      nrr: 3.67,
      weightedNrr: 0.407,
    });
    expect(index.elements.find((element) => element.key === 'waktu')).toMatchObject({
      answered: 8,
      sum: 29,
      nrr: 3.63,
      weightedNrr: 0.403,
    });
    expect(index.ikm).toBe(3.532);
    expect(index.converted).toBe(88.31);
    expect([index.grade, index.quality]).toEqual(['A', 'Sangat baik']);
  });

  it('88.30 is B (baik): 10 respondents, pengaduan answered by 9', () => {
    // 7 elements: five 4s and five 3s → sum 35, NRR 3.5
    // biaya:      four 4s and six 3s  → sum 34, NRR 3.4
    // pengaduan:  eight 4s and one 3 (1 blank) → sum 35, NRR 35/9 = 3.8889
    // Σ NRR = 24.5 + 3.4 + 3.88889 = 31.78889; × 25 / 9 = 88.3025 → 88.30 → B
    const index = indexOf(
      questionnaires(
        10,
        { biaya: [4, 4, 4, 4, 3, 3, 3, 3, 3, 3], pengaduan: [4, 4, 4, 4, 4, 4, 4, 4, 3] },
        [4, 4, 4, 4, 4, 3, 3, 3, 3, 3],
      ),
    );
    expect(index.ikm).toBe(3.532);
    expect(index.converted).toBe(88.3);
    expect([index.grade, index.quality]).toEqual(['B', 'Baik']);
  });

  it('76.61 is B: 11 respondents, pengaduan answered by 8', () => {
    // 5 elements: one 4 and ten 3s → sum 34, NRR 34/11 = 3.0909
    // 3 elements (waktu, biaya, sarana): eleven 3s → sum 33, NRR 3.0
    // pengaduan:  one 4 and seven 3s (3 blank) → sum 25, NRR 3.125
    // Σ NRR = 5 × 34/11 + 3 × 3 + 3.125 = 15.45455 + 12.125 = 27.57955; × 25 / 9 = 76.6098 → 76.61 → B
    const threes = Array<number>(11).fill(3);
    const index = indexOf(
      questionnaires(11, { waktu: threes, biaya: threes, sarana: threes, pengaduan: [4, 3, 3, 3, 3, 3, 3, 3] }, [
        4,
        ...Array<number>(10).fill(3),
      ]),
    );
    expect(index.converted).toBe(76.61);
    expect(index.grade).toBe('B');
  });

  it('76.60 is C (kurang baik): 8 respondents, pengaduan answered by 5', () => {
    // 3 elements (persyaratan, prosedur, waktu): one 4 and seven 3s → sum 25, NRR 3.125
    // 5 elements: eight 3s → sum 24, NRR 3.0
    // pengaduan:  4,3,3,3,3 (3 blank) → sum 16, NRR 3.2
    // Σ NRR = 9.375 + 15 + 3.2 = 27.575; × 25 / 9 = 76.5972 → 76.60 → C
    const oneFour = [4, 3, 3, 3, 3, 3, 3, 3];
    const index = indexOf(
      questionnaires(
        8,
        { persyaratan: oneFour, prosedur: oneFour, waktu: oneFour, pengaduan: [4, 3, 3, 3, 3] },
        Array<number>(8).fill(3),
      ),
    );
    expect(index.converted).toBe(76.6);
    expect([index.grade, index.quality]).toEqual(['C', 'Kurang baik']);
  });

  it('65.00 exactly is C: 5 respondents, pengaduan answered by 1', () => {
    // 7 elements: 3,3,2,2,2 → sum 12, NRR 2.4;  sarana: 3,3,3,2,2 → sum 13, NRR 2.6
    // pengaduan:  4 (4 blank) → NRR 4
    // Σ NRR = 16.8 + 2.6 + 4 = 23.4; IKM = 2.6; × 25 = 65.00 exactly → C
    const index = indexOf(questionnaires(5, { sarana: [3, 3, 3, 2, 2], pengaduan: [4] }, [3, 3, 2, 2, 2]));
    expect(index.ikm).toBe(2.6);
    expect(index.converted).toBe(65);
    expect(index.grade).toBe('C');
  });

  it('64.99 is D (tidak baik): 9 respondents, pengaduan answered by 7', () => {
    // 5 elements: five 3s and four 2s → sum 23, NRR 23/9
    // 3 elements (biaya, produk, sarana): four 3s and five 2s → sum 22, NRR 22/9
    // pengaduan:  4,4,3,3,3,3,3 (2 blank) → sum 23, NRR 23/7 = 3.2857
    // Σ NRR = (5 × 23 + 3 × 22) / 9 + 23/7 = 20.11111 + 3.28571 = 23.39683; × 25 / 9 = 64.9912 → 64.99 → D
    const fewer = [3, 3, 3, 3, 2, 2, 2, 2, 2];
    const index = indexOf(
      questionnaires(
        9,
        { biaya: fewer, produk: fewer, sarana: fewer, pengaduan: [4, 4, 3, 3, 3, 3, 3] },
        [3, 3, 3, 3, 3, 2, 2, 2, 2],
      ),
    );
    expect(index.converted).toBe(64.99);
    expect([index.grade, index.quality]).toEqual(['D', 'Tidak baik']);
  });

  it('shares the weight among the answered elements when nobody answered one', () => {
    // 2 respondents answer 8 elements with 4 and 2 (NRR 3.0 each) and leave biaya blank:
    // weight 1/8; IKM = 8 × 3.0 / 8 = 3.0; × 25 = 75.00 → C (with 1/9 it would wrongly be 66.67)
    const index = indexOf(questionnaires(2, { biaya: [undefined, undefined] }, [4, 2]));
    expect(index.elements.find((element) => element.key === 'biaya')).toMatchObject({
      answered: 0,
      nrr: null,
      weightedNrr: null,
    });
    expect(index.converted).toBe(75);
  });

  it('has no index without answers, and the extremes are 25 and 100', () => {
    expect(satisfactionIndex(elementTotals([]))).toBeNull();
    expect(indexOf(questionnaires(1, {}, [1])).converted).toBe(25);
    expect(indexOf(questionnaires(1, {}, [4])).converted).toBe(100);
  });
});

describe('the minimum sample (Krejcie & Morgan 1970, Table 1)', () => {
  it('every row of the table is the formula s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)), χ² = 3.841, P = 0.5, d = 0.05, rounded', () => {
    const formula = (population: number) => (3.841 * population * 0.25) / (0.0025 * (population - 1) + 3.841 * 0.25);
    expect(KREJCIE_MORGAN_TABLE).toHaveLength(90);
    for (const [population, sample] of KREJCIE_MORGAN_TABLE)
      expect(Math.round(formula(population)), `N = ${population}`).toBe(sample);
  });

  it("takes the larger population's row between rows, never more than the population", () => {
    expect([0, 1, 7, 10, 11, 40, 41, 100, 101, 1000, 5000, 2_000_000].map(minimumSample)).toEqual([
      0, 1, 7, 10, 11, 36, 40, 80, 86, 278, 357, 384,
    ]);
  });

  it('grades a group only with enough respondents, and never fewer than five', () => {
    const allThrees = elementTotals(questionnaires(19, {}, Array<number>(19).fill(3)));
    const none = { permohonan: 0, usulan: 0, pengaduan: 0, loket: 0 };
    // 20 users → 19 respondents needed: 19 are enough, 18 are not.
    expect(
      satisfactionFigures({ finished: 20, byChannel: { ...none, permohonan: 15, usulan: 4 }, totals: allThrees }),
    ).toMatchObject({
      respondents: 19,
      serviceUsers: 20,
      requiredRespondents: 19,
      state: 'cukup',
      index: { converted: 75, grade: 'C' },
    });
    // Answers from the counter's poster, tied to no visit, are kept apart: 15 with a number are not enough.
    expect(
      satisfactionFigures({ finished: 20, byChannel: { ...none, permohonan: 15, loket: 4 }, totals: allThrees }),
    ).toMatchObject({ respondents: 15, requiredRespondents: 19, state: 'belum-cukup', index: null });
    expect(
      satisfactionFigures({ finished: 20, byChannel: { ...none, permohonan: 18 }, totals: allThrees }),
    ).toMatchObject({ state: 'belum-cukup', index: null });
    // 3 users who all answered: below the disclosure minimum, no index for anyone.
    expect(
      satisfactionFigures({ finished: 3, byChannel: { ...none, permohonan: 3 }, totals: allThrees }),
    ).toMatchObject({ requiredRespondents: DISCLOSURE_MIN_RESPONDENTS, state: 'belum-cukup', index: null });
    // More respondents than recorded users: the respondents are the users.
    expect(
      satisfactionFigures({ finished: 1, byChannel: { ...none, permohonan: 1, usulan: 4 }, totals: allThrees }),
    ).toMatchObject({ serviceUsers: 5, requiredRespondents: 5, state: 'cukup' });
    expect(satisfactionFigures({ finished: 8, byChannel: none, totals: [] })).toMatchObject({
      respondents: 0,
      state: 'belum-ada',
      index: null,
    });
  });
});

describe('reading a questionnaire', () => {
  const read = (values: Record<string, string>) => (field: string) => values[field] ?? '';

  it('keeps answered elements and the profile, leaves out blanks', () => {
    const { input, problems } = readSurveyInput(
      read({ persyaratan: '4', waktu: ' 2 ', gender: 'perempuan', suggestion: ' Antrean lebih tertib. ' }),
      { counter: false },
    );
    expect(problems).toEqual([]);
    expect(input).toEqual({
      answers: { persyaratan: 4, waktu: 2 },
      profile: { gender: 'perempuan' },
      suggestion: 'Antrean lebih tertib.',
    });
  });

  it('refuses scores off the scale, unknown profile answers, nothing answered, a NIK and a missing counter service', () => {
    const fields = (values: Record<string, string>, counter = false) =>
      readSurveyInput(read(values), { counter }).problems.map((problem) => problem.field);
    for (const score of ['0', '5', '3.5', '1e0', 'x']) expect(fields({ persyaratan: score })).toEqual(['persyaratan']);
    expect(fields({ waktu: '3', education: 'profesor' })).toEqual(['education']);
    expect(fields({})).toEqual(['persyaratan']);
    expect(fields({ waktu: '3', suggestion: 'NIK saya 3214010101900001' })).toEqual(['suggestion']);
    expect(fields({ waktu: '3', suggestion: 'x'.repeat(1001) })).toEqual(['suggestion']);
    expect(fields({ waktu: '3', suggestion: 'baik\u202Eedoc' })).toEqual(['suggestion']);
    expect(fields({ waktu: '3' }, true)).toEqual(['service']);
    expect(fields({ waktu: '3', service: 'surat-keterangan-dtks' }, true)).toEqual([]);
  });
});
