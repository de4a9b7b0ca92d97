// A resident asks, from the status page of their request, proposal or complaint (number and
// verifier, checked by the same guard as the lookup), for a copy of everything kept about them or
// for its erasure (UU 27/2022). The request becomes a consultation of its own, with its own number
// and no name or phone (opened with the same four digits), in the office's complaint inbox: tracked
// like any complaint, answered on its status page, carried out by staff with the data-subject
// commands (pb_hooks/data_subject.pb.js), audited.

export const DATA_SUBJECT_REQUESTS = {
  salinan: {
    label: 'Salinan semua data saya',
    hint: 'Kantor menyiapkan satu berkas berisi semua yang tersimpan tentang Anda dan memberi tahu cara mengambilnya.',
    asked: 'salinan semua data pribadi yang tersimpan',
  },
  hapus: {
    label: 'Hapus data saya',
    hint:
      'Nama, nomor HP, catatan dan dokumen dihapus; yang tersisa hanya yang tidak menunjuk siapa pun. ' +
      'Setelah dihapus, nomor ini tidak dapat dicek lagi.',
    asked: 'penghapusan data pribadi (nama, nomor HP, catatan dan dokumen)',
  },
} as const;
export type DataSubjectRequestKind = keyof typeof DATA_SUBJECT_REQUESTS;

export function isDataSubjectRequestKind(value: unknown): value is DataSubjectRequestKind {
  return typeof value === 'string' && Object.keys(DATA_SUBJECT_REQUESTS).indexOf(value) !== -1;
}

/** What the office reads in its inbox. */
export function dataSubjectRequestText(kind: DataSubjectRequestKind, number: string): string {
  return (
    `Permintaan pemilik data pribadi (UU 27/2022): ${DATA_SUBJECT_REQUESTS[kind].asked} untuk nomor ${number}. ` +
    'Dikirim dari halaman Cek Status dengan nomor dan 4 angka verifikasinya. ' +
    `Lakukan dengan perintah "pocketbase data-pribadi ${kind === 'hapus' ? 'hapus' : 'ekspor'}" (panduan kantor), lalu jawab di sini.`
  );
}
