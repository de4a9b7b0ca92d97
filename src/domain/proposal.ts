// The rules of a disaster-logistics proposal (SIYANSOS Purwakarta leaflet), checked the same way in
// the form (step by step) and in the PocketBase hook: every message is Indonesian and names the
// field. The limits are also the proposals collection's field options
// (tests/integration/schema-agreement.test.ts).
import { PHONE_EXAMPLE, isPhoneNumber } from './phone';
import { HIDDEN_CONTROLS_MESSAGE, hasHiddenControls } from './text';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES, wrongFileTypeMessage } from './document-files';
import { groupDigits } from './numbers';

export const DISASTER_TYPES = {
  banjir: 'Banjir',
  'tanah-longsor': 'Tanah longsor',
  'angin-puting-beliung': 'Angin puting beliung',
  kebakaran: 'Kebakaran',
  'gempa-bumi': 'Gempa bumi',
  kekeringan: 'Kekeringan',
  lainnya: 'Lainnya',
} as const;
export type DisasterType = keyof typeof DISASTER_TYPES;

export const VICTIM_COUNTS = {
  victims_kk: 'Jumlah KK terdampak',
  victims_people: 'Jumlah jiwa terdampak',
  deaths: 'Meninggal',
  injured: 'Luka-luka',
  displaced: 'Mengungsi',
} as const;

export const HOUSE_COUNTS = {
  houses_light: 'Rumah rusak ringan',
  houses_moderate: 'Rumah rusak sedang',
  houses_heavy: 'Rumah rusak berat',
} as const;

export const COUNT_FIELDS = { ...VICTIM_COUNTS, ...HOUSE_COUNTS };
export type CountField = keyof typeof COUNT_FIELDS;

/** The four documents the leaflet asks for, each a file field of the proposal. */
export const DOCUMENTS = [
  { field: 'doc_request_letter', label: 'Surat Permohonan Usulan', maxFiles: 3 },
  { field: 'doc_chronology', label: 'Kronologis & Dokumentasi Kejadian Bencana', maxFiles: 10 },
  { field: 'doc_victims_losses', label: 'Jumlah Korban dan Kerugian', maxFiles: 5 },
  { field: 'doc_kk_ktp', label: 'Lampiran KK dan KTP Korban Bencana', maxFiles: 30 },
] as const;
export type DocumentField = (typeof DOCUMENTS)[number]['field'];

/** Longest text each free-text field takes (characters); also the fields' `max` in PocketBase. */
export const TEXT_LIMITS = {
  disaster_type_other: 100,
  location_note: 300,
  chronology: 5000,
  public_facilities: 2000,
  other_losses: 2000,
  contact_name: 100,
} as const;
/** A count above this is surely a typing mistake (Purwakarta has about a million residents). */
export const MAX_COUNT = 1_000_000;

/** All documents of one proposal together; photos are shrunk on the phone to well under 1 MB each. */
export const MAX_PROPOSAL_BYTES = 50 * 1024 * 1024;
/** A logistics quantity above this is surely a typing mistake. */
export const MAX_LOGISTICS_QUANTITY = 1_000_000;

export const MAX_LOGISTICS_ITEMS = 50;

export const RECIPIENTS = { kepala_dinas: 'Kepala Dinas Sosial P3A', camat: 'Camat (Lambung Sosial)' } as const;
export type Recipient = keyof typeof RECIPIENTS;

export const FIELD_LABELS: Record<string, string> = {
  disaster_type: 'Jenis bencana',
  disaster_type_other: 'Jenis bencana lainnya',
  occurred_at: 'Tanggal dan jam kejadian',
  location_note: 'Lokasi kejadian di desa',
  location_lat: 'Titik lokasi',
  location_lon: 'Titik lokasi',
  chronology: 'Kronologi kejadian',
  public_facilities: 'Fasilitas umum yang rusak',
  other_losses: 'Kerugian lainnya',
  logistics: 'Kebutuhan logistik',
  recipient: 'Ditujukan kepada',
  contact_name: 'Nama petugas yang dapat dihubungi',
  contact_phone: 'Nomor HP petugas',
  idempotency_key: 'Kunci pengiriman',
  ...COUNT_FIELDS,
  ...Object.fromEntries(DOCUMENTS.map((document) => [document.field, document.label])),
};

export interface LogisticsItem {
  item: string;
  quantity: number;
  unit: string;
}

export interface ProposalInput {
  disaster_type: string;
  disaster_type_other: string;
  occurred_at: string;
  location_note: string;
  location_lat: number | null;
  location_lon: number | null;
  chronology: string;
  public_facilities: string;
  other_losses: string;
  logistics: LogisticsItem[];
  recipient: string;
  contact_name: string;
  contact_phone: string;
  counts: Partial<Record<CountField, number | null>>;
}

export interface ProposalProblem {
  field: string;
  message: string;
}

/** Purwakarta with a margin: a picked point outside it is surely a mistake. */
const PURWAKARTA_BOUNDS = { south: -6.85, north: -6.33, west: 107.15, east: 107.67 };
/** "5.000" (src/domain/numbers.ts). */
const thousands = (value: number) => groupDigits(String(value));

/** Phone clocks run a little fast; a few minutes in the future is still "now". */
const CLOCK_TOLERANCE_MS = 10 * 60 * 1000;

export function proposalProblems(
  input: ProposalInput,
  context: { now: Date; lambungSosial: boolean },
): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const blank = (value: string | null | undefined) => !value || value.trim() === '';
  for (const [field, limit] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
    if (hasHiddenControls(input[field])) add(field, `${FIELD_LABELS[field]} ${HIDDEN_CONTROLS_MESSAGE}`);
    else if (input[field].length > limit)
      add(
        field,
        `${FIELD_LABELS[field]}: paling banyak ${thousands(limit)} huruf${field === 'chronology' ? '; lampirkan sisanya sebagai dokumen' : ''}.`,
      );
  }

  if (!(input.disaster_type in DISASTER_TYPES)) add('disaster_type', 'Pilih jenis bencana.');
  if (input.disaster_type === 'lainnya' && blank(input.disaster_type_other))
    add('disaster_type_other', 'Tuliskan jenis bencananya.');

  const occurred = new Date(input.occurred_at);
  if (blank(input.occurred_at) || Number.isNaN(occurred.getTime())) add('occurred_at', 'Isi tanggal dan jam kejadian.');
  else if (occurred.getTime() > context.now.getTime() + CLOCK_TOLERANCE_MS)
    add('occurred_at', 'Tanggal dan jam kejadian tidak boleh di masa depan.');

  if (blank(input.location_note))
    add('location_note', 'Tuliskan lokasi kejadian di desa, misalnya dusun, RT/RW atau nama jalan.');
  if ((input.location_lat == null) !== (input.location_lon == null))
    add('location_lat', 'Titik lokasi tidak lengkap; pilih ulang di peta atau hapus titiknya.');
  else if (input.location_lat != null && input.location_lon != null) {
    const { south, north, west, east } = PURWAKARTA_BOUNDS;
    if (
      input.location_lat < south ||
      input.location_lat > north ||
      input.location_lon < west ||
      input.location_lon > east
    ) {
      add('location_lat', 'Titik lokasi berada di luar Kabupaten Purwakarta; pilih ulang di peta atau hapus titiknya.');
    }
  }
  if (blank(input.chronology)) add('chronology', 'Tuliskan kronologi kejadian: apa yang terjadi, kapan, dan di mana.');

  for (const [field, label] of Object.entries(COUNT_FIELDS) as [CountField, string][]) {
    const value = input.counts[field];
    if (value == null || Number.isNaN(value)) add(field, `${label}: isi angka, tulis 0 jika tidak ada.`);
    else if (!Number.isInteger(value) || value < 0) add(field, `${label}: harus bilangan bulat 0 atau lebih.`);
    else if (value > MAX_COUNT) add(field, `${label}: angkanya terlalu besar, periksa kembali.`);
  }

  if (input.logistics.length === 0) add('logistics', 'Tambahkan paling sedikit satu kebutuhan logistik.');
  else if (input.logistics.length > MAX_LOGISTICS_ITEMS)
    add('logistics', `Paling banyak ${MAX_LOGISTICS_ITEMS} jenis logistik.`);
  input.logistics.forEach((row, index) => {
    const number = index + 1;
    if (blank(row.item)) add('logistics', `Kebutuhan logistik baris ${number}: tuliskan nama barangnya.`);
    if (!(typeof row.quantity === 'number' && row.quantity > 0 && Number.isFinite(row.quantity)))
      add('logistics', `Kebutuhan logistik baris ${number}: jumlah harus lebih dari 0.`);
    else if (row.quantity > MAX_LOGISTICS_QUANTITY)
      add('logistics', `Kebutuhan logistik baris ${number}: jumlahnya terlalu besar, periksa kembali.`);
    if (hasHiddenControls(`${row.item}${row.unit}`))
      add('logistics', `Kebutuhan logistik baris ${number} ${HIDDEN_CONTROLS_MESSAGE}`);
    if (blank(row.unit))
      add('logistics', `Kebutuhan logistik baris ${number}: tuliskan satuannya, misalnya dus, kg, lembar.`);
  });

  if (!(input.recipient in RECIPIENTS)) add('recipient', 'Pilih kepada siapa usulan ditujukan.');
  else if (input.recipient === 'camat' && !context.lambungSosial) {
    add(
      'recipient',
      'Usulan kepada Camat hanya untuk kecamatan yang memiliki Lambung Sosial (Darangdan, Sukatani, Kiarapedes, ' +
        'Sukasari). Tujukan kepada Kepala Dinas Sosial P3A.',
    );
  }
  if (blank(input.contact_name)) add('contact_name', 'Tuliskan nama petugas desa yang dapat dihubungi.');
  if (!isPhoneNumber(input.contact_phone))
    add('contact_phone', `Tuliskan nomor HP yang dapat dihubungi, misalnya ${PHONE_EXAMPLE}.`);
  return problems;
}

export interface FileFacts {
  name: string;
  /** null where the type is judged elsewhere (PocketBase detects it from the content). */
  type: string | null;
  size: number;
}

/** Problems with all the documents of a proposal together. */
export function totalSizeProblems(files: FileFacts[]): ProposalProblem[] {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total <= MAX_PROPOSAL_BYTES) return [];
  return [
    {
      field: 'doc_kk_ktp',
      message: `Semua dokumen bersama-sama paling besar ${MAX_PROPOSAL_BYTES / 1024 / 1024} MB; kirim foto yang lebih kecil atau lebih sedikit.`,
    },
  ];
}

/** Problems with the files attached to one document field. */
export function documentProblems(field: DocumentField, files: FileFacts[]): ProposalProblem[] {
  const document = DOCUMENTS.find((candidate) => candidate.field === field)!;
  const problems: ProposalProblem[] = [];
  if (files.length === 0)
    problems.push({ field, message: `${document.label}: lampirkan paling sedikit satu foto atau PDF.` });
  if (files.length > document.maxFiles)
    problems.push({ field, message: `${document.label}: paling banyak ${document.maxFiles} file.` });
  for (const file of files) {
    if (file.type !== null && !(ALLOWED_FILE_TYPES as readonly string[]).includes(file.type))
      problems.push({ field, message: wrongFileTypeMessage(document.label, file.name) });
    else if (file.size > MAX_FILE_BYTES)
      problems.push({
        field,
        message: `${document.label}: "${file.name}" lebih dari ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
      });
  }
  return problems;
}
