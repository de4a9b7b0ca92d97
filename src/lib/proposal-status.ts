// How a disaster-logistics proposal moves: received → verified → approved or rejected → delivered.

export const PROPOSAL_STEPS = ['Usulan diterima', 'Verifikasi usulan', 'Keputusan: disetujui atau ditolak', 'Logistik dikirim'];

export const PROPOSAL_STATUS_STEP = { diterima: 1, diverifikasi: 2, disetujui: 3, ditolak: 3, dikirim: 4 } as const;
export type ProposalStatus = keyof typeof PROPOSAL_STATUS_STEP;

/** The statuses each status may move to. */
export const PROPOSAL_TRANSITIONS: Record<ProposalStatus, ProposalStatus[]> = {
  diterima: ['diverifikasi', 'ditolak'],
  diverifikasi: ['disetujui', 'ditolak'],
  disetujui: ['dikirim'],
  ditolak: [],
  dikirim: [],
};
