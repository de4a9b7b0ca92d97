// Who may do what. The workspace offers only what an account may do, the hooks refuse the rest,
// and the API rules (src/domain/access-rules.ts) are derived from these same tables; each case
// type's declaration (src/domain/cases/) reads them for who may record which of its moves.
import type { Recipient } from './proposal';
import type { ComplaintStatus, HouseholdStatus, ProposalStatus, RequestStatus } from './statuses';

/** Roles of office staff (the `staff` collection's `role` field). */
export const STAFF_ROLES = {
  petugas: 'petugas',
  kepala_bidang: 'kepala bidang',
} as const;
export type StaffRole = keyof typeof STAFF_ROLES;

/**
 * The request statuses each staff role may record on any of its own office's requests. Verifying an
 * online application is the petugas's: starting its steps ("diproses") or asking for a document —
 * and, when the applicant brings it to the counter or it was asked by mistake, accepting it or
 * taking it back to verification ("menunggu-verifikasi"; only from "perlu dilengkapi",
 * REQUEST_TRANSITIONS). Refusing a request is always the kepala bidang's decision.
 */
export const REQUEST_STATUSES_BY_ROLE: Record<StaffRole, readonly RequestStatus[]> = {
  petugas: ['menunggu-verifikasi', 'diproses', 'perlu-dilengkapi'],
  kepala_bidang: ['menunggu-verifikasi', 'diproses', 'perlu-dilengkapi', 'selesai', 'ditolak'],
};

/**
 * Who may mark a request finished is the service's (content: `completedBy`): a ten-minute counter
 * service is finished by the petugas who serves it, a santunan by the kepala bidang. A kepala bidang
 * may always finish one.
 */
export const COMPLETERS = { petugas: 'petugas (di loket)', kepala_bidang: 'kepala bidang' } as const satisfies Record<
  StaffRole,
  string
>;
export type Completer = keyof typeof COMPLETERS;
/** The status a service's `completedBy` role adds to what the role may record anyway. */
export const COMPLETING_STATUS = 'selesai' satisfies RequestStatus;

/** The request statuses this role may record on a request for a service finished by `completedBy`. */
export function requestStatusesAllowed(role: StaffRole, completedBy: Completer): readonly RequestStatus[] {
  const own = REQUEST_STATUSES_BY_ROLE[role];
  return role === completedBy && !own.includes(COMPLETING_STATUS) ? [...own, COMPLETING_STATUS] : own;
}

/** Who acts on a village proposal: the office's staff by role, or the Camat it is addressed to. */
export type ProposalActor = StaffRole | 'camat';

/**
 * Who decides a proposal: its kepala bidang at the Dinas, or the Camat. A proposal addressed to the
 * Kepala Dinas is decided at the Dinas; one addressed to a Camat by whoever the proposal service's
 * content names (`camatProposalsDecidedBy`). The side that decides handles the whole proposal —
 * verifies, decides, sends the logistics — and the other side only reads it. Fixed on the proposal
 * when it arrives (`decided_by`), so a later change of content does not move proposals under way.
 */
export const PROPOSAL_DECIDERS = { kepala_bidang: 'Kepala bidang Dinas Sosial', camat: 'Camat' } as const;
export type ProposalDecider = keyof typeof PROPOSAL_DECIDERS;

/** The actors who act on a proposal decided by `decider`. */
export const PROPOSAL_ACTORS_BY_DECIDER: Record<ProposalDecider, readonly ProposalActor[]> = {
  kepala_bidang: ['petugas', 'kepala_bidang'],
  camat: ['camat'],
};

/**
 * The proposal statuses each actor may record by hand on a proposal its side decides. "Logistik
 * dikirim" and "Logistik diterima desa" are never typed: the server records them with the release of
 * stock and with the BAST signed by the receiver (pb_hooks/logistics.pb.js), as whoever did those.
 */
export const PROPOSAL_STATUSES_BY_ACTOR: Record<ProposalActor, readonly ProposalStatus[]> = {
  petugas: ['diverifikasi'],
  kepala_bidang: ['diverifikasi', 'disetujui', 'ditolak'],
  camat: ['diverifikasi', 'disetujui', 'ditolak'],
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

/** Who acts on a household proposal (usulan DTSEN): its village's operator, or the office's staff by role. */
export type HouseholdActor = StaffRole | 'operator';

/**
 * The household-proposal statuses each actor may record: the village records its deliberation
 * (again after a return); the Dinas verifies or returns, sends to the centre and records the result.
 */
export const HOUSEHOLD_STATUSES_BY_ACTOR: Record<HouseholdActor, readonly HouseholdStatus[]> = {
  operator: ['musyawarah-desa'],
  petugas: ['diverifikasi-dinsos', 'dikembalikan-ke-desa', 'dikirim-ke-pusat', 'hasil'],
  kepala_bidang: ['diverifikasi-dinsos', 'dikembalikan-ke-desa', 'dikirim-ke-pusat', 'hasil'],
};

/** Roles that see the office's report and audit trail. */
export const OVERSIGHT_ROLES: readonly StaffRole[] = ['kepala_bidang'];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && value in STAFF_ROLES;
}

export function mayOversee(role: StaffRole): boolean {
  return OVERSIGHT_ROLES.includes(role);
}

/** Who decides a proposal sent to `recipient`, given what the proposal service's content says of those to a Camat. */
export function proposalDeciderFor(recipient: Recipient, camatProposalsDecidedBy: ProposalDecider): ProposalDecider {
  return recipient === 'camat' ? camatProposalsDecidedBy : 'kepala_bidang';
}
