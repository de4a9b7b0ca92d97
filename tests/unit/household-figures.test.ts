// Known answers for the household-proposal figures, worked by hand from the four households below.
//
// Linggasari A: dicatat 1 Nov 09:00 → musyawarah 4 Nov 09:00 (3 days) → diverifikasi 6 Nov 09:00 (2) →
//   dikirim 16 Nov 09:00 (10) → hasil 26 Nov 21:00 (10.5), tidak masuk "Di atas desil 5".
// Linggasari B: dicatat 2 Nov 09:00 → musyawarah 3 Nov 09:00 (1) → dikembalikan 5 Nov 09:00 (2),
//   "Foto KK buram" → musyawarah 12 Nov 09:00 (7) → diverifikasi 13 Nov 09:00 (1); now diverifikasi.
// Cipicung C: dicatat 1 Nov 09:00 → musyawarah 2 Nov 21:00 (1.5) → dikembalikan 4 Nov 21:00 (2),
//   "Foto KK buram"; now dikembalikan.
// Cipicung D: dicatat 10 Nov 09:00; nothing since.
//
// Days at each status before moving on:
//   dicatat-desa 3, 1, 1.5 → sorted 1, 1.5, 3 → median 1.5 (3 moves)
//   musyawarah-desa 2, 2, 1, 2 (A→verif 2; B→returned 2; B→verif 1; C→returned 2) → 1, 2, 2, 2 → (2+2)/2 = 2 (4)
//   dikembalikan-ke-desa 7 (B) → 7 (1)
//   diverifikasi-dinsos 10 (A) → 10 (1)
//   dikirim-ke-pusat 10.5 (A) → 10.5 (1)
// Returned: "Foto KK buram" twice. Not entered: "Di atas desil 5" once.
// Results: tidak masuk 1 (A). Recorded to result: A 1 Nov 09:00 → 26 Nov 21:00 = 25.5 days (1 household).
import { describe, expect, it } from 'vitest';
import { householdFigures, median, medianPlace, type HouseholdForFigures } from '../../src/domain/household-figures';

const at = (day: number, hour = 9) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

const HOUSEHOLDS: HouseholdForFigures[] = [
  {
    village: 'Linggasari',
    status: 'hasil',
    result: 'tidak-masuk',
    events: [
      { status: 'dicatat-desa', at: at(1), note: '' },
      { status: 'musyawarah-desa', at: at(4), note: '' },
      { status: 'diverifikasi-dinsos', at: at(6), note: '' },
      { status: 'dikirim-ke-pusat', at: at(16), note: '' },
      { status: 'hasil', at: at(26, 21), note: 'Di atas desil 5' },
    ],
  },
  {
    village: 'Linggasari',
    status: 'diverifikasi-dinsos',
    result: '',
    events: [
      { status: 'dicatat-desa', at: at(2), note: '' },
      { status: 'musyawarah-desa', at: at(3), note: '' },
      { status: 'dikembalikan-ke-desa', at: at(5), note: 'Foto KK buram' },
      { status: 'musyawarah-desa', at: at(12), note: '' },
      { status: 'diverifikasi-dinsos', at: at(13), note: '' },
    ],
  },
  {
    village: 'Cipicung',
    status: 'dikembalikan-ke-desa',
    result: '',
    events: [
      { status: 'dicatat-desa', at: at(1), note: '' },
      { status: 'musyawarah-desa', at: at(2, 21), note: '' },
      { status: 'dikembalikan-ke-desa', at: at(4, 21), note: ' Foto KK buram ' },
    ],
  },
  {
    village: 'Cipicung',
    status: 'dicatat-desa',
    result: '',
    events: [{ status: 'dicatat-desa', at: at(10), note: '' }],
  },
];

const zero = {
  'dicatat-desa': 0,
  'musyawarah-desa': 0,
  'dikembalikan-ke-desa': 0,
  'diverifikasi-dinsos': 0,
  'dikirim-ke-pusat': 0,
  hasil: 0,
};

describe('household-proposal figures', () => {
  const figures = householdFigures(HOUSEHOLDS);

  it('count each village’s households at their current status, villages in alphabetical order', () => {
    expect(figures.villages).toEqual([
      { village: 'Cipicung', counts: { ...zero, 'dicatat-desa': 1, 'dikembalikan-ke-desa': 1 }, total: 2 },
      { village: 'Linggasari', counts: { ...zero, 'diverifikasi-dinsos': 1, hasil: 1 }, total: 2 },
    ]);
  });

  it('give the median days spent at each status before moving on', () => {
    expect(figures.daysPerStatus).toEqual([
      { status: 'dicatat-desa', label: 'Dicatat desa', medianDays: 1.5, moves: 3 },
      { status: 'musyawarah-desa', label: 'Disepakati musyawarah desa', medianDays: 2, moves: 4 },
      { status: 'dikembalikan-ke-desa', label: 'Dikembalikan ke desa', medianDays: 7, moves: 1 },
      { status: 'diverifikasi-dinsos', label: 'Diverifikasi Dinsos', medianDays: 10, moves: 1 },
      { status: 'dikirim-ke-pusat', label: 'Dikirim ke pusat', medianDays: 10.5, moves: 1 },
    ]);
  });

  it('count returns and results "not entered" by their reasons', () => {
    expect(figures.returned).toEqual([{ reason: 'Foto KK buram', count: 2 }]);
    expect(figures.notEntered).toEqual([{ reason: 'Di atas desil 5', count: 1 }]);
  });

  it('count results and give the median days from recorded to result', () => {
    expect(figures.results).toEqual({ masuk: 0, 'tidak-masuk': 1, 'perbaiki-data': 0 });
    expect(figures.daysToResult).toEqual({ medianDays: 25.5, households: 1 });
  });

  it('of no households: nothing', () => {
    expect(householdFigures([])).toEqual({
      villages: [],
      daysPerStatus: [],
      returned: [],
      notEntered: [],
      results: { masuk: 0, 'tidak-masuk': 0, 'perbaiki-data': 0 },
      daysToResult: { medianDays: null, households: 0 },
    });
  });

  it('median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('find the median’s middle values by their place, as the server reads them from its index', () => {
    expect(medianPlace(1)).toEqual({ skip: 0, take: 1 });
    expect(medianPlace(2)).toEqual({ skip: 0, take: 2 });
    expect(medianPlace(5)).toEqual({ skip: 2, take: 1 });
    expect(medianPlace(6)).toEqual({ skip: 2, take: 2 });
  });
});
