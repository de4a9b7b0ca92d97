// A village's disaster-logistics proposal (src/domain/proposal.ts): received → verified → approved
// or rejected → logistics sent. Whoever decides it — the Dinas's kepala bidang, or the Camat it is
// addressed to (roles.ts: decided_by, fixed when it arrives) — handles it all; the other side reads.
import {
  PROPOSAL_ACTORS_BY_DECIDER,
  PROPOSAL_STATUSES_BY_ACTOR,
  type ProposalActor,
  type ProposalDecider,
} from '../roles';
import {
  PROPOSAL_STATUSES,
  PROPOSAL_STATUS_STEP,
  PROPOSAL_STEPS,
  PROPOSAL_TRANSITIONS,
  isFinished,
  type ProposalStatus,
} from '../statuses';
import { isoOrNull, type CaseType, type Fields } from './engine';

const stepOf = (record: Fields) => PROPOSAL_STATUS_STEP[record.text('status') as ProposalStatus];

export const proposals: CaseType<ProposalStatus, ProposalActor, ProposalDecider> = {
  name: 'proposals',
  events: { collection: 'proposal_events', caseField: 'proposal' },
  noun: 'usulan',
  statuses: PROPOSAL_STATUSES,
  firstStatus: () => 'diterima',
  firstNote: () => 'Usulan diterima.',
  finished: (Object.keys(PROPOSAL_STATUSES) as ProposalStatus[]).filter(isFinished),
  moves: PROPOSAL_TRANSITIONS,
  // Only the side that decides the proposal acts on it, each actor the statuses its role records.
  mayRecord: (actor, to, decider) =>
    PROPOSAL_ACTORS_BY_DECIDER[decider].includes(actor) && PROPOSAL_STATUSES_BY_ACTOR[actor].includes(to),
  wording: {
    closed: (from) => `Usulan ini sudah ${PROPOSAL_STATUSES[from].toLowerCase()}; statusnya tidak dapat diubah lagi.`,
    onlyTo: (from, allowed) =>
      `Dari status "${PROPOSAL_STATUSES[from]}" usulan hanya dapat menjadi: ${allowed.map((next) => PROPOSAL_STATUSES[next]).join(' atau ')}.`,
  },
  requirements: [],
  eventTexts: { public_note: 'Catatan untuk desa', internal_note: 'Catatan internal' },
  // Staff and the addressed Camat record decisions as themselves: the server names them.
  recorder: { staff: 'staff', camats: 'camat' },
  deadline: null,
  effects: ({ to, at }) => ({
    status: to,
    ...(isFinished(to) && { finished_at: at.toISOString() }),
  }),
  late: null,
  placement: 'village',
  publicStatus: {
    kind: 'usulan',
    steps: () => PROPOSAL_STEPS,
    currentStep: stepOf,
    eventStep: stepOf,
    showsDueAt: false,
    promisesCompletionTime: true,
    documents: (subject, { keptDays }) => ({
      documents: { keptDays, deletedAt: isoOrNull(subject, 'documents_deleted_at') },
      resendableDocuments: null,
    }),
  },
  lookup: { verifier: 'contact_phone', dueSql: '', finishedSql: 'finished_at' },
};
