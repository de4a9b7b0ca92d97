// Who may do what. The workspace offers only what an account may do, the hooks refuse the rest,
// and the API rules (src/domain/access-rules.ts) are derived from these same tables.
import { COMPLAINT_TRANSITIONS, PROPOSAL_TRANSITIONS, REQUEST_TRANSITIONS, type ComplaintStatus, type ProposalStatus, type RequestStatus } from './statuses';

/** Roles of office staff (the `staff` collection's `role` field). */
export const STAFF_ROLES = {
  petugas: 'petugas',
  kepala_bidang: 'kepala bidang',
} as const;
export type StaffRole = keyof typeof STAFF_ROLES;

/**
 * The request statuses each staff role may record on its own office's requests. Verifying an
 * online application is the petugas's: starting its steps ("diproses") or asking for a document.
 */
export const REQUEST_STATUSES_BY_ROLE: Record<StaffRole, readonly RequestStatus[]> = {
  petugas: ['diproses', 'perlu-dilengkapi'],
  kepala_bidang: ['diproses', 'perlu-dilengkapi', 'selesai', 'ditolak'],
};

/** Who acts on a village proposal: the office's staff by role, or the Camat it is addressed to. */
export type ProposalActor = StaffRole | 'camat';

/** The proposal statuses each actor may record. */
export const PROPOSAL_STATUSES_BY_ACTOR: Record<ProposalActor, readonly ProposalStatus[]> = {
  petugas: ['diverifikasi', 'dikirim'],
  kepala_bidang: ['diverifikasi', 'disetujui', 'ditolak', 'dikirim'],
  camat: ['diverifikasi', 'disetujui', 'ditolak', 'dikirim'],
};

/**
 * The complaint statuses each role may record. Handling a complaint day to day — verifying it,
 * passing it to a unit, answering — is the petugas's; refusing one as outside the office's remit,
 * or closing one the complainant has not confirmed, is the kepala bidang's decision.
 */
export const COMPLAINT_STATUSES_BY_ROLE: Record<StaffRole, readonly ComplaintStatus[]> = {
  petugas: ['diverifikasi', 'didisposisikan', 'dijawab'],
  kepala_bidang: ['diverifikasi', 'didisposisikan', 'dijawab', 'tidak-diproses', 'selesai'],
};

/** Roles that see the office's report and audit trail. */
export const OVERSIGHT_ROLES: readonly StaffRole[] = ['kepala_bidang'];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && value in STAFF_ROLES;
}

export function mayOversee(role: StaffRole): boolean {
  return OVERSIGHT_ROLES.includes(role);
}

/** The next statuses this role may give a request that is now `current`. */
export function requestStatusesFor(role: StaffRole, current: RequestStatus): RequestStatus[] {
  return REQUEST_TRANSITIONS[current].filter((next) => REQUEST_STATUSES_BY_ROLE[role].includes(next));
}

/** The next statuses this actor may give a proposal that is now `current`. */
export function proposalStatusesFor(actor: ProposalActor, current: ProposalStatus): ProposalStatus[] {
  return PROPOSAL_TRANSITIONS[current].filter((next) => PROPOSAL_STATUSES_BY_ACTOR[actor].includes(next));
}

/** The next statuses this role may give a complaint that is now `current`. */
export function complaintStatusesFor(role: StaffRole, current: ComplaintStatus): ComplaintStatus[] {
  return COMPLAINT_TRANSITIONS[current].filter((next) => COMPLAINT_STATUSES_BY_ROLE[role].includes(next));
}
