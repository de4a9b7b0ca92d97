// What a resident may send through the complaint form — a complaint, a question or a suggestion —
// in the words of the form, the status page and the published answers. A module of its own: a page
// that only names a kind (/pengaduan/jawaban/) need not load the form's rules (src/domain/complaints.ts).

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
} as const;
export type ComplaintKind = keyof typeof COMPLAINT_KINDS;
