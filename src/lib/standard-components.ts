// The components of a Standar Pelayanan (Permenpan RB 15/2014) that the service page shows
// as plain lists or sentences, in the page's order, with their section anchors.
export const DETAIL_COMPONENTS = [
  { field: 'products', id: 'produk', heading: 'Produk pelayanan' },
  { field: 'legalBasis', id: 'dasar-hukum', heading: 'Dasar hukum' },
  { field: 'facilities', id: 'sarana-prasarana', heading: 'Sarana, prasarana dan/atau fasilitas' },
  { field: 'staffCompetence', id: 'kompetensi-pelaksana', heading: 'Kompetensi pelaksana' },
  { field: 'internalSupervision', id: 'pengawasan-internal', heading: 'Pengawasan internal' },
  { field: 'staffCount', id: 'jumlah-pelaksana', heading: 'Jumlah pelaksana' },
  { field: 'serviceGuarantee', id: 'jaminan-pelayanan', heading: 'Jaminan pelayanan' },
  { field: 'safetyGuarantee', id: 'jaminan-keamanan', heading: 'Jaminan keamanan dan keselamatan pelayanan' },
  { field: 'performanceEvaluation', id: 'evaluasi-kinerja', heading: 'Evaluasi kinerja pelaksana' },
] as const;

export type DetailField = (typeof DETAIL_COMPONENTS)[number]['field'];
