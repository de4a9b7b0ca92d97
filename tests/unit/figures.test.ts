// Figures as /kinerja/ and the survey report write them, with a decimal comma (src/domain/numbers.ts,
// without Intl: tests/unit/numbers.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('figures in Indonesian', () => {
  it('writes an index with two decimals and a unit score with three, after a decimal comma', async () => {
    const { formatIndex, formatUnit } = await import('../../src/lib/figures');
    expect(formatIndex(88.31)).toBe('88,31');
    expect(formatIndex(100)).toBe('100,00');
    // An NRR of 3.53 converted (× 25) is 88.25; a weighted NRR rounds to three decimals, half up.
    expect(formatIndex(3.53 * 25)).toBe('88,25');
    expect(formatUnit(3.5324)).toBe('3,532');
    expect(formatUnit(3.5326)).toBe('3,533');
    // Thousands, should a figure ever reach them, with the Indonesian dot.
    expect(formatIndex(1234.5)).toBe('1.234,50');
  });

  it('gives each figure of /kinerja/ a room holding every text it can show in words and its widest in numbers (four digits)', async () => {
    const { FIGURE_ROOMS } = await import('../../src/lib/figure-rooms');
    expect(FIGURE_ROOMS).toEqual([
      {
        name: 'satisfactionHeadline',
        bold: true,
        texts: [
          'Responden cukup',
          'Responden belum cukup',
          'Belum ada responden',
          '100,00 — mutu A (sangat baik)',
          '100,00 — mutu B (baik)',
          '100,00 — mutu C (kurang baik)',
          '100,00 — mutu D (tidak baik)',
        ],
      },
      {
        name: 'sample',
        texts: [
          'Belum ada pengguna layanan tercatat pada periode ini',
          '9999 responden dari minimal 9999 (9999 pengguna layanan)',
        ],
      },
      {
        name: 'timeliness',
        texts: [
          'Standar pelayanan tidak mencantumkan waktu penyelesaian',
          'Belum ada permohonan selesai',
          '9999 dari 9999 (100%)',
        ],
      },
      {
        name: 'complaints',
        texts: [
          'Belum ada pengaduan pada periode ini',
          '9999 diterima: 9999 dijawab dalam batas waktu, 9999 terlambat, 9999 belum dijawab, 9999 di luar wewenang kantor',
        ],
      },
    ]);
  });
});
