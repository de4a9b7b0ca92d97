// Every component of a Standar Pelayanan (UU 25/2009 art. 21; PermenPANRB 15/2014), in the one
// order every service page, leaflet and test uses: what a resident needs first. Headings are plain
// words; the official name stands beside them. A component the source does not give is said to be
// missing (NOT_IN_SOURCE), never left out and never filled in.
import type { ServiceData } from './content-schemas';

export const NOT_IN_SOURCE = 'Belum ada keterangan resmi — tanyakan ke petugas.';

export const STANDARD_COMPONENTS = [
  // Time and fee stand at the top of the page, before everything else.
  {
    field: 'completionTime',
    id: 'waktu-penyelesaian',
    heading: 'Berapa lama',
    official: 'Jangka waktu penyelesaian',
    part: 'top',
  },
  { field: 'fee', id: 'biaya', heading: 'Berapa biayanya', official: 'Biaya/tarif', part: 'top' },
  {
    field: 'requirements',
    id: 'persyaratan',
    heading: 'Yang perlu disiapkan',
    official: 'Persyaratan',
    part: 'service',
  },
  {
    field: 'procedure',
    id: 'prosedur',
    heading: 'Langkah-langkahnya',
    official: 'Sistem, mekanisme dan prosedur',
    part: 'service',
  },
  { field: 'products', id: 'produk', heading: 'Yang Anda terima', official: 'Produk pelayanan', part: 'service' },
  {
    field: 'complaints',
    id: 'pengaduan',
    heading: 'Jika ada keluhan',
    official: 'Penanganan pengaduan, saran dan masukan',
    part: 'service',
  },
  {
    field: 'legalBasis',
    id: 'dasar-hukum',
    heading: 'Aturan yang mendasari',
    official: 'Dasar hukum',
    part: 'management',
  },
  {
    field: 'facilities',
    id: 'sarana-prasarana',
    heading: 'Sarana yang disediakan',
    official: 'Sarana, prasarana dan/atau fasilitas',
    part: 'management',
  },
  {
    field: 'staffCompetence',
    id: 'kompetensi-pelaksana',
    heading: 'Kemampuan petugas',
    official: 'Kompetensi pelaksana',
    part: 'management',
  },
  {
    field: 'internalSupervision',
    id: 'pengawasan-internal',
    heading: 'Yang mengawasi',
    official: 'Pengawasan internal',
    part: 'management',
  },
  {
    field: 'staffCount',
    id: 'jumlah-pelaksana',
    heading: 'Jumlah petugas',
    official: 'Jumlah pelaksana',
    part: 'management',
  },
  {
    field: 'serviceGuarantee',
    id: 'jaminan-pelayanan',
    heading: 'Janji pelayanan',
    official: 'Jaminan pelayanan',
    part: 'management',
  },
  {
    field: 'safetyGuarantee',
    id: 'jaminan-keamanan',
    heading: 'Keamanan dan keselamatan',
    official: 'Jaminan keamanan dan keselamatan pelayanan',
    part: 'management',
  },
  {
    field: 'performanceEvaluation',
    id: 'evaluasi-kinerja',
    heading: 'Penilaian kinerja petugas',
    official: 'Evaluasi kinerja pelaksana',
    part: 'management',
  },
] as const satisfies readonly {
  field: keyof ServiceData;
  id: string;
  heading: string;
  official: string;
  part: 'top' | 'service' | 'management';
}[];

export type StandardComponent = (typeof STANDARD_COMPONENTS)[number];

export const componentsIn = <Part extends StandardComponent['part']>(part: Part) =>
  STANDARD_COMPONENTS.filter(
    (component): component is Extract<StandardComponent, { part: Part }> => component.part === part,
  );

export const componentById = (id: StandardComponent['id']): StandardComponent =>
  STANDARD_COMPONENTS.find((component) => component.id === id)!;
