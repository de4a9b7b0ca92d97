// Each case type as the staff workspace handles it: its list (src/domain/case-lists.ts) and route,
// where its record, timeline and WhatsApp updates are kept, and its words. CaseList.tsx and
// CaseDetail.tsx read this; the case types' own components give only what is theirs.
import { COMPLAINT_INBOX, HOUSEHOLD_REVIEW, PROPOSAL_REVIEW, WORK_QUEUE } from '../../domain/case-lists';
import { ROUTES } from '../../lib/api-address';

export const CASE_KINDS = {
  permohonan: {
    list: WORK_QUEUE,
    route: ROUTES.workQueue,
    records: 'requests',
    events: 'request_events',
    contacts: 'request_contacts',
    parent: 'request',
    expand: 'service,agency',
    people: 'staff',
    // Staff record a request's or complaint's step as themselves; a proposal's actor is set by its hook.
    eventsNameTheirAuthor: true,
    headingId: 'detail-judul',
    /** What the list is called, and one case; names of the table, its filters and its pages; when it is empty. */
    words: {
      list: 'antrean',
      one: 'permohonan',
      table: 'Antrean permohonan',
      filters: 'Saring antrean',
      pages: 'Halaman antrean',
      empty: 'Tidak ada permohonan.',
    },
    search: { id: 'cari-antrean', label: 'Cari nomor atau nama pemohon' },
  },
  pengaduan: {
    list: COMPLAINT_INBOX,
    route: ROUTES.complaintInbox,
    records: 'complaints',
    events: 'complaint_events',
    contacts: 'complaint_contacts',
    parent: 'complaint',
    expand: 'service,agency',
    people: 'staff',
    eventsNameTheirAuthor: true,
    headingId: 'pengaduan-detail-judul',
    words: {
      list: 'pengaduan',
      one: 'pengaduan',
      table: 'Pengaduan',
      filters: 'Saring pengaduan',
      pages: 'Halaman daftar pengaduan',
      empty: 'Tidak ada pengaduan yang perlu ditangani.',
    },
    search: { id: 'cari-pengaduan', label: 'Cari nomor atau nama pelapor' },
  },
  usulan: {
    list: PROPOSAL_REVIEW,
    route: ROUTES.proposalReview,
    records: 'proposals',
    events: 'proposal_events',
    contacts: 'proposal_contacts',
    parent: 'proposal',
    expand: 'village.kecamatan.agency',
    people: 'staff,camat',
    eventsNameTheirAuthor: false,
    headingId: 'usulan-detail-judul',
    words: {
      list: 'usulan',
      one: 'usulan',
      table: 'Usulan desa',
      filters: 'Cari usulan',
      pages: 'Halaman daftar usulan',
      empty: 'Belum ada usulan.',
    },
    search: { id: 'cari-usulan', label: 'Cari nomor usulan atau nama desa' },
  },
  'usulan-dtsen': {
    list: HOUSEHOLD_REVIEW,
    route: ROUTES.householdReview,
    records: 'household_proposals',
    events: 'household_proposal_events',
    // Nobody is told by WhatsApp: the family follows its number on /cek-status/.
    contacts: null,
    parent: 'household_proposal',
    // Its village's deliberation: staff verify against the minutes.
    expand: 'village.kecamatan,batch',
    people: 'staff,operator',
    eventsNameTheirAuthor: true,
    headingId: 'usulan-dtsen-detail-judul',
    words: {
      list: 'usulan DTSEN',
      one: 'usulan DTSEN',
      table: 'Usulan DTSEN',
      filters: 'Cari usulan DTSEN',
      pages: 'Halaman daftar usulan DTSEN',
      empty: 'Tidak ada usulan DTSEN yang menunggu Dinas.',
    },
    search: { id: 'cari-usulan-dtsen', label: 'Cari nomor usulan atau nama desa' },
  },
} as const;
export type CaseKind = keyof typeof CASE_KINDS;
