import { describe, expect, it } from 'vitest';
import { collectionSentence, requestProgress } from '../../src/domain/request-progress';

describe('where a request stands among its steps', () => {
  it('is at its current step while it moves', () => {
    expect(requestProgress('diproses', 2, 3)).toEqual({
      steps: ['selesai', 'sekarang', 'belum'],
      summary: 'Langkah 2 dari 3',
    });
  });

  it('has passed every step once finished, whichever step it was finished at', () => {
    for (const step of [1, 2, 3])
      expect(requestProgress('selesai', step, 3)).toEqual({
        steps: ['selesai', 'selesai', 'selesai'],
        summary: 'Selesai — semua 3 langkah sudah dilalui',
      });
  });

  it('stops where it was refused', () => {
    expect(requestProgress('ditolak', 2, 3)).toEqual({
      steps: ['selesai', 'selesai', 'belum'],
      summary: 'Ditolak di langkah 2 dari 3',
    });
  });

  it('has not begun while its documents are checked or asked for', () => {
    for (const status of ['menunggu-verifikasi', 'perlu-dilengkapi'] as const)
      expect(requestProgress(status, 1, 3)).toEqual({
        steps: ['belum', 'belum', 'belum'],
        summary: '3 langkah setelah dokumen diterima',
      });
  });

  it('says where the result is collected, or nothing where no place is known', () => {
    expect(
      collectionSentence([
        { name: 'Pusat Layanan', address: 'Jalan Industri' },
        { name: 'Kantor Dinas', address: 'Jl. Taman Pahlawan No.9' },
      ]),
    ).toBe('Hasilnya dapat diambil di Pusat Layanan, Jalan Industri; atau di Kantor Dinas, Jl. Taman Pahlawan No.9.');
    expect(collectionSentence([])).toBeNull();
  });
});
