// The spreadsheet staff exchange with the national system (usulan DTSEN): the export in an office's
// column layout, byte for byte as written out by hand below, and the results read back — all rows or
// none, each problem named with its spreadsheet row number.
import { describe, expect, it } from 'vitest';
import {
  exportLayoutProblems,
  householdIdentityExpiry,
  householdProblems,
  householdSpreadsheet,
  householdWarnings,
  type HouseholdInput,
  parseCsv,
  readResultSpreadsheet,
  type ExportLayout,
  type HouseholdRow,
} from '../../src/domain/household-proposal';
import { formatRequestNumber } from '../../src/domain/request-number';

const LAYOUT: ExportLayout = {
  columns: [
    { header: 'NOMOR_USULAN', field: 'nomor' },
    { header: 'NIK', field: 'nik' },
    { header: 'NAMA', field: 'nama' },
    { header: 'RT', field: 'rt' },
    { header: 'LINTANG', field: 'lintang' },
    { header: 'KRITERIA', field: 'kriteria' },
    { header: 'HASIL', field: 'hasil' },
    { header: 'ALASAN_HASIL', field: 'alasan_hasil' },
    { header: 'DESIL', field: 'desil' },
  ],
};
const FIRST = formatRequestNumber('PWD', '7KX3Q9MD');
const SECOND = formatRequestNumber('PWD', '2B4C6D8E');
const household = (patch: Partial<HouseholdRow>): HouseholdRow => ({
  number: FIRST,
  nik: '3214015508900003',
  kk: '3214010101200001',
  headName: 'Siti Aminah',
  address: 'Kp. Maracang',
  rt: '002',
  rw: '005',
  villageCode: '32.14.07.2001',
  villageName: 'Maracang',
  lat: -6.52043,
  lon: 107.431742,
  criteriaMet: ['lantai-tanah', 'tanpa-jamban-sendiri'],
  deliberatedOn: '2026-11-20',
  result: null,
  resultReason: '',
  desil: null,
  ...patch,
});

describe('the export', () => {
  it('is the layout’s headers and one row per household, every cell quoted, formulas defused', () => {
    const text = householdSpreadsheet(LAYOUT, [
      household({}),
      household({ number: SECOND, nik: '3214011508900003', headName: '=HYPERLINK("x")', criteriaMet: [], lat: null }),
    ]);
    expect(text).toBe(
      '\ufeff"NOMOR_USULAN","NIK","NAMA","RT","LINTANG","KRITERIA","HASIL","ALASAN_HASIL","DESIL"\r\n' +
        `"${FIRST}","3214015508900003","Siti Aminah","002","-6.52043","lantai-tanah; tanpa-jamban-sendiri","","",""\r\n` +
        `"${SECOND}","3214011508900003","'=HYPERLINK(""x"")","002","","","","",""\r\n`,
    );
  });

  it('layouts without the number column, or naming a field or header twice, are refused', () => {
    expect(exportLayoutProblems(LAYOUT)).toEqual([]);
    expect(exportLayoutProblems({ columns: [{ header: 'NIK', field: 'nik' }] })).toEqual([
      'Kolom nomor usulan (field: nomor) wajib ada: hasil dicocokkan dengan nomor, bukan nama.',
    ]);
    expect(
      exportLayoutProblems({
        columns: [
          { header: 'NO', field: 'nomor' },
          { header: 'NO', field: 'nik' },
          { header: 'NIK2', field: 'nik' },
        ],
      }),
    ).toEqual(['Kolom "nik" tercantum dua kali.', 'Judul kolom "NO" dipakai dua kali.']);
  });
});

describe('CSV as spreadsheet programs save it', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and semicolon files', () => {
    expect(parseCsv('\ufeff"a","b, c"\r\n"d ""e""","f\ng"\r\n')).toEqual([
      ['a', 'b, c'],
      ['d "e"', 'f\ng'],
    ]);
    expect(parseCsv('A;B\n1;2,5\n')).toEqual([
      ['A', 'B'],
      ['1', '2,5'],
    ]);
    expect(parseCsv('"a,b\n')).toEqual({
      problem: 'Ada tanda kutip (") yang tidak ditutup. Simpan ulang berkas sebagai CSV dari program spreadsheet.',
    });
  });
});

describe('the results read back', () => {
  const known = new Set([FIRST, SECOND]);
  const header = 'NOMOR_USULAN,NIK,NAMA,RT,LINTANG,KRITERIA,HASIL,ALASAN_HASIL,DESIL\n';

  it('match by number (as typed, any case) and keep result, reason and desil; the exported file itself reads back', () => {
    const exported = householdSpreadsheet(LAYOUT, [household({}), household({ number: SECOND })]);
    const filled = exported
      .replace(
        `"lantai-tanah; tanpa-jamban-sendiri","","",""\r\n"${SECOND}"`,
        `"lantai-tanah; tanpa-jamban-sendiri","Masuk DTSEN","","3"\r\n"${SECOND}"`,
      )
      .replace(/"","",""\r\n$/, '"tidak-masuk","Tidak lolos pemeringkatan","",\r\n');
    expect(readResultSpreadsheet(filled, LAYOUT, known)).toEqual({
      ok: true,
      results: [
        { row: 2, number: FIRST, result: 'masuk', reason: '', desil: 3 },
        { row: 3, number: SECOND, result: 'tidak-masuk', reason: 'Tidak lolos pemeringkatan', desil: null },
      ],
    });
    const typed = `${header}${SECOND.toLowerCase().replace(/-/g, ' ')},,,,,,perbaiki-data,NIK tidak padan Dukcapil,\n`;
    expect(readResultSpreadsheet(typed, LAYOUT, known)).toMatchObject({ ok: true, results: [{ number: SECOND }] });
  });

  it('refuse the whole file, naming every bad row: formula, unknown or repeated number, result, reason, desil', () => {
    const other = formatRequestNumber('PWD', '9Z9Z9Z9Z');
    const text =
      header +
      `${FIRST},,=CMD(),,,,Masuk DTSEN,,\n` +
      `${other},,,,,,Masuk DTSEN,,\n` +
      `${SECOND},,,,,,Diterima,,\n` +
      `${SECOND},,,,,,Tidak masuk DTSEN,,\n` +
      `${FIRST.slice(0, -1)}X,,,,,,Masuk DTSEN,,\n`;
    const read = readResultSpreadsheet(text, LAYOUT, known);
    expect(read).toEqual({
      ok: false,
      problems: [
        'Baris 2: sel "=CMD()" diawali = + - @ atau tab dan bisa dijalankan sebagai rumus. Tulis sebagai teks biasa.',
        `Baris 3: nomor ${other} bukan usulan kantor ini yang sudah dikirim ke pusat dan menunggu hasil.`,
        'Baris 4: hasil "Diterima" tidak dikenal. Tulis salah satu: Masuk DTSEN, Tidak masuk DTSEN, Data perlu diperbaiki.',
        `Baris 5: nomor ${SECOND} muncul lebih dari sekali.`,
        `Baris 6: nomor usulan "${FIRST.slice(0, -1)}X" tidak sah. Nomor tidak valid, periksa kembali. Mungkin ada satu huruf atau angka yang salah ketik.`,
      ],
    });
  });

  it('refuse a result other than "masuk" without the reason, a desil outside 1–10, and a file missing the columns', () => {
    expect(readResultSpreadsheet(`${header}${FIRST},,,,,,Tidak masuk DTSEN,,\n`, LAYOUT, known)).toEqual({
      ok: false,
      problems: ['Baris 2: tulis alasan dari aplikasi pusat untuk hasil "Tidak masuk DTSEN".'],
    });
    expect(readResultSpreadsheet(`${header}${FIRST},,,,,,Masuk DTSEN,,11\n`, LAYOUT, known)).toEqual({
      ok: false,
      problems: ['Baris 2: desil "11" harus angka 1 sampai 10, atau dikosongkan.'],
    });
    // The family reads the reason on its status page: at most 500 characters, as the timeline keeps it.
    expect(readResultSpreadsheet(`${header}${FIRST},,,,,,tidak-masuk,${'a'.repeat(501)},\n`, LAYOUT, known)).toEqual({
      ok: false,
      problems: ['Baris 2: alasan paling panjang 500 huruf; yang tertulis 501.'],
    });
    expect(readResultSpreadsheet(`NOMOR_USULAN,NIK\n${FIRST},1\n`, LAYOUT, known)).toEqual({
      ok: false,
      problems: ['Baris 1: kolom HASIL, ALASAN_HASIL tidak ada. Pakai susunan kolom yang sama dengan berkas unduhan.'],
    });
  });
});

describe('a household as the village operator records it', () => {
  const context = { kabupaten: '32.14', criteriaIds: ['lantai-tanah', 'tanpa-jamban-sendiri'] };
  const complete: HouseholdInput = {
    head_name: 'Siti Aminah',
    nik: '3214015508900003',
    kk: '3214010101200001',
    address: 'Kp. Maracang',
    rt: '002',
    rw: '5',
    phone: '0812 3456 7890',
    chosen_digits: '',
    lat: -6.52043,
    lon: 107.431742,
    location_accuracy_m: 12,
    criteria: { 'lantai-tanah': true, 'tanpa-jamban-sendiri': false },
    consent: true,
  };

  it('is complete with a phone, or without one when the family chose 4 digits', () => {
    expect(householdProblems(complete, context)).toEqual([]);
    expect(householdProblems({ ...complete, phone: '', chosen_digits: '2580' }, context)).toEqual([]);
  });

  it('names what is missing or malformed under its field, with how to fix it', () => {
    const problems = householdProblems(
      {
        ...complete,
        head_name: ' ',
        nik: '3214013208900003',
        kk: '32140101012',
        rt: 'dua',
        phone: '',
        chosen_digits: '12',
        lat: null,
        criteria: { 'lantai-tanah': true },
        consent: false,
      },
      context,
    );
    expect(problems).toEqual([
      { field: 'head_name', message: 'Tulis nama kepala keluarga seperti di KK.' },
      {
        field: 'nik',
        message:
          'Angka ke-7 sampai ke-12 NIK adalah tanggal lahir (tanggal, bulan, tahun; tanggal ditambah 40 untuk perempuan): ' +
          'tanggal "32" tidak mungkin. Cocokkan lagi dengan KTP.',
      },
      { field: 'kk', message: 'Nomor KK harus 16 angka; yang terisi 11 angka. Cocokkan lagi dengan kartunya.' },
      { field: 'rt', message: 'Tulis nomor RT dengan angka, misalnya 002.' },
      {
        field: 'chosen_digits',
        message: 'Tanpa nomor HP, pilih 4 angka bersama keluarga untuk mengecek status usulan, misalnya 2580.',
      },
      { field: 'location', message: 'Tentukan titik rumah: pakai GPS ponsel di depan rumah, atau pilih di peta.' },
      { field: 'criteria', message: 'Jawab semua kriteria (ya atau tidak); 1 belum dijawab.' },
      {
        field: 'consent',
        message: 'Usulan hanya dicatat bila keluarga menyetujui datanya dikirim untuk pengusulan DTSEN.',
      },
    ]);
  });

  it('with a KK issued in another kabupaten is recorded, with a warning', () => {
    const moved = { ...complete, kk: '3275010101200001' };
    expect(householdProblems(moved, context)).toEqual([]);
    expect(householdWarnings(moved, '32.14')).toHaveLength(1);
    expect(householdWarnings(complete, '32.14')).toEqual([]);
  });
});

describe("a household's identity data is kept", () => {
  // Worked by hand: 1 March + 90 days = 30 May (31 days of March: 1 March + 30 = 31 March, + 30 = 30 April, + 30 = 30 May).
  // On 30 May (WIB), results recorded up to 1 March 23:59:59 WIB go; from 2 March 00:00 WIB (1 March 17:00 UTC) they stay.
  it('90 whole office days: the cut is the start of the office day 89 days before today', () => {
    expect(householdIdentityExpiry(new Date('2026-05-29T17:30:00Z'), 90).toISOString()).toBe(
      '2026-03-01T17:00:00.000Z',
    );
    // 23:59 WIB on 30 May is still 30 May: the same cut.
    expect(householdIdentityExpiry(new Date('2026-05-30T16:59:00Z'), 90).toISOString()).toBe(
      '2026-03-01T17:00:00.000Z',
    );
    // 16:59 UTC on 29 May is 23:59 WIB on 29 May: a day earlier.
    expect(householdIdentityExpiry(new Date('2026-05-29T16:59:00Z'), 90).toISOString()).toBe(
      '2026-02-28T17:00:00.000Z',
    );
  });

  it('across a year end, and 0 days (deleted at the next clean-up)', () => {
    // 10 January 2027 WIB, 30 days: 10 January − 29 days = 12 December 2026, from 00:00 WIB (11 December 17:00 UTC).
    expect(householdIdentityExpiry(new Date('2027-01-10T03:00:00Z'), 30).toISOString()).toBe(
      '2026-12-11T17:00:00.000Z',
    );
    // 0 days: everything recorded before tomorrow's midnight WIB, i.e. up to now.
    expect(householdIdentityExpiry(new Date('2026-05-30T03:00:00Z'), 0).toISOString()).toBe('2026-05-30T17:00:00.000Z');
  });
});
