// A household proposed for the national social registry (usulan DTSEN) by its village's data entry
// (the SIYANSOS leaflet's Pengisi Data Desa/Kelurahan): the stages residents follow by number, the
// results the national system gives back, and the spreadsheet staff exchange with it — exported in
// the office's column layout (content/dtsen-export-layouts.yaml) and read back in the same layout,
// matched by proposal number, never by name. Shared by the workspace, the status page and the hooks.
import { PHONE_EXAMPLE, isPhoneNumber, isWellFormedVerifier } from './phone';
import { readKk, readNik } from './population-numbers';
import { parseRequestNumber } from './request-number';
import { type SpreadsheetValue, spreadsheetText } from './spreadsheet';
import { fromOfficeClock, officeClock } from './time';

/** What residents see on /cek-status/, in order. */
export const HOUSEHOLD_STAGES = {
  'dicatat-desa': 'Dicatat desa',
  'musyawarah-desa': 'Musyawarah desa',
  'diverifikasi-dinsos': 'Diverifikasi Dinsos',
  'dikirim-ke-pusat': 'Dikirim ke pusat',
  hasil: 'Hasil',
} as const;
export type HouseholdStage = keyof typeof HOUSEHOLD_STAGES;

/** The national system's answer, as staff record it by hand or by importing its spreadsheet. */
export const HOUSEHOLD_RESULTS = {
  masuk: 'Masuk DTSEN',
  'tidak-masuk': 'Tidak masuk DTSEN',
  'perbaiki-data': 'Data perlu diperbaiki',
} as const;
export type HouseholdResult = keyof typeof HOUSEHOLD_RESULTS;

/** How a village agrees its proposals: a deliberation, or a signed statement (SPTJM) where the office allows it. */
export const DELIBERATION_WAYS = {
  musdes: 'Musyawarah desa',
  muskel: 'Musyawarah kelurahan',
  sptjm: 'SPTJM kepala desa/lurah',
} as const;
export type DeliberationWay = keyof typeof DELIBERATION_WAYS;

/** Numbers of household proposals carry their own prefix in the one number space (src/domain/request-number.ts). */
export const HOUSEHOLD_NUMBER_PREFIX = 'DTS';

export const DESIL_RANGE = { min: 1, max: 10 } as const;

/** The longest reason the family reads with a result (the event's public note). */
export const RESULT_REASON_MAX = 500;

/** A household as the spreadsheet writes it: what staff may export of a verified proposal. */
export interface HouseholdRow {
  number: string;
  nik: string;
  kk: string;
  headName: string;
  address: string;
  rt: string;
  rw: string;
  villageCode: string;
  villageName: string;
  lat: number | null;
  lon: number | null;
  /** The ids of the criteria answered yes, in the list's order. */
  criteriaMet: string[];
  /** Office-local date of the village deliberation (or SPTJM), "2026-11-23". */
  deliberatedOn: string | null;
  result: HouseholdResult | null;
  resultReason: string;
  desil: number | null;
}

/** Every field a column layout may name, with how it is written. */
export const EXPORT_FIELDS = {
  nomor: { label: 'Nomor usulan', value: (row: HouseholdRow) => row.number },
  nik: { label: 'NIK kepala keluarga', value: (row: HouseholdRow) => row.nik },
  kk: { label: 'Nomor KK', value: (row: HouseholdRow) => row.kk },
  nama: { label: 'Nama kepala keluarga', value: (row: HouseholdRow) => row.headName },
  alamat: { label: 'Alamat', value: (row: HouseholdRow) => row.address },
  rt: { label: 'RT', value: (row: HouseholdRow) => row.rt },
  rw: { label: 'RW', value: (row: HouseholdRow) => row.rw },
  kode_desa: { label: 'Kode desa/kelurahan', value: (row: HouseholdRow) => row.villageCode },
  nama_desa: { label: 'Desa/kelurahan', value: (row: HouseholdRow) => row.villageName },
  lintang: { label: 'Lintang', value: (row: HouseholdRow) => row.lat },
  bujur: { label: 'Bujur', value: (row: HouseholdRow) => row.lon },
  kriteria: { label: 'Kriteria terpenuhi', value: (row: HouseholdRow) => row.criteriaMet.join('; ') },
  tanggal_musyawarah: { label: 'Tanggal musyawarah/SPTJM', value: (row: HouseholdRow) => row.deliberatedOn },
  hasil: { label: 'Hasil', value: (row: HouseholdRow) => row.result },
  alasan_hasil: { label: 'Alasan hasil', value: (row: HouseholdRow) => row.resultReason },
  desil: { label: 'Desil', value: (row: HouseholdRow) => row.desil },
} as const satisfies Record<string, { label: string; value: (row: HouseholdRow) => SpreadsheetValue }>;
export type ExportField = keyof typeof EXPORT_FIELDS;

export interface ExportLayout {
  columns: { header: string; field: ExportField }[];
}

/** What is wrong with a layout from content: the build refuses it (src/lib/content-schemas.ts). */
export function exportLayoutProblems(layout: ExportLayout): string[] {
  const problems: string[] = [];
  const fields = layout.columns.map((column) => column.field);
  const headers = layout.columns.map((column) => column.header);
  if (!fields.includes('nomor'))
    problems.push('Kolom nomor usulan (field: nomor) wajib ada: hasil dicocokkan dengan nomor, bukan nama.');
  for (const field of new Set(fields))
    if (fields.filter((each) => each === field).length > 1) problems.push(`Kolom "${field}" tercantum dua kali.`);
  for (const header of new Set(headers))
    if (headers.filter((each) => each === header).length > 1)
      problems.push(`Judul kolom "${header}" dipakai dua kali.`);
  return problems;
}

/** The export file: the layout's headers, then one row per household, every cell defused (spreadsheet.ts). */
export function householdSpreadsheet(layout: ExportLayout, rows: readonly HouseholdRow[]): string {
  return spreadsheetText([
    layout.columns.map((column) => column.header),
    ...rows.map((row) => layout.columns.map((column) => EXPORT_FIELDS[column.field].value(row))),
  ]);
}

/** RFC 4180 text into rows of cells: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] | { problem: string } {
  const source = text.replace(/^\ufeff/, '');
  // Spreadsheet programs set to Indonesian save CSV with semicolons: the header row tells which.
  const firstLine = source.slice(0, source.search(/\r|\n|$/));
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let at = 0;
  while (at < source.length) {
    const char = source.charAt(at);
    if (quoted) {
      if (char === '"' && source.charAt(at + 1) === '"') {
        cell += '"';
        at += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      at++;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (char === '\r' && source.charAt(at + 1) === '\n') at++;
    } else cell += char;
    at++;
  }
  if (quoted)
    return {
      problem: 'Ada tanda kutip (") yang tidak ditutup. Simpan ulang berkas sebagai CSV dari program spreadsheet.',
    };
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((each) => each.trim() !== ''));
}

/** A result read back from the national system's answer. */
export interface ImportedResult {
  /** The spreadsheet's row number as its program shows it (the header is row 1). */
  row: number;
  number: string;
  result: HouseholdResult;
  reason: string;
  desil: number | null;
}

export type ResultImport = { ok: true; results: ImportedResult[] } | { ok: false; problems: string[] };

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (a southern latitude, -6.52) starts with a minus and is no formula. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;
const isFormula = (cell: string) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
const RESULT_BY_WORDS = new Map<string, HouseholdResult>(
  Object.entries(HOUSEHOLD_RESULTS).flatMap(([result, label]) => [
    [result, result as HouseholdResult],
    [label.toLowerCase(), result as HouseholdResult],
  ]),
);

/**
 * Reads a results spreadsheet in the office's layout. Every row is checked before anything is kept:
 * one bad row (a formula, an unknown or repeated number, a result the app does not know, a reason
 * missing where one is needed, a desil outside 1–10) refuses the whole file, each problem named with
 * its row number. `known` holds the numbers of proposals sent to the centre and awaiting a result.
 */
export function readResultSpreadsheet(text: string, layout: ExportLayout, known: ReadonlySet<string>): ResultImport {
  const parsed = parseCsv(text);
  if (!Array.isArray(parsed)) return { ok: false, problems: [parsed.problem] };
  const [header, ...body] = parsed;
  if (!header) return { ok: false, problems: ['Berkas kosong: tidak ada baris judul kolom.'] };
  const columnOf = (field: ExportField) => {
    const column = layout.columns.find((each) => each.field === field);
    return column ? header.findIndex((cell) => cell.trim() === column.header) : -1;
  };
  const missing = (['nomor', 'hasil', 'alasan_hasil'] as const)
    .filter((field) => columnOf(field) < 0)
    .map((field) => layout.columns.find((each) => each.field === field)?.header ?? EXPORT_FIELDS[field].label);
  if (missing.length > 0)
    return {
      ok: false,
      problems: [
        `Baris 1: kolom ${missing.join(', ')} tidak ada. Pakai susunan kolom yang sama dengan berkas unduhan.`,
      ],
    };
  const at = {
    nomor: columnOf('nomor'),
    hasil: columnOf('hasil'),
    alasan: columnOf('alasan_hasil'),
    desil: columnOf('desil'),
  };
  const seen = new Set<string>();
  /** One row's result, or what is wrong with it. */
  const readRow = (cells: string[], row: number): ImportedResult | string => {
    const formula = cells.find(isFormula);
    if (formula !== undefined)
      return `Baris ${row}: sel "${formula.slice(0, 20)}" diawali = + - @ atau tab dan bisa dijalankan sebagai rumus. Tulis sebagai teks biasa.`;
    const cell = (column: number) => (column >= 0 ? (cells[column] ?? '').trim() : '');
    const parsedNumber = parseRequestNumber(cell(at.nomor).replace(/^'/, ''));
    if (!parsedNumber.ok) return `Baris ${row}: nomor usulan "${cell(at.nomor)}" tidak sah. ${parsedNumber.message}`;
    const number = parsedNumber.number;
    if (!known.has(number))
      return `Baris ${row}: nomor ${number} bukan usulan kantor ini yang sudah dikirim ke pusat dan menunggu hasil.`;
    if (seen.has(number)) return `Baris ${row}: nomor ${number} muncul lebih dari sekali.`;
    seen.add(number);
    const result = RESULT_BY_WORDS.get(cell(at.hasil).toLowerCase().replace(/\s+/g, ' '));
    if (!result)
      return `Baris ${row}: hasil "${cell(at.hasil)}" tidak dikenal. Tulis salah satu: ${Object.values(HOUSEHOLD_RESULTS).join(', ')}.`;
    const reason = cell(at.alasan);
    if (reason.length > RESULT_REASON_MAX)
      return `Baris ${row}: alasan paling panjang ${RESULT_REASON_MAX} huruf; yang tertulis ${reason.length}.`;
    if (result !== 'masuk' && reason === '')
      return `Baris ${row}: tulis alasan dari aplikasi pusat untuk hasil "${HOUSEHOLD_RESULTS[result]}".`;
    const desilText = cell(at.desil);
    const desil = desilText === '' ? null : Number(desilText);
    if (desil !== null && !(Number.isInteger(desil) && desil >= DESIL_RANGE.min && desil <= DESIL_RANGE.max))
      return `Baris ${row}: desil "${desilText}" harus angka 1 sampai 10, atau dikosongkan.`;
    return { row, number, result, reason, desil };
  };
  const read = body.map((cells, index) => readRow(cells, index + 2));
  const problems = read.filter((each): each is string => typeof each === 'string');
  const results = read.filter((each): each is ImportedResult => typeof each !== 'string');
  if (problems.length > 0) return { ok: false, problems };
  if (results.length === 0) return { ok: false, problems: ['Tidak ada baris hasil di bawah judul kolom.'] };
  return { ok: true, results };
}

/** The photos of a household proposal, each a file field; the consent form only where the office wants one. */
export const HOUSEHOLD_PHOTOS = [
  { field: 'photo_house_front', label: 'Foto rumah tampak depan', maxFiles: 1, always: true },
  { field: 'photo_ktp', label: 'Foto KTP kepala keluarga', maxFiles: 1, always: true },
  { field: 'photo_kk', label: 'Foto Kartu Keluarga', maxFiles: 2, always: true },
  { field: 'photo_consent', label: 'Foto formulir persetujuan yang ditandatangani', maxFiles: 2, always: false },
] as const;
export type HouseholdPhotoField = (typeof HOUSEHOLD_PHOTOS)[number]['field'];
/**
 * What of a household is identity data, deleted once its result has been kept long enough (pb_hooks/lib/maintenance.js)
 * and at its data subject's request: NIK, KK and every photo. Name, village, stages and result stay for the office's figures.
 */
export const HOUSEHOLD_IDENTITY_FIELDS = ['nik', 'kk', ...HOUSEHOLD_PHOTOS.map((photo) => photo.field)] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The moment before which a household's result must have been recorded for its identity data to go,
 * counted in whole office-local (WIB) days: a result recorded on 1 March, kept 90 days, is deleted on
 * 30 May, at the first clean-up after midnight WIB — every household of one day at once.
 */
export function householdIdentityExpiry(now: Date, keptDays: number): Date {
  const officeToday = officeClock(now).toISOString().slice(0, 10);
  const firstKeptDay = Date.parse(`${officeToday}T00:00:00Z`) - (keptDays - 1) * DAY_MS;
  return fromOfficeClock(new Date(firstKeptDay));
}

/** Photos only (a house front is a picture; a scanned form is photographed): shrunk on the phone, EXIF removed. */
export const HOUSEHOLD_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Longest text each free-text field takes (characters); also the fields' `max` in PocketBase. */
export const HOUSEHOLD_TEXT_LIMITS = { head_name: 100, address: 200 } as const;
/** RT and RW as written on a KK: one to three digits. */
export const RT_RW_PATTERN = /^[0-9]{1,3}$/;

export interface HouseholdInput {
  head_name: string;
  nik: string;
  kk: string;
  address: string;
  rt: string;
  rw: string;
  /** Optional: residents follow their proposal with its last 4 digits, or with `chosen_digits`. */
  phone: string;
  chosen_digits: string;
  lat: number | null;
  lon: number | null;
  /** Metres, as the phone's GPS reported it; null for a point chosen on the map. */
  location_accuracy_m: number | null;
  /** Each question of the office's criteria list answered yes or no. */
  criteria: Record<string, boolean>;
  consent: boolean;
}

export interface HouseholdContext {
  /** The operator's kabupaten ("32.14"): a KK issued elsewhere is a warning. */
  kabupaten: string;
  /** The ids of the office's criteria questions, all of which must be answered. */
  criteriaIds: readonly string[];
}

/** Everything wrong with a household before it is kept; the server checks again with the same rules. */
export function householdProblems(
  input: HouseholdInput,
  context: HouseholdContext,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const name = input.head_name.trim();
  if (name === '') add('head_name', 'Tulis nama kepala keluarga seperti di KK.');
  else if (name.length > HOUSEHOLD_TEXT_LIMITS.head_name)
    add('head_name', `Nama paling panjang ${HOUSEHOLD_TEXT_LIMITS.head_name} huruf.`);
  const nik = readNik(input.nik);
  if (!nik.ok) add('nik', nik.message);
  const kk = readKk(input.kk, context.kabupaten);
  if (!kk.ok) add('kk', kk.message);
  const address = input.address.trim();
  if (address === '') add('address', 'Tulis alamat rumah: dusun/kampung atau nama jalan.');
  else if (address.length > HOUSEHOLD_TEXT_LIMITS.address)
    add('address', `Alamat paling panjang ${HOUSEHOLD_TEXT_LIMITS.address} huruf.`);
  if (!RT_RW_PATTERN.test(input.rt.trim())) add('rt', 'Tulis nomor RT dengan angka, misalnya 002.');
  if (!RT_RW_PATTERN.test(input.rw.trim())) add('rw', 'Tulis nomor RW dengan angka, misalnya 005.');
  const phone = input.phone.trim();
  if (phone !== '' && !isPhoneNumber(phone))
    add(
      'phone',
      `Nomor HP ditulis dengan angka, misalnya ${PHONE_EXAMPLE}; atau kosongkan bila keluarga tidak punya HP.`,
    );
  if (phone === '' && !isWellFormedVerifier(input.chosen_digits))
    add('chosen_digits', 'Tanpa nomor HP, pilih 4 angka bersama keluarga untuk mengecek status usulan, misalnya 2580.');
  if (input.lat === null || input.lon === null)
    add('location', 'Tentukan titik rumah: pakai GPS ponsel di depan rumah, atau pilih di peta.');
  const unanswered = context.criteriaIds.filter((id) => typeof input.criteria[id] !== 'boolean');
  if (unanswered.length > 0)
    add('criteria', `Jawab semua kriteria (ya atau tidak); ${unanswered.length} belum dijawab.`);
  if (!input.consent)
    add('consent', 'Usulan hanya dicatat bila keluarga menyetujui datanya dikirim untuk pengusulan DTSEN.');
  return problems;
}

/** What the operator should know but may go on with: a KK issued outside the kabupaten. */
export function householdWarnings(input: Pick<HouseholdInput, 'kk'>, kabupaten: string): string[] {
  const kk = readKk(input.kk, kabupaten);
  return kk.ok ? kk.warnings : [];
}
