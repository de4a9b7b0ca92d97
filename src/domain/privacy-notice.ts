// The privacy notice (/privasi/, UU 27/2022): what the site keeps about people, why, on what
// basis, who sees it, for how long, and what residents may ask. It is written from what the app
// enforces, not beside it: who sees each kind of data is read from the API rules
// (access-rules.ts, themselves derived from roles.ts), what the request log keeps from
// request-log.ts, fixed periods from the constants the server uses, and the periods a deployment
// sets from the server itself (GET /api/layanan/ketentuan: PrivacySettings, retention.ts) when the page opens.
import { ACCESS_RULES, type CollectionName } from './access-rules';
import { LOOKUP_FAILURE_WINDOW_MS } from './proof-of-work';
import { REQUEST_LOG_CONTENTS } from './request-log';
import { STAFF_ROLES, type StaffRole } from './roles';
import { RESPONDENT_PROFILE } from './satisfaction-survey';
import { SIGN_IN_POLICY } from './sign-in';
import { UNVERIFIED_APPLICATION_DAYS } from './storage-guard';
import type { Retention } from './retention';

export { type PrivacySettings, type Retention, retentionText } from './retention';

/** One kind of personal data the site keeps. */
export interface PersonalDataKind {
  id: string;
  title: string;
  /** What is kept. */
  data: string;
  /** From whom it comes. */
  from: string;
  purpose: string;
  /** The basis of processing (UU 27/2022 Pasal 20 ayat (2)), in plain words. */
  basis: string;
  /** The collections that hold it: who sees them is read from their API rules. */
  collections: CollectionName[];
  /** Who sees it where no collection says (the request log is PocketBase's own). */
  seenBy?: string[];
  retention: Retention[];
}

const hours = (ms: number) => Math.round(ms / 3600_000);
const minutes = (ms: number) => Math.round(ms / 60_000);
const AS_ARCHIVE =
  'disimpan sebagai arsip pelayanan kantor dan tidak dihapus otomatis; Anda dapat meminta salinan atau penghapusannya (lihat Hak Anda).';
const PUBLIC_SERVICE = 'Pelaksanaan tugas pelayanan publik dan kewenangan kantor menurut peraturan perundang-undangan';

export const PERSONAL_DATA: readonly PersonalDataKind[] = [
  {
    id: 'permohonan',
    title: 'Permohonan layanan (di loket atau online)',
    data:
      'Nama, nomor HP, isian persyaratan, dokumen yang diminta standar pelayanan (foto atau PDF KTP, KK dan surat lain), ' +
      'catatan petugas, langkah dan tanggalnya.',
    from: 'Anda sendiri (permohonan online) atau petugas loket yang mencatat permohonan Anda.',
    purpose: 'Memproses permohonan Anda sesuai standar pelayanan dan memberi tahu perkembangannya.',
    basis: `${PUBLIC_SERVICE} (UU 25/2009 tentang Pelayanan Publik); untuk permohonan online juga persetujuan Anda saat mengirim.`,
    collections: ['requests', 'request_events', 'request_contacts'],
    retention: [
      {
        before: 'Dokumen: dihapus otomatis ',
        setting: 'documentRetentionDays',
        after: ' hari setelah permohonan selesai atau ditolak.',
      },
      {
        text: `Permohonan online yang tidak ditindaklanjuti siapa pun selama ${UNVERIFIED_APPLICATION_DAYS} hari: ditutup, dokumennya langsung dihapus.`,
      },
      { text: `Nama, nomor HP dan riwayat permohonan: ${AS_ARCHIVE}` },
    ],
  },
  {
    id: 'pengaduan',
    title: 'Pengaduan, konsultasi dan saran',
    data:
      'Isi pengaduan dan foto bila dilampirkan. Pengaduan biasa dan rahasia: juga nama dan nomor HP atau email. ' +
      'Pengaduan anonim: tanpa nama dan kontak apa pun, hanya empat angka pilihan Anda untuk membuka halaman status. ' +
      'Sanggah (selalu rahasia atau anonim): juga nama penerima yang disanggah seperti dikenal pelapor, desa, RT/RW dan ' +
      'alasannya — hanya itu dan catatan kantor yang dapat diteruskan kantor ke desa tersebut, tidak pernah identitas ' +
      'atau cerita pelapor.',
    from: 'Anda sendiri, lewat halaman Pengaduan; untuk sanggah, data penerima yang disanggah berasal dari pelapor.',
    purpose:
      'Menindaklanjuti dan menjawab pengaduan Anda, dan menghitung penanganan pengaduan dalam laporan kinerja (hanya jumlah).',
    basis: `${PUBLIC_SERVICE} (kewajiban mengelola pengaduan, UU 25/2009 Pasal 36), dengan persetujuan Anda saat mengirim.`,
    collections: ['complaints', 'complaint_events', 'complaint_contacts'],
    retention: [
      {
        before: 'Foto: dihapus otomatis ',
        setting: 'documentRetentionDays',
        after: ' hari setelah pengaduan ditutup.',
      },
      { text: `Isi dan identitas pelapor: ${AS_ARCHIVE}` },
    ],
  },
  {
    id: 'usulan',
    title: 'Usulan logistik bencana dari desa',
    data: 'Nama dan nomor HP kontak desa, lokasi dan kronologi kejadian, jumlah korban dan kerugian, lampiran (surat, foto, KK dan KTP korban).',
    from: 'Operator desa, atas nama desanya.',
    purpose: 'Memeriksa, memutuskan dan mengirim bantuan logistik bencana.',
    basis: `${PUBLIC_SERVICE} dalam penanggulangan bencana.`,
    collections: ['proposals', 'proposal_events', 'proposal_contacts'],
    retention: [
      {
        before: 'Lampiran (termasuk KK dan KTP korban): dihapus otomatis ',
        setting: 'documentRetentionDays',
        after: ' hari setelah usulan selesai.',
      },
      { text: `Isi usulan: ${AS_ARCHIVE}` },
    ],
  },
  {
    id: 'usulan-dtsen',
    title: 'Usulan keluarga ke DTSEN dari desa (Pengisi Data Desa)',
    data:
      'NIK dan nomor KK, nama kepala keluarga, alamat, titik rumah, foto rumah, jawaban kriteria kemiskinan, ' +
      'persetujuan keluarga, empat angka untuk halaman status, hasil musyawarah desa (berita acara, jumlah hadir, ' +
      'alasan bila tidak disepakati), verifikasi dan hasilnya.',
    from: 'Operator desa yang mencatatnya bersama keluarga yang diusulkan, dengan persetujuan keluarga itu.',
    purpose:
      'Mengusulkan keluarga ke Data Tunggal Sosial Ekonomi Nasional (DTSEN): musyawarah desa, verifikasi Dinas Sosial, ' +
      'pengiriman ke pusat, dan memberi tahu keluarga hasilnya.',
    basis: `${PUBLIC_SERVICE} (Inpres 4/2025 tentang DTSEN), dengan persetujuan keluarga saat dicatat.`,
    collections: ['household_proposals', 'household_proposal_events', 'household_batches'],
    retention: [
      {
        // pb_hooks/lib/maintenance.js: deleteExpiredHouseholdIdentities, counted in office days.
        before: 'NIK, nomor KK dan semua foto: dihapus otomatis ',
        setting: 'documentRetentionDays',
        after: ' hari (menurut tanggal di kantor, WIB) setelah hasil dari pusat dicatat.',
      },
      { text: `Nama kepala keluarga, alamat, tahapan dan hasilnya: ${AS_ARCHIVE}` },
    ],
  },
  {
    id: 'logistik',
    title: 'Penyaluran logistik bencana dari gudang',
    data: 'Nama dan jabatan yang menyerahkan dan yang menerima pada BAST, foto BAST yang ditandatangani, dan akun yang mencatat setiap mutasi stok.',
    from: 'Petugas Dinas atau Camat yang menyalurkan; penerima menandatangani BAST di desa.',
    purpose: 'Mempertanggungjawabkan setiap barang logistik bencana yang masuk dan keluar gudang.',
    basis: `${PUBLIC_SERVICE} dalam penanggulangan bencana.`,
    collections: ['stock_releases', 'stock_entries', 'legal_bases'],
    retention: [
      {
        text: 'Catatan stok dan BAST: tidak dihapus dan tidak dapat diubah; kesalahan dikoreksi dengan entri pembalik.',
      },
    ],
  },
  {
    id: 'survei',
    title: 'Survei kepuasan masyarakat',
    data: `Nilai untuk sembilan unsur pelayanan dan saran; bila Anda mengisinya: ${Object.values(RESPONDENT_PROFILE)
      .map((question) => question.label.toLowerCase())
      .join(', ')}. Tidak pernah nama atau nomor HP.`,
    from: 'Anda sendiri, bila mau mengisi.',
    purpose: 'Menghitung Indeks Kepuasan Masyarakat (PermenPANRB 14/2017); yang diterbitkan hanya angka gabungan.',
    basis: 'Persetujuan Anda: mengisi survei tidak wajib.',
    collections: ['survey_responses'],
    retention: [
      { text: 'Disimpan sebagai data survei; jawaban satu per satu tidak dapat dibuka siapa pun lewat aplikasi.' },
    ],
  },
  {
    id: 'akun',
    title: 'Akun petugas, operator desa dan Camat',
    data: 'Nama, email, kantor, desa atau kecamatan, nomor HP operator desa, dan kapan terakhir masuk.',
    from: 'Kantor, yang membuat akunnya; kata sandi dipilih sendiri oleh pemilik akun dan disimpan teracak.',
    purpose: 'Masuk ke aplikasi dan mempertanggungjawabkan setiap tindakan.',
    basis: PUBLIC_SERVICE,
    collections: ['staff', 'operators', 'camats'],
    retention: [{ text: 'Selama akunnya ada.' }],
  },
  {
    id: 'keamanan',
    title: 'Catatan keamanan',
    data: 'Jejak audit: siapa (akun) melihat atau mengubah data apa dan kapan, dan alamat IP saat masuk gagal. Hitungan gagal masuk dan gagal cek status.',
    from: 'Aplikasi, saat akun dipakai dan saat nomor dicek.',
    purpose: 'Mencegah dan menelusuri penyalahgunaan data.',
    basis: `${PUBLIC_SERVICE}, termasuk kewajiban menjaga keamanan data pribadi (UU 27/2022).`,
    collections: ['audit_log', 'sign_in_failures', 'lookup_failures'],
    retention: [
      { text: 'Jejak audit: tidak dihapus dan tidak dapat diubah siapa pun.' },
      {
        text:
          `Hitungan gagal masuk: dihapus ${minutes(SIGN_IN_POLICY.windowMs + SIGN_IN_POLICY.longestWaitMs)} menit setelah kegagalan terakhir; ` +
          `gagal cek status: ${hours(LOOKUP_FAILURE_WINDOW_MS)} jam.`,
      },
    ],
  },
  {
    id: 'log',
    title: 'Catatan permintaan ke server (log)',
    data:
      `Tanpa akun (semua warga): ${REQUEST_LOG_CONTENTS.withoutAccount.join('; ')} — tanpa alamat IP, jenis peramban atau halaman asal. ` +
      `Dengan akun: ${REQUEST_LOG_CONTENTS.signedIn.join('; ')}.`,
    from: 'Server, untuk setiap permintaan ke API.',
    purpose: 'Menjaga server tetap berjalan dan menelusuri gangguan.',
    basis: `${PUBLIC_SERVICE}, termasuk kewajiban menjaga keamanan sistem.`,
    collections: [],
    seenBy: ['pengelola server (superuser) saja'],
    retention: [{ before: 'Dihapus otomatis setelah ', setting: 'requestLogDays', after: ' hari.' }],
  },
];

/** Backups: everything above, copied off the server. */
export const BACKUP_RETENTION: Retention[] = [
  {
    text:
      'Semua data di atas disalin terus-menerus ke tempat cadangan yang dipilih kantor (disk lain atau penyimpanan daring), ' +
      'agar tidak hilang bila server rusak.',
  },
  {
    before: 'Arsip harian: ',
    setting: 'backupArchivesKept',
    after: ' arsip terakhir disimpan, yang lebih lama dihapus.',
  },
  {
    text: 'Data yang dihapus atas permintaan pemiliknya dicatat nomornya saja; bila cadangan lama dipulihkan, server menghapusnya lagi saat mulai.',
  },
];

/** What a resident may ask (UU 27/2022), and what the office does. */
export const DATA_SUBJECT_RIGHTS: readonly { right: string; how: string }[] = [
  {
    right: 'Mendapat informasi',
    how: 'Halaman ini: siapa yang memproses data Anda, untuk apa, atas dasar apa, siapa yang melihat dan berapa lama disimpan.',
  },
  {
    right: 'Melihat dan mendapat salinan',
    how: 'Semua yang tersimpan tentang nomor HP atau nomor permohonan Anda, dalam satu berkas.',
  },
  { right: 'Memperbaiki', how: 'Nama atau nomor HP yang salah dicatat diperbaiki petugas.' },
  {
    right: 'Menghapus',
    how: 'Nama, nomor HP, catatan dan dokumen dihapus; yang tersisa hanya yang tidak menunjuk siapa pun (layanan, tanggal, status) untuk statistik kantor.',
  },
  {
    right: 'Menarik persetujuan',
    how: 'Untuk data yang Anda kirim dengan persetujuan (permohonan online, pengaduan, survei): pemrosesan berikutnya dihentikan.',
  },
  {
    right: 'Mengajukan keberatan',
    how: 'Lewat pengaduan ke kantor, atau ke lembaga pengawas pelindungan data pribadi.',
  },
];

/**
 * Who may read a collection through the app, in the notice's words, from its list rule. An empty
 * list: nobody but the server itself (and the server's administrator, outside the app).
 */
export function readersOf(collection: CollectionName): string[] {
  const rule = ACCESS_RULES[collection].listRule;
  if (rule === null) return [];
  if (rule === '') return ['siapa saja'];
  const readers: string[] = [];
  if (rule.includes('id = @request.auth.id')) readers.push('pemilik akun itu sendiri');
  if (rule.includes('@request.auth.collectionName = "staff"')) {
    const all = Object.keys(STAFF_ROLES) as StaffRole[];
    const named = all.filter((role) => rule.includes(`@request.auth.role = "${role}"`));
    const roles = (named.length > 0 ? named : all).map((role) => STAFF_ROLES[role]);
    readers.push(`${roles.join(' dan ')} kantor yang menanganinya`);
  }
  if (rule.includes('@request.auth.collectionName = "operators"'))
    readers.push('operator desa, hanya untuk desanya sendiri');
  if (rule.includes('@request.auth.collectionName = "camats"')) readers.push('Camat, hanya yang ditujukan kepadanya');
  return readers;
}

/** Who sees a kind of data, joined over its collections (each reader once). */
export function whoSees(kind: PersonalDataKind): string[] {
  if (kind.seenBy) return kind.seenBy;
  const readers = kind.collections.flatMap(readersOf);
  return readers.length === 0 ? ['tidak seorang pun lewat aplikasi, staf kantor juga tidak'] : [...new Set(readers)];
}
