// Known answers for the public household figures, worked by hand. The suppression: a count of 0 stays
// 0, 1 and 2 read "kurang dari 3", 3 and more are published. The office below (from the workspace
// figures of two villages, eight households):
//   Cipicung: dicatat 1, dikembalikan 1;  Linggasari: musyawarah 2, diverifikasi 1, hasil 3.
//   Received 2 + 7 = 9 → 9.
//   Stages (a returned household is back at the deliberation): dicatat 1 → "kurang dari 3";
//   musyawarah 2 + dikembalikan 1 = 3 → 3; diverifikasi 1 → "kurang dari 3"; dikirim 0 → 0; hasil 3 → 3.
//   Results: masuk 2 → "kurang dari 3"; tidak masuk 1 → "kurang dari 3". Returned: 2 + 1 = 3 → 3.
//   Median days to result 30 over 3 households → 30; over 2 households it is hidden (null).
import { describe, expect, it } from 'vitest';
import type { HouseholdFigures } from '../../src/domain/household-figures';
import {
  publicCount,
  publicHouseholdOffice,
  publicHouseholdRows,
  SMALL_COUNT,
} from '../../src/domain/household-public-figures';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '../../src/domain/statuses';

const zero = Object.fromEntries(Object.keys(HOUSEHOLD_STATUSES).map((status) => [status, 0])) as Record<
  HouseholdStatus,
  number
>;

const FIGURES: HouseholdFigures = {
  villages: [
    { village: 'Cipicung', counts: { ...zero, 'dicatat-desa': 1, 'dikembalikan-ke-desa': 1 }, total: 2 },
    { village: 'Linggasari', counts: { ...zero, 'musyawarah-desa': 2, 'diverifikasi-dinsos': 1, hasil: 3 }, total: 7 },
  ],
  daysPerStatus: [],
  returned: [
    { reason: 'Foto KK buram milik Bapak Sutisna', count: 2 },
    { reason: 'NIK salah', count: 1 },
  ],
  notEntered: [{ reason: 'Di atas desil 5', count: 1 }],
  results: { masuk: 2, 'tidak-masuk': 1, 'perbaiki-data': 0 },
  daysToResult: { medianDays: 30, households: 3 },
};

const OFFICE = { slug: 'dinsos-purwakarta', name: 'Dinas Sosial P3A Kabupaten Purwakarta' };

describe('public household figures', () => {
  it('publish 0 as 0, 1 and 2 as "kurang dari 3", 3 and more as the number', () => {
    expect([0, 1, 2, 3, 40].map(publicCount)).toEqual([0, 'kurang dari 3', 'kurang dari 3', 3, 40]);
    expect(SMALL_COUNT).toBe('kurang dari 3');
  });

  it('give office-wide counts per stage and result, never a village or a reason', () => {
    const office = publicHouseholdOffice(OFFICE, FIGURES);
    expect(office).toEqual({
      slug: 'dinsos-purwakarta',
      name: 'Dinas Sosial P3A Kabupaten Purwakarta',
      received: 9,
      stages: [
        { stage: 'dicatat-desa', count: 'kurang dari 3' },
        { stage: 'musyawarah-desa', count: 3 },
        { stage: 'diverifikasi-dinsos', count: 'kurang dari 3' },
        { stage: 'dikirim-ke-pusat', count: 0 },
        { stage: 'hasil', count: 3 },
      ],
      entered: 'kurang dari 3',
      notEntered: 'kurang dari 3',
      returned: 3,
      medianDaysToResult: 30,
    });
    const published = JSON.stringify(office);
    for (const hidden of ['Cipicung', 'Linggasari', 'Sutisna', 'NIK salah', 'desil'])
      expect(published).not.toContain(hidden);
  });

  it('hide the median while fewer than 3 households have a result', () => {
    const office = publicHouseholdOffice(OFFICE, { ...FIGURES, daysToResult: { medianDays: 12.5, households: 2 } });
    expect(office.medianDaysToResult).toBeNull();
  });

  it('write the open data spreadsheet with the suppressed counts as published', () => {
    const office = publicHouseholdOffice(OFFICE, { ...FIGURES, daysToResult: { medianDays: 12.5, households: 2 } });
    expect(publicHouseholdRows({ generatedAt: '2026-12-07T00:00:00.000Z', offices: [office] })).toEqual([
      ['Kantor', 'Angka', 'Nilai'],
      [OFFICE.name, 'Usulan diterima', 9],
      [OFFICE.name, 'Tahap: Dicatat desa', 'kurang dari 3'],
      [OFFICE.name, 'Tahap: Musyawarah desa', 3],
      [OFFICE.name, 'Tahap: Diverifikasi Dinsos', 'kurang dari 3'],
      [OFFICE.name, 'Tahap: Dikirim ke pusat', 0],
      [OFFICE.name, 'Tahap: Hasil', 3],
      [OFFICE.name, 'Masuk DTSEN', 'kurang dari 3'],
      [OFFICE.name, 'Tidak masuk DTSEN', 'kurang dari 3'],
      [OFFICE.name, 'Dikembalikan ke desa', 3],
      [OFFICE.name, 'Median hari dicatat sampai hasil', ''],
    ]);
  });
});
