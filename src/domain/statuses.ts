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
  // Only the applicant's documents (sent on the status page) bring it back to verification.
  'perlu-dilengkapi': ['menunggu-verifikasi', 'ditolak'],
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

/** A disaster-logistics proposal: received → verified → approved or rejected → delivered. */
export const PROPOSAL_STATUSES = {
  diterima: 'Diterima',
  diverifikasi: 'Diverifikasi',
  disetujui: 'Disetujui',
  ditolak: 'Ditolak',
  dikirim: 'Logistik dikirim',
} as const;
export type ProposalStatus = keyof typeof PROPOSAL_STATUSES;

export type AnyStatus = RequestStatus | ProposalStatus;

/** Every status the status page can show, with its label. */
export const STATUS_LABELS: Record<AnyStatus, string> = { ...REQUEST_STATUSES, ...PROPOSAL_STATUSES };

/** Once here, nothing changes any more. */
export const FINISHED_STATUSES: readonly AnyStatus[] = ['selesai', 'ditolak', 'dikirim'];

export function isFinished(status: string): boolean {
  return (FINISHED_STATUSES as readonly string[]).includes(status);
}

/** The status every request and proposal starts with; only the server records it. */
export const INITIAL_STATUS = 'diterima' satisfies RequestStatus & ProposalStatus;

export const PROPOSAL_STEPS = ['Usulan diterima', 'Verifikasi usulan', 'Keputusan: disetujui atau ditolak', 'Logistik dikirim'];

export const PROPOSAL_STATUS_STEP: Record<ProposalStatus, number> = { diterima: 1, diverifikasi: 2, disetujui: 3, ditolak: 3, dikirim: 4 };

/** The statuses each proposal status may move to. */
export const PROPOSAL_TRANSITIONS: Record<ProposalStatus, ProposalStatus[]> = {
  diterima: ['diverifikasi', 'ditolak'],
  diverifikasi: ['disetujui', 'ditolak'],
  disetujui: ['dikirim'],
  ditolak: [],
  dikirim: [],
};
