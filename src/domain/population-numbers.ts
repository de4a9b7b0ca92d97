// NIK (Nomor Induk Kependudukan) and KK (Nomor Kartu Keluarga) as a village operator types them
// from a KTP or a family card. Both are 16 digits issued by Dukcapil; only their shape can be
// checked here (whether a number exists is for Dukcapil and the national system to say):
//   NIK  digits 1–6 the region where it was issued (province, kabupaten, kecamatan), 7–12 the birth
//        date as DDMMYY with 40 added to the day for women, 13–16 a serial number from 0001.
//   KK   digits 1–6 the region where the card was issued, 7–12 its issue date, 13–16 a serial.
// A region code is never a reason to refuse: a family that moved keeps its NIK, and a KK issued
// elsewhere is still theirs. It only earns a warning, with the reason, when the KK was not issued in
// the operator's kabupaten (a typing slip, or a household that should be proposed where it lives).
// Shared by the village form (checks before anything is kept) and the server (checks again).

export const POPULATION_NUMBER_LENGTH = 16;
/** The pattern of the stored fields (checked by tests/integration/schema-agreement.test.ts). */
export const POPULATION_NUMBER_PATTERN = /^[0-9]{16}$/;

export type PopulationNumberKind = 'nik' | 'kk';
const NAMES: Record<PopulationNumberKind, string> = { nik: 'NIK', kk: 'Nomor KK' };

export type NikReading =
  | {
      ok: true;
      nik: string;
      sex: 'perempuan' | 'laki-laki';
      birthDay: number;
      birthMonth: number;
      birthYearTwoDigits: number;
    }
  | { ok: false; message: string };

/** Spaces, dots and dashes people type between groups are dropped; anything else is kept so it is refused. */
export function compactPopulationNumber(typed: string): string {
  return typed.replace(/[\s.-]/g, '');
}

function shapeProblem(kind: PopulationNumberKind, compact: string): string | undefined {
  const name = NAMES[kind];
  if (compact === '') return `Isi ${name} (16 angka).`;
  if (!/^[0-9]+$/.test(compact)) return `${name} hanya berisi angka 0–9. Periksa huruf atau tanda yang ikut terketik.`;
  if (compact.length !== POPULATION_NUMBER_LENGTH)
    return `${name} harus 16 angka; yang terisi ${compact.length} angka. Cocokkan lagi dengan kartunya.`;
  return undefined;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads a NIK: 16 digits whose 7th–12th are a possible birth date (day + 40 for women). */
export function readNik(typed: string): NikReading {
  const nik = compactPopulationNumber(typed);
  const problem = shapeProblem('nik', nik);
  if (problem) return { ok: false, message: problem };
  const dayDigits = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year = Number(nik.slice(10, 12));
  const woman = dayDigits > 40;
  const day = woman ? dayDigits - 40 : dayDigits;
  const dateMessage =
    'Angka ke-7 sampai ke-12 NIK adalah tanggal lahir (tanggal, bulan, tahun; tanggal ditambah 40 untuk perempuan)';
  if (month < 1 || month > 12)
    return { ok: false, message: `${dateMessage}: bulan "${nik.slice(8, 10)}" tidak ada. Cocokkan lagi dengan KTP.` };
  // Month is 1–12 here. A two-digit year tells no century: 29 February is allowed in every year divisible by 4.
  const lastDay = month === 2 && year % 4 !== 0 ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > lastDay)
    return {
      ok: false,
      message: `${dateMessage}: tanggal "${nik.slice(6, 8)}" tidak mungkin. Cocokkan lagi dengan KTP.`,
    };
  if (nik.slice(12) === '0000')
    return {
      ok: false,
      message: 'Empat angka terakhir NIK adalah nomor urut, mulai dari 0001. Cocokkan lagi dengan KTP.',
    };
  return {
    ok: true,
    nik,
    sex: woman ? 'perempuan' : 'laki-laki',
    birthDay: day,
    birthMonth: month,
    birthYearTwoDigits: year,
  };
}

export type KkReading = { ok: true; kk: string; warnings: string[] } | { ok: false; message: string };

/** "3214" from the operator's kabupaten code "32.14". */
const kabupatenDigits = (kabupatenCode: string) => kabupatenCode.replace(/\D/g, '');

/**
 * Reads a KK number: 16 digits. Issued outside `operatorKabupaten` ("32.14") it is accepted with a
 * warning saying why it matters.
 */
export function readKk(typed: string, operatorKabupaten: string): KkReading {
  const kk = compactPopulationNumber(typed);
  const problem = shapeProblem('kk', kk);
  if (problem) return { ok: false, message: problem };
  const expected = kabupatenDigits(operatorKabupaten);
  const warnings =
    expected.length === 4 && !kk.startsWith(expected)
      ? [
          `Nomor KK ini diterbitkan di daerah berkode ${kk.slice(0, 2)}.${kk.slice(2, 4)}, bukan di kabupaten Anda ` +
            `(${operatorKabupaten}). Periksa empat angka pertamanya. Bila benar (keluarga pindah tanpa mengganti KK), ` +
            'usulan tetap bisa dicatat; Dinsos akan memeriksanya dengan data kependudukan.',
        ]
      : [];
  return { ok: true, kk, warnings };
}
