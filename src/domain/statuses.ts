// Where a request or a village proposal stands, and the Indonesian words for it. These lists are
// also the options of PocketBase's status fields (tests/integration/schema-agreement.test.ts).

/** A request registered at the counter moves through its service's steps until finished. */
export const REQUEST_STATUSES = {
  diterima: 'Diterima',
  diproses: 'Sedang diproses',
  selesai: 'Selesai',
  ditolak: 'Ditolak',
} as const;
export type RequestStatus = keyof typeof REQUEST_STATUSES;

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
