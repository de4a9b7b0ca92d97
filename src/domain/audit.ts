// The audit trail: who did what to which record, and who read personal data. Each entry is sealed
// with an HMAC-SHA-256 under a key kept outside the database (pb_hooks/lib/audit_key.js) when it is
// written, in the same transaction as what it records; a single chainer then numbers entries
// without gaps and links each to the one before with a second HMAC (pb_hooks/lib/audit_chain.js).
// Someone holding the database file but not the key cannot change, insert, reorder or re-chain an
// entry unnoticed; cutting the tail shows against the chain head anchored outside the database
// every day. Checked by GET /api/petugas/jejak-audit/periksa and `pocketbase jejak-audit periksa-semua`.

import type { AuditLogRecord } from './records';

/** What happened, in the words the trail shows. */
export const AUDIT_ACTIONS = {
  // Changes
  requests: 'mendaftarkan permohonan',
  request_events: 'mencatat langkah permohonan',
  request_contacts: 'memberi tahu pemohon via WhatsApp',
  proposals: 'mengirim usulan logistik',
  proposal_events: 'mengubah status usulan',
  proposal_contacts: 'memberi tahu desa via WhatsApp',
  stock_entries: 'mencatat mutasi stok logistik',
  stock_releases: 'menyalurkan logistik (BAST)',
  legal_bases: 'mencatat dasar penyaluran logistik',
  household_proposals: 'mencatat usulan DTSEN (desa)',
  household_proposal_events: 'mengubah status usulan DTSEN',
  household_batches: 'mencatat musyawarah desa/SPTJM usulan DTSEN (desa)',
  'bast-diterima': 'melampirkan BAST yang ditandatangani penerima (logistik diterima desa)',
  'permohonan-online': 'mengajukan permohonan online',
  'dokumen-dikirim-ulang': 'mengirim ulang dokumen yang diminta',
  'pengaduan-online': 'mengirim pengaduan, konsultasi atau saran',
  complaint_events: 'menangani pengaduan',
  complaint_contacts: 'memberi tahu pelapor via WhatsApp',
  'tanggapan-pelapor': 'menanggapi jawaban pengaduan (pelapor)',
  'sanggah-diteruskan': 'meneruskan sanggah ke desa/kelurahan (tanpa identitas pelapor)',
  'sanggah-dibaca-desa': 'membaca sanggah yang diteruskan ke desa',
  operators: 'membuat akun operator desa',
  camats: 'membuat akun Camat',
  'ubah-akun': 'mengubah akun',
  'kode-aktivasi': 'membuat kode aktivasi akun (kata sandi lama tidak berlaku lagi)',
  aktivasi: 'mengaktifkan akun dan memilih kata sandi',
  // Sessions
  masuk: 'masuk',
  'gagal-masuk': 'gagal masuk (kata sandi salah atau akun tidak ada)',
  'masuk-ditahan': 'mencoba masuk saat akun atau alamat harus menunggu',
  'akun-ditahan': 'akun ditahan untuk perangkat baru: banyak percobaan masuk gagal dari berbagai alamat',
  keluar: 'keluar (semua sesi akun berakhir)',
  // Reads of personal data
  'lihat-permohonan': 'melihat data pemohon',
  'lihat-daftar-permohonan': 'melihat daftar permohonan',
  'lihat-usulan': 'melihat usulan desa',
  'lihat-pengaduan': 'melihat pengaduan (termasuk identitas pelapor bila tidak anonim)',
  'lihat-daftar-pengaduan': 'melihat daftar pengaduan',
  'lihat-daftar-usulan': 'melihat daftar usulan desa',
  'lihat-usulan-dtsen': 'melihat usulan DTSEN (NIK, KK, alamat)',
  'lihat-daftar-usulan-dtsen': 'melihat daftar usulan DTSEN',
  'lihat-musyawarah-dtsen': 'melihat musyawarah desa usulan DTSEN (berita acara)',
  'lihat-daftar-musyawarah-dtsen': 'melihat daftar musyawarah desa usulan DTSEN',
  'ekspor-usulan-dtsen': 'mengunduh usulan DTSEN terverifikasi untuk aplikasi pusat (NIK, KK, alamat)',
  'ekspor-ulang-usulan-dtsen': 'mengunduh ulang usulan DTSEN yang sudah pernah diunduh (NIK, KK, alamat)',
  'impor-hasil-dtsen': 'mengimpor hasil usulan DTSEN dari aplikasi pusat',
  'lihat-akun': 'melihat akun desa/Camat',
  'unduh-dokumen': 'membuka dokumen (KK/KTP dan lampiran)',
  'token-berkas': 'meminta izin membuka dokumen',
  'lihat-laporan': 'membuka laporan kinerja',
  'lihat-ringkasan': 'membuka ringkasan harian (permohonan dan pengaduan lewat waktu)',
  'lihat-jejak-audit': 'membuka jejak audit',
  'lihat-laporan-skm': 'membuka laporan survei kepuasan masyarakat (saran termasuk)',
  'lihat-laporan-stok':
    'membuka laporan stok logistik (kartu stok, laporan bulanan, penyaluran per bencana, peringatan)',
  // Data kept only as long as needed
  'hapus-dokumen-kedaluwarsa': 'menghapus dokumen yang melewati masa simpan',
  'tutup-permohonan-terbengkalai': 'menutup permohonan online tanpa tindak lanjut dan menghapus dokumennya',
  'ekspor-data-pribadi': 'mengekspor data pribadi (permintaan pemilik data)',
  'hapus-data-pribadi': 'menghapus data pribadi (permintaan pemilik data)',
  'permintaan-data-pribadi': 'meminta salinan atau penghapusan data pribadinya (dari halaman Cek Status)',
  // The trail itself
  'kunci-jejak-audit':
    'mulai menyegel jejak audit dengan kunci baru (entri sebelumnya tidak dapat dibuktikan dengannya)',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/**
 * An entry's stored text, as its own seal covers it: everything but its place in the chain. `at`
 * is when it happened, as PocketBase stores times ("2026-11-23 03:00:00.000Z"); `detail` the
 * stored text, auditDetailText() of the detail object.
 */
export type AuditEntryText = Pick<
  AuditLogRecord,
  | 'id'
  | 'at'
  | 'agency'
  | 'actor_type'
  | 'actor_id'
  | 'actor_name'
  | 'action'
  | 'target_type'
  | 'target_id'
  | 'target_label'
> & { detail: string };

/** A detail object as stored: keys sorted, empty values left out — one text for one meaning. */
export function auditDetailText(detail: Record<string, unknown>): string {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(detail).sort()) {
    if (detail[key] !== undefined && detail[key] !== null) kept[key] = detail[key];
  }
  return JSON.stringify(kept);
}

/** What an entry's seal (entry_mac) is the HMAC of. */
export function auditEntryPayload(entry: AuditEntryText): string {
  return `entri\n${JSON.stringify([
    entry.id,
    entry.at,
    entry.agency,
    entry.actor_type,
    entry.actor_id,
    entry.actor_name,
    entry.action,
    entry.target_type,
    entry.target_id,
    entry.target_label,
    entry.detail,
  ])}`;
}

/** What an entry's link in the chain (mac) is the HMAC of: the link before it, its number, its seal. */
export function auditChainPayload(previousMac: string, seq: number, entryMac: string): string {
  return `rantai\n${previousMac}\n${seq}\n${entryMac}`;
}

/**
 * Where the key file and the anchors are when LAYANAN_AUDIT_KEY_FILE and LAYANAN_AUDIT_ANCHOR_DIR
 * are not set: beside the data folder, named after it (`pb_data.kunci-jejak-audit`) — outside it,
 * so no copy of the data folder carries them.
 */
export const AUDIT_KEY_BESIDE_DATA = '.kunci-jejak-audit';
export const AUDIT_ANCHORS_BESIDE_DATA = '.jangkar-jejak-audit';

/** The link before the first entry. */
export const AUDIT_GENESIS = '0'.repeat(64);

/** The chain head written outside the database (a file copied to the backup replica) and printed with the daily summary. */
export interface AuditAnchor {
  seq: number;
  /** When the head entry happened. */
  at: string;
  mac: string;
  /** When the anchor was written (ISO). */
  writtenAt: string;
}

/** Ways the trail can be found broken, as the kepala bidang reads them. */
export const AUDIT_PROBLEMS = {
  'isi-diubah': 'isi entri diubah sesudah dicatat',
  'rantai-putus':
    'entri tidak tersambung dengan entri sebelumnya: disisipkan, diurutkan ulang atau dirantai ulang tanpa kunci',
  'nomor-hilang': 'nomor entri hilang: entri dihapus',
  'ekor-hilang':
    'entri yang tercatat di jangkar tidak ada lagi atau berbeda: entri terakhir dihapus, atau basis data dikembalikan ke keadaan lebih lama',
  disisipkan: 'ada entri yang ditambahkan langsung ke basis data, di luar aplikasi (segelnya tidak sah)',
} as const;
export type AuditProblem = keyof typeof AUDIT_PROBLEMS;

/** What a check of the trail found (GET /api/petugas/jejak-audit/periksa, and the daily summary). */
export interface AuditCheck {
  intact: boolean;
  /** Entries in the chain (the head's number). */
  entries: number;
  head: { seq: number; at: string; mac: string } | null;
  /** The first entry found broken, and how; null when intact. */
  brokenAt: number | null;
  problem: AuditProblem | null;
  /** In words, for people. */
  finding: string;
  /** The entries this check read: those new since the last check, and a slice of older ones in rotation. */
  checked: { from: number; to: number } | null;
  swept: { from: number; to: number } | null;
  /** When the whole trail was last read end to end (the rotation or `pocketbase jejak-audit periksa-semua`). */
  wholeTrailCheckedAt: string | null;
  /** The newest anchor written outside the database, compared with the chain. */
  anchor: AuditAnchor | null;
  /** Entries written but not yet chained (the chainer numbers them within a second). */
  pending: number;
  /** Entries before this number cannot be proven with the current key (written before the trail had a key, or under a key that was lost). */
  provableFrom: number;
  checkedAt: string;
}
