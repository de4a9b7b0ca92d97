// Known answers worked out by hand from the layout Dukcapil gives NIK and KK numbers (region 1–6,
// birth or issue date 7–12 with 40 added to a woman's birth day, serial 13–16).
import { describe, expect, it } from 'vitest';
import { readKk, readNik } from '../../src/domain/population-numbers';

describe('a NIK', () => {
  it('of a man born 15 August (19)90 reads as such', () => {
    expect(readNik('3214011508900003')).toEqual({
      ok: true,
      nik: '3214011508900003',
      sex: 'laki-laki',
      birthDay: 15,
      birthMonth: 8,
      birthYearTwoDigits: 90,
    });
  });

  it('of a woman carries her birth day plus 40: 55 is the 15th, 71 the 31st', () => {
    expect(readNik('3214015508900003')).toMatchObject({ ok: true, sex: 'perempuan', birthDay: 15, birthMonth: 8 });
    expect(readNik('3214017101850001')).toMatchObject({ ok: true, sex: 'perempuan', birthDay: 31, birthMonth: 1 });
    expect(readNik('3214014101850001')).toMatchObject({ ok: true, sex: 'perempuan', birthDay: 1 });
  });

  it('is read as typed from a card, with spaces, dots or dashes between groups', () => {
    expect(readNik('3214 0115 0890 0003')).toMatchObject({ ok: true, nik: '3214011508900003' });
    expect(readNik('321401.150890.0003')).toMatchObject({ ok: true, nik: '3214011508900003' });
  });

  it('is refused with the reason when its date digits are no possible birth date', () => {
    const refused = (nik: string) => {
      const reading = readNik(nik);
      return reading.ok ? 'accepted' : reading.message;
    };
    // Day 32 (a man), 40 and 72 (a woman's 0 and 32): no such day.
    expect(refused('3214013208900003')).toMatch(/tanggal "32" tidak mungkin/);
    expect(refused('3214014008900003')).toMatch(/tanggal "40" tidak mungkin/);
    expect(refused('3214017208900003')).toMatch(/tanggal "72" tidak mungkin/);
    // 31 February, for a man (31) and a woman (71).
    expect(refused('3214013102850001')).toMatch(/tanggal "31" tidak mungkin/);
    expect(refused('3214017102850001')).toMatch(/tanggal "71" tidak mungkin/);
    // 29 February only in a leap year: (20)00 and (20)04 are, (20)01 is not.
    expect(refused('3214012902000001')).toBe('accepted');
    expect(refused('3214016902040001')).toBe('accepted');
    expect(refused('3214012902010001')).toMatch(/tanggal "29" tidak mungkin/);
    expect(refused('3214011513900001')).toMatch(/bulan "13" tidak ada/);
    expect(refused('3214011500900001')).toMatch(/bulan "00" tidak ada/);
    expect(refused('3214011508900000')).toMatch(/nomor urut, mulai dari 0001/);
  });

  it('is refused with the reason when it is not 16 digits', () => {
    expect(readNik('')).toEqual({ ok: false, message: 'Isi NIK (16 angka).' });
    expect(readNik('321401150890003')).toEqual({
      ok: false,
      message: 'NIK harus 16 angka; yang terisi 15 angka. Cocokkan lagi dengan kartunya.',
    });
    expect(readNik('32140115089O0003')).toEqual({
      ok: false,
      message: 'NIK hanya berisi angka 0–9. Periksa huruf atau tanda yang ikut terketik.',
    });
  });
});

describe('a KK number', () => {
  it('issued in the operator’s kabupaten is accepted without a warning', () => {
    expect(readKk('3214010101200001', '32.14')).toEqual({ ok: true, kk: '3214010101200001', warnings: [] });
  });

  it('issued elsewhere is accepted with a warning naming both regions, never refused', () => {
    const reading = readKk('3275010101200001', '32.14');
    expect(reading.ok).toBe(true);
    expect(reading.ok && reading.warnings).toEqual([
      'Nomor KK ini diterbitkan di daerah berkode 32.75, bukan di kabupaten Anda (32.14). Periksa empat angka pertamanya. ' +
        'Bila benar (keluarga pindah tanpa mengganti KK), usulan tetap bisa dicatat; Dinsos akan memeriksanya dengan data kependudukan.',
    ]);
  });

  it('is refused with the reason when it is not 16 digits', () => {
    expect(readKk('3214-0101-2000-01', '32.14')).toEqual({
      ok: false,
      message: 'Nomor KK harus 16 angka; yang terisi 14 angka. Cocokkan lagi dengan kartunya.',
    });
    expect(readKk('3214010101200001x', '32.14')).toMatchObject({ ok: false, message: /hanya berisi angka/ });
  });
});
