// Where a request or a village proposal stands, and the Indonesian words for it. These lists are
// also the options of PocketBase's status fields (tests/integration/schema-agreement.test.ts).

/**
 * A request moves through its service's steps until finished. One registered at the counter starts
 * "diterima"; one sent online first waits for staff to check its documents ("menunggu verifikasi"),
 * who may ask for a missing or unclear one ("perlu dilengkapi") before its steps begin.
 */
export const REQUEST_STATUSES = {
  'menunggu-verifikasi': 'Menunggu verifikasi dokumen',
  'perlu-dilengkapi': 'Perlu dilengkapi',
  diterima: 'Diterima',
  diproses: 'Sedang diproses',
  selesai: 'Selesai',
  ditolak: 'Ditolak',
} as const;
export type RequestStatus = keyof typeof REQUEST_STATUSES;

/** The statuses a request may move to from each status (an event may also stay on the same status). */
export const REQUEST_TRANSITIONS: Record<RequestStatus, RequestStatus[]> = {
  // Documents checked: the standard's steps begin (and its promised time with them), or something is asked for.
  'menunggu-verifikasi': ['diproses', 'perlu-dilengkapi', 'ditolak'],
  // Back to verification: the applicant sent the document on the status page, or staff say it is no
  // longer needed (asked by mistake). Accepted at once: the applicant brought it to the counter.
  'perlu-dilengkapi': ['menunggu-verifikasi', 'diproses', 'ditolak'],
  diterima: ['diproses', 'selesai', 'ditolak'],
  diproses: ['diproses', 'selesai', 'ditolak'],
  selesai: [],
  ditolak: [],
};

/** Whether a request's steps have begun: before, it waits for its documents to be verified. */
export function stepsHaveBegun(status: RequestStatus): boolean {
  return status !== 'menunggu-verifikasi' && status !== 'perlu-dilengkapi';
}

/** How a request reached the office. */
export const REQUEST_CHANNELS = { loket: 'Di loket', online: 'Online' } as const;
export type RequestChannel = keyof typeof REQUEST_CHANNELS;

/**
 * A disaster-logistics proposal: received → verified → approved or rejected → logistics sent (the
 * server records it with the release of stock and its BAST, pb_hooks/lib/stock_release.js) →
 * received by the village (when the BAST signed by the receiver is attached).
 */
export const PROPOSAL_STATUSES = {
  diterima: 'Diterima',
  diverifikasi: 'Diverifikasi',
  disetujui: 'Disetujui',
  ditolak: 'Ditolak',
  dikirim: 'Logistik dikirim',
  'diterima-desa': 'Logistik diterima desa',
} as const;
export type ProposalStatus = keyof typeof PROPOSAL_STATUSES;

/**
 * A complaint, question or suggestion (src/domain/complaints.ts): received → verified →
 * passed to a unit → answered → closed. Out of the office's remit, it is not taken up, with a
 * pointer to the right channel. Once answered, the complainant says whether it is resolved, and
 * may reopen it for a while.
 */
export const COMPLAINT_STATUSES = {
  diterima: 'Diterima',
  diverifikasi: 'Diverifikasi',
  didisposisikan: 'Diteruskan ke unit',
  dijawab: 'Dijawab',
  'dibuka-kembali': 'Dibuka kembali oleh pelapor',
  selesai: 'Selesai',
  'tidak-diproses': 'Tidak dapat diproses kantor ini',
} as const;
export type ComplaintStatus = keyof typeof COMPLAINT_STATUSES;

/** What staff may move a complaint to from each status (staying records a note). */
export const COMPLAINT_TRANSITIONS: Record<ComplaintStatus, ComplaintStatus[]> = {
  diterima: ['diverifikasi', 'tidak-diproses'],
  diverifikasi: ['diverifikasi', 'didisposisikan', 'dijawab'],
  didisposisikan: ['didisposisikan', 'dijawab'],
  dijawab: ['selesai'],
  'dibuka-kembali': ['didisposisikan', 'dijawab'],
  selesai: [],
  'tidak-diproses': [],
};

export const COMPLAINT_STEPS = ['Diterima', 'Diverifikasi', 'Diteruskan ke unit yang menangani', 'Dijawab', 'Selesai'];

export const COMPLAINT_STATUS_STEP: Record<ComplaintStatus, number> = {
  diterima: 1,
  diverifikasi: 2,
  'tidak-diproses': 2,
  didisposisikan: 3,
  'dibuka-kembali': 3,
  dijawab: 4,
  selesai: 5,
};

/**
 * A household proposed for DTSEN by its village (src/domain/household-proposal.ts): recorded by the
 * village, agreed at its deliberation (musdes/muskel, or an SPTJM), verified by the Dinas — or
 * returned to the village with a reason — sent to the centre, then the centre's result.
 */
export const HOUSEHOLD_STATUSES = {
  'dicatat-desa': 'Dicatat desa',
  'musyawarah-desa': 'Disepakati musyawarah desa',
  'dikembalikan-ke-desa': 'Dikembalikan ke desa',
  'diverifikasi-dinsos': 'Diverifikasi Dinsos',
  'dikirim-ke-pusat': 'Dikirim ke pusat',
  hasil: 'Hasil dari pusat',
} as const;
export type HouseholdStatus = keyof typeof HOUSEHOLD_STATUSES;

/** The moves of a household proposal: a returned one goes back to the village's deliberation. */
export const HOUSEHOLD_TRANSITIONS: Record<HouseholdStatus, HouseholdStatus[]> = {
  'dicatat-desa': ['musyawarah-desa'],
  'musyawarah-desa': ['diverifikasi-dinsos', 'dikembalikan-ke-desa'],
  'dikembalikan-ke-desa': ['musyawarah-desa'],
  'diverifikasi-dinsos': ['dikirim-ke-pusat'],
  'dikirim-ke-pusat': ['hasil'],
  hasil: [],
};

/** The stage of HOUSEHOLD_STAGES (1-based) each status stands at: a returned proposal is back at its deliberation. */
export const HOUSEHOLD_STATUS_STEP: Record<HouseholdStatus, number> = {
  'dicatat-desa': 1,
  'musyawarah-desa': 2,
  'dikembalikan-ke-desa': 2,
  'diverifikasi-dinsos': 3,
  'dikirim-ke-pusat': 4,
  hasil: 5,
};

export type AnyStatus = RequestStatus | ProposalStatus | ComplaintStatus | HouseholdStatus;

/** Every status the status page can show, with its label. */
export const STATUS_LABELS: Record<AnyStatus, string> = {
  ...REQUEST_STATUSES,
  ...PROPOSAL_STATUSES,
  ...COMPLAINT_STATUSES,
  ...HOUSEHOLD_STATUSES,
};

/** Once here, nothing changes any more (a closed complaint may still be reopened by its complainant for a while). */
export const FINISHED_STATUSES: readonly AnyStatus[] = [
  'selesai',
  'ditolak',
  'diterima-desa',
  'tidak-diproses',
  'hasil',
];

export function isFinished(status: string): boolean {
  return (FINISHED_STATUSES as readonly string[]).includes(status);
}

export const PROPOSAL_STEPS = [
  'Usulan diterima',
  'Verifikasi usulan',
  'Keputusan: disetujui atau ditolak',
  'Logistik dikirim',
  'Logistik diterima desa',
];

export const PROPOSAL_STATUS_STEP: Record<ProposalStatus, number> = {
  diterima: 1,
  diverifikasi: 2,
  disetujui: 3,
  ditolak: 3,
  dikirim: 4,
  'diterima-desa': 5,
};

/** The statuses each proposal status may move to. */
export const PROPOSAL_TRANSITIONS: Record<ProposalStatus, ProposalStatus[]> = {
  diterima: ['diverifikasi', 'ditolak'],
  diverifikasi: ['disetujui', 'ditolak'],
  disetujui: ['dikirim'],
  ditolak: [],
  dikirim: ['diterima-desa'],
  'diterima-desa': [],
};
