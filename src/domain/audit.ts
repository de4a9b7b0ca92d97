// The audit trail: who did what to which record, and who read personal data. Entries form a hash
// chain — each entry's hash covers its content and the previous entry's hash, and entries are
// numbered without gaps — so an entry changed or removed later, even by someone with the database
// file, breaks the chain at that point (checked by GET /api/petugas/jejak-audit/periksa).

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
  'permohonan-online': 'mengajukan permohonan online',
  'dokumen-dikirim-ulang': 'mengirim ulang dokumen yang diminta',
  'pengaduan-online': 'mengirim pengaduan, konsultasi atau saran',
  complaint_events: 'menangani pengaduan',
  complaint_contacts: 'memberi tahu pelapor via WhatsApp',
  'tanggapan-pelapor': 'menanggapi jawaban pengaduan (pelapor)',
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
  'lihat-akun': 'melihat akun desa/Camat',
  'unduh-dokumen': 'membuka dokumen (KK/KTP dan lampiran)',
  'token-berkas': 'meminta izin membuka dokumen',
  'lihat-laporan': 'membuka laporan kinerja',
  'lihat-ringkasan': 'membuka ringkasan harian (permohonan dan pengaduan lewat waktu)',
  'lihat-jejak-audit': 'membuka jejak audit',
  'lihat-laporan-skm': 'membuka laporan survei kepuasan masyarakat (saran termasuk)',
  // Data kept only as long as needed
  'hapus-dokumen-kedaluwarsa': 'menghapus dokumen yang melewati masa simpan',
  'tutup-permohonan-terbengkalai': 'menutup permohonan online tanpa tindak lanjut dan menghapus dokumennya',
  'ekspor-data-pribadi': 'mengekspor data pribadi (permintaan pemilik data)',
  'hapus-data-pribadi': 'menghapus data pribadi (permintaan pemilik data)',
  'permintaan-data-pribadi': 'meminta salinan atau penghapusan data pribadinya (dari halaman Cek Status)',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** An entry's content, as the chain covers it (the stored record's fields, src/domain/records.ts). */
export type AuditContent = Pick<
  AuditLogRecord,
  | 'seq'
  | 'at'
  | 'agency'
  | 'actor_type'
  | 'actor_id'
  | 'actor_name'
  | 'action'
  | 'target_type'
  | 'target_id'
  | 'target_label'
> & {
  detail: Record<string, unknown>;
};

/** The exact text an entry's hash covers (before the previous hash is prepended). */
export function auditPayload(entry: AuditContent): string {
  const detail = Object.keys(entry.detail)
    .sort()
    .filter((key) => entry.detail[key] !== undefined && entry.detail[key] !== null)
    .map((key) => [key, entry.detail[key]]);
  return JSON.stringify([
    entry.seq,
    entry.at,
    entry.agency,
    entry.actor_type,
    entry.actor_id,
    entry.actor_name,
    entry.action,
    entry.target_type,
    entry.target_id,
    entry.target_label,
    detail,
  ]);
}

/** The hash before the first entry. */
export const AUDIT_GENESIS = '0'.repeat(64);
