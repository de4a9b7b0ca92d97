// Konsultasi & pengaduan online: what a resident may send, who may see what of it, and its
// deadlines. The same checks run in the form (src/islands/complaint/) and in the server
// (pocketbase/pb_hooks/complaints.pb.js).
//
// Identity options as SP4N-LAPOR! names them. "Anonim" collects no name and no contact at all —
// only the last four digits of a phone number, which open the status page and identify nobody:
// what is not stored cannot leak through a rule written wrong, a backup, or a staff member who
// knows the complainant, and an answer by WhatsApp would show staff the number anyway. Anonymous
// complainants read the answer on the status page.
import { PHONE_EXAMPLE, isPhoneNumber, isWellFormedVerifier } from './phone';
import { HIDDEN_CONTROLS_MESSAGE, hasHiddenControls } from './text';
import { addWorkingDays, type WorkingCalendar } from './working-days';
import type { ComplaintStatus } from './statuses';
import { COMPLAINT_KINDS } from './kinds-of-complaints';

export { COMPLAINT_KINDS, REFERRALS, type ComplaintKind, type Referral } from './kinds-of-complaints';

export const COMPLAINT_IDENTITIES = {
  biasa: {
    label: 'Biasa',
    hint: 'Nama dan kontak Anda dilihat petugas kantor yang menangani, supaya dapat menghubungi Anda. Tidak pernah tampil untuk publik.',
  },
  anonim: {
    label: 'Anonim',
    hint:
      'Kami tidak meminta nama dan kontak Anda sama sekali. Petugas hanya membaca isi pengaduan. Jawaban dibaca ' +
      'di halaman Cek Status dengan nomor pengaduan.',
  },
  rahasia: {
    label: 'Rahasia',
    hint: 'Nama dan kontak dilihat petugas yang menangani, tetapi pengaduan ini dan jawabannya tidak pernah ditampilkan untuk publik, juga tanpa nama.',
  },
} as const;
export type ComplaintIdentity = keyof typeof COMPLAINT_IDENTITIES;

export const REPLY_CHANNELS = {
  whatsapp: 'WhatsApp',
  telepon: 'Telepon',
  email: 'Email',
  'halaman-status': 'Hanya di halaman Cek Status',
} as const;
export type ReplyChannel = keyof typeof REPLY_CHANNELS;
/** The channel staff may send WhatsApp updates on: only to complainants who chose it. */
export const WHATSAPP_REPLY = 'whatsapp' satisfies ReplyChannel;

/** Anonymous complainants give no contact: the status page is their only channel. */
export function replyChannelsFor(identity: ComplaintIdentity): ReplyChannel[] {
  return identity === 'anonim' ? ['halaman-status'] : ['whatsapp', 'telepon', 'email', 'halaman-status'];
}

/**
 * A complaint about one's own request or proposal names its number, which leads staff to the
 * applicant: it cannot be anonymous. A sanggah reports a neighbour: never "biasa", so that its
 * reporter is known to the office's staff at most, and to nobody when anonymous.
 */
export function identitiesFor(aboutNumber: string | null, kind: string = ''): ComplaintIdentity[] {
  if (kind === 'sanggah') return ['rahasia', 'anonim'];
  return aboutNumber ? ['biasa', 'rahasia'] : ['biasa', 'anonim', 'rahasia'];
}

/**
 * Why a reporter believes a recipient is not eligible (sanggah, the DTSEN explainer's "sanggah"):
 * the reasons a village deliberation weighs; anything else is "lainnya", told in the description.
 */
export const SANGGAH_REASONS = {
  mampu: 'Keluarga mampu (rumah, kendaraan, usaha atau penghasilan cukup)',
  meninggal: 'Penerima sudah meninggal dunia',
  pindah: 'Sudah pindah dari desa/kelurahan ini',
  ganda: 'Terdaftar lebih dari sekali',
  lainnya: 'Alasan lain (ceritakan di bawah)',
} as const;
export type SanggahReason = keyof typeof SANGGAH_REASONS;

/** What a sanggah names, and what the office may forward to the village (never who reported it). */
export interface SanggahInput {
  /** Kemendagri code of the recipient's village ("32.14.06.2006"), in the chosen office's kabupaten. */
  village: string;
  rt: string;
  rw: string;
  /** The recipient's name as the reporter knows it. */
  name: string;
  reason: string;
}

export const SANGGAH_LIMITS = { name: 100, forwardNote: 500 } as const;
const RT_RW = /^[0-9]{1,3}$/;
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

function sanggahProblems(sanggah: SanggahInput, add: (field: string, message: string) => void) {
  if (!VILLAGE_CODE.test(sanggah.village)) add('sanggah_village', 'Pilih desa/kelurahan tempat penerima itu tinggal.');
  if (!RT_RW.test(sanggah.rt.trim())) add('sanggah_rt', 'Tulis nomor RT dengan angka, misalnya 002.');
  if (!RT_RW.test(sanggah.rw.trim())) add('sanggah_rw', 'Tulis nomor RW dengan angka, misalnya 005.');
  const name = sanggah.name.trim();
  if (name === '') add('sanggah_name', 'Tulis nama penerima seperti yang Anda kenal.');
  else if (name.length > SANGGAH_LIMITS.name) add('sanggah_name', `Nama paling banyak ${SANGGAH_LIMITS.name} huruf.`);
  else if (hasHiddenControls(name)) add('sanggah_name', `Nama ${HIDDEN_CONTROLS_MESSAGE}`);
  if (!(sanggah.reason in SANGGAH_REASONS)) add('sanggah_reason', 'Pilih alasan Anda.');
}

export const COMPLAINT_LIMITS = {
  name: 100,
  description: 2000,
  email: 200,
  /** The photo after it was shrunk and stripped on the phone is ~200–500 KB. */
  photoBytes: 3 * 1024 * 1024,
  publicNote: 2000,
  unit: 120,
} as const;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/**
 * Deadlines in working days (src/domain/working-days.ts), SP4N-LAPOR! practice (Perpres 76/2013,
 * PermenPANRB 62/2018): verified within 3 working days of receipt, followed up — answered —
 * within 5 working days of verification. An office may set its own in content (agency
 * `complaintDeadlines`).
 */
export const DEFAULT_COMPLAINT_DEADLINES = { verificationWorkingDays: 3, followUpWorkingDays: 5 } as const;
export interface ComplaintDeadlines {
  verificationWorkingDays: number;
  followUpWorkingDays: number;
}

/** After an answer, the complainant may say it is not resolved — reopening it — for this many days. */
export const REOPEN_DAYS = 14;

/** What the complainant may answer once the office has answered, and what each does. */
export const COMPLAINANT_REPLIES = {
  'sudah-selesai': { label: 'Sudah selesai — masalah saya teratasi', status: 'selesai' },
  'belum-selesai': { label: 'Belum selesai — buka kembali pengaduan ini', status: 'dibuka-kembali' },
} as const satisfies Record<string, { label: string; status: ComplaintStatus }>;
export type ComplainantReply = keyof typeof COMPLAINANT_REPLIES;

/** The replies open to a complainant now: after an answer, and reopening until REOPEN_DAYS after it. */
export function repliesOpen(status: ComplaintStatus, answeredAt: Date | null, now: Date): ComplainantReply[] {
  if (!answeredAt || now.getTime() > answeredAt.getTime() + REOPEN_DAYS * 24 * 60 * 60 * 1000) return [];
  if (status === 'dijawab') return ['sudah-selesai', 'belum-selesai'];
  if (status === 'selesai') return ['belum-selesai'];
  return [];
}

export interface ComplaintInput {
  kind: string;
  identity: string;
  agency: string;
  description: string;
  replyChannel: string;
  name: string;
  phone: string;
  email: string;
  /** Anonymous complainants: the last four digits of a phone number, their key to the status page. */
  verifierDigits: string;
  photo: { name: string; type: string | null; size: number } | null;
  aboutNumber: string | null;
  /** A sanggah's recipient; null for every other kind. */
  sanggah: SanggahInput | null;
  consent: boolean;
}

export interface ComplaintProblem {
  field: string;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOOKS_LIKE_NIK = /(^|\D)\d{16}(\D|$)/;

export function complaintProblems(input: ComplaintInput): ComplaintProblem[] {
  const problems: ComplaintProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!(input.kind in COMPLAINT_KINDS)) add('kind', 'Pilih jenisnya: pengaduan, konsultasi, saran atau sanggah.');
  if (input.kind === 'sanggah') {
    if (input.aboutNumber) add('about_number', 'Sanggah tidak dikirim tentang permohonan Anda sendiri.');
    if (!input.sanggah) add('sanggah_village', 'Pilih desa/kelurahan tempat penerima itu tinggal.');
    else sanggahProblems(input.sanggah, add);
  }
  if (input.agency.trim() === '') add('agency', 'Pilih kantor yang Anda tuju.');
  const description = input.description.trim();
  if (description === '') add('description', 'Ceritakan apa yang terjadi atau apa yang ingin Anda tanyakan.');
  else if (description.length > COMPLAINT_LIMITS.description)
    add('description', `Paling banyak ${COMPLAINT_LIMITS.description} huruf; ringkas ceritanya.`);
  else if (LOOKS_LIKE_NIK.test(description))
    add('description', 'Jangan menuliskan NIK. Petugas tidak memerlukannya untuk menjawab.');
  else if (hasHiddenControls(description)) add('description', `Cerita ${HIDDEN_CONTROLS_MESSAGE}`);

  const identity = input.identity as ComplaintIdentity;
  if (!(identity in COMPLAINT_IDENTITIES)) add('identity', 'Pilih bagaimana identitas Anda diperlakukan.');
  else if (!identitiesFor(input.aboutNumber, input.kind).includes(identity))
    add(
      'identity',
      input.kind === 'sanggah'
        ? 'Sanggah selalu rahasia atau anonim: pilih salah satunya, supaya identitas Anda tidak diketahui orang yang Anda laporkan.'
        : 'Pengaduan tentang permohonan Anda sendiri tidak dapat anonim: nomornya menunjukkan siapa pemohonnya. Pilih biasa atau rahasia.',
    );

  if (identity === 'anonim') {
    if (input.name.trim() !== '' || input.phone.trim() !== '' || input.email.trim() !== '')
      add('identity', 'Pengaduan anonim tidak boleh berisi nama atau kontak.');
    if (!isWellFormedVerifier(input.verifierDigits))
      add(
        'verifier_digits',
        'Tuliskan 4 angka, misalnya 4 angka terakhir nomor HP Anda. Angka ini dipakai untuk membuka jawaban di halaman Cek Status.',
      );
    if (input.replyChannel !== 'halaman-status')
      add('reply_channel', 'Jawaban pengaduan anonim hanya dapat dibaca di halaman Cek Status.');
  } else if (identity in COMPLAINT_IDENTITIES) {
    const name = input.name.trim();
    if (name === '') add('name', 'Tuliskan nama Anda.');
    else if (name.length > COMPLAINT_LIMITS.name) add('name', `Nama paling banyak ${COMPLAINT_LIMITS.name} huruf.`);
    else if (hasHiddenControls(name)) add('name', `Nama ${HIDDEN_CONTROLS_MESSAGE}`);
    if (!isPhoneNumber(input.phone))
      add(
        'phone',
        `Tuliskan nomor HP yang aktif, misalnya ${PHONE_EXAMPLE}: 4 angka terakhirnya dipakai untuk cek status.`,
      );
    if (!(input.replyChannel in REPLY_CHANNELS)) add('reply_channel', 'Pilih cara Anda ingin dijawab.');
    const email = input.email.trim();
    if (input.replyChannel === 'email' && email === '')
      add('email', 'Tuliskan alamat email untuk jawaban, misalnya nama@contoh.id.');
    else if (email !== '' && (!EMAIL.test(email) || email.length > COMPLAINT_LIMITS.email))
      add('email', 'Alamat email tidak lengkap, misalnya nama@contoh.id.');
  }

  if (input.photo) {
    if (input.photo.type !== null && !(PHOTO_TYPES as readonly string[]).includes(input.photo.type))
      add('photo', `"${input.photo.name}" bukan foto (JPEG, PNG atau WebP).`);
    if (input.photo.size > COMPLAINT_LIMITS.photoBytes)
      add('photo', `Foto paling besar ${COMPLAINT_LIMITS.photoBytes / 1024 / 1024} MB.`);
  }
  if (!input.consent)
    add('consent', 'Centang persetujuan agar petugas dapat membaca dan menindaklanjuti pengaduan Anda.');
  return problems;
}

/** When a complaint received now must be verified by. */
export function verificationDue(receivedAt: Date, deadlines: ComplaintDeadlines, calendar: WorkingCalendar): Date {
  return addWorkingDays(receivedAt, deadlines.verificationWorkingDays, calendar);
}

/** When a complaint verified (or reopened) now must be answered by. */
export function answerDue(from: Date, deadlines: ComplaintDeadlines, calendar: WorkingCalendar): Date {
  return addWorkingDays(from, deadlines.followUpWorkingDays, calendar);
}

/**
 * The statuses in which a complaint waits for the office (verification or an answer); its `due_at`
 * is that deadline. Late is read from here by src/domain/cases/complaints.ts.
 */
export const COMPLAINT_WAITING_STATUSES: readonly ComplaintStatus[] = [
  'diterima',
  'diverifikasi',
  'didisposisikan',
  'dibuka-kembali',
];
