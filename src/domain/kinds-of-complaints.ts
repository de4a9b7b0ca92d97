// What a resident may send through the complaint form — a complaint, a question or a suggestion —
// and where one outside the office's remit goes instead, in the words of the form, the status page
// and the published answers. A module of its own: a page that only names a kind
// (/pengaduan/jawaban/) need not load the form's rules (src/domain/complaints.ts).

export const COMPLAINT_KINDS = {
  pengaduan: {
    label: 'Pengaduan',
    hint: 'Ada yang tidak beres dengan layanan: terlambat, ditolak tanpa alasan, dipungut biaya, dilayani tidak patut.',
  },
  konsultasi: {
    label: 'Konsultasi',
    hint: 'Anda ingin bertanya: syarat, cara, apakah Anda berhak atas suatu bantuan.',
  },
  saran: { label: 'Saran', hint: 'Usul supaya layanan lebih baik.' },
  // Sanggah (DTSEN): reporting a recipient believed not eligible; always rahasia or anonim (src/domain/complaints.ts).
  sanggah: {
    label: 'Sanggah penerima bantuan',
    hint: 'Anda tahu penerima bantuan atau warga terdaftar DTSEN yang menurut Anda tidak layak. Identitas Anda selalu dirahasiakan.',
  },
} as const;
export type ComplaintKind = keyof typeof COMPLAINT_KINDS;

/** Where a complaint outside the office's remit should go instead. */
export const REFERRALS = {
  'sp4n-lapor': 'SP4N-LAPOR!: lapor.go.id, SMS ke 1708, atau aplikasi LAPOR!',
  'instansi-lain': 'Instansi lain yang berwenang (disebutkan dalam catatan)',
} as const;
export type Referral = keyof typeof REFERRALS;
