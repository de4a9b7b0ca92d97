import { SITE_CONTRACT_FILES } from '../domain/site-contract';

export const servicePath = (serviceId: string) => `/layanan/${serviceId}/`;
export const agencyPath = (agencyId: string) => `/instansi/${agencyId}/`;
export const noticePath = (noticeId: string) => `/informasi/${noticeId}/`;
export const needPath = (need: string) => `/kebutuhan/${need}/`;
export const kabupatenPath = (slug: string) => `/kabupaten/${slug}/`;
export const sourcePath = (sourceId: string) => `/sumber/${sourceId}/`;
export const explainerPath = (explainerId: string) => `/penjelasan/${explainerId}/`;
export const GLOSSARY_PATH = '/istilah/';
export const GLOSSARY_JSON_PATH = '/data/istilah.json';
export const SOURCES_PATH = '/sumber/';

export const SERVICE_FEED_PATH = `/${SITE_CONTRACT_FILES.services}`;
export const KECAMATAN_GEOJSON_PATH = `/${SITE_CONTRACT_FILES.kecamatan}`;
export const VILLAGES_JSON_PATH = `/${SITE_CONTRACT_FILES.villages}`;
export const SERVICE_POINTS_JSON_PATH = `/${SITE_CONTRACT_FILES.servicePoints}`;
export const DAYS_OFF_JSON_PATH = `/${SITE_CONTRACT_FILES.daysOff}`;
export const PROPOSAL_FORM_PATH = '/usulan-logistik/';
/** The village's data entry of households proposed for DTSEN, on the same operator accounts. */
export const HOUSEHOLD_FORM_PATH = '/data-desa/';
export const STATUS_PAGE_PATH = '/cek-status/';
export const PERFORMANCE_PAGE_PATH = '/kinerja/';
/** The public figures of household proposals (usulan DTSEN), beside /kinerja/. */
export const HOUSEHOLD_FIGURES_PAGE_PATH = '/kinerja/dtsen/';
/** The village finder on the map page: which offices serve a village, and what its own office does. */
export const VILLAGE_FINDER_PATH = '/peta/#cari-kantor-judul';
/** The privacy notice (src/domain/privacy-notice.ts), linked from every consent and the footer. */
export const PRIVACY_PATH = '/privasi/';

/** The status page with a number filled in (the verifier is never put in an address). */
export const statusPagePath = (number: string) => `${STATUS_PAGE_PATH}?no=${encodeURIComponent(number)}`;

export const COMPLAINT_FORM_PATH = '/pengaduan/';
export const PUBLISHED_ANSWERS_PATH = '/pengaduan/jawaban/';

/** The site's own pages a glossary answer may point to (content/glossary.yaml `sitePages`), with their titles. */
export const SITE_PAGES = {
  pengaduan: { title: 'Formulir konsultasi & pengaduan online', href: COMPLAINT_FORM_PATH },
  'jawaban-pengaduan': { title: 'Jawaban pengaduan yang diumumkan', href: PUBLISHED_ANSWERS_PATH },
  'cek-status': { title: 'Cek status permohonan atau pengaduan', href: STATUS_PAGE_PATH },
  dtsen: { title: 'Penjelasan DTSEN: desil, cek, usul dan sanggah', href: explainerPath('dtsen') },
} as const;
export type SitePage = keyof typeof SITE_PAGES;

/** The complaint form, about an office and maybe one of its services (never about a person). */
export const complaintFormPath = (about: { agency: string; service?: string | undefined }) =>
  `${COMPLAINT_FORM_PATH}?kantor=${encodeURIComponent(about.agency)}${about.service ? `&layanan=${encodeURIComponent(about.service)}` : ''}`;
