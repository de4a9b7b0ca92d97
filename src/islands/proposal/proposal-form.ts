// The village proposal form on the one engine of multi-step forms (src/islands/form/step-form.ts):
// the operator's draft kept on the phone as it is typed (the step included, so a reload returns
// there), each step checked with the rules the server repeats (src/domain/proposal.ts), "periksa
// kembali", and the outbox: without signal the proposal waits on the phone and is delivered once,
// also after the session ended and the operator signed in again.
import { createStepForm } from '../form/step-form';
import { pocketbase } from '../../lib/pocketbase-client';
import { apiUrl } from '../../lib/api-address';
import { uploadRecord } from '../../lib/upload';
import { draftFormData, draftInput, emptyDraft, type ProposalDraft } from '../../lib/proposal-draft';
import { proposalOutboxStorage, proposalStore, type QueuedProposal } from '../../lib/proposal-store';
import { COUNT_FIELDS, DOCUMENTS, documentProblems, proposalProblems } from '../../domain/proposal';
import type { OperatorsRecord, ProposalsRecord } from '../../domain/records';

/** The id of a form field's input, for labels, the error summary's links and focus. */
export const fieldId = (field: string) => `usulan-${field}`;

export const STEPS = [
  {
    title: 'Kejadian bencana',
    fields: ['disaster_type', 'disaster_type_other', 'occurred_at', 'location_note', 'location_lat', 'chronology'],
  },
  { title: 'Korban dan kerugian', fields: [...Object.keys(COUNT_FIELDS), 'public_facilities', 'other_losses'] },
  { title: 'Kebutuhan logistik', fields: ['logistics'] },
  { title: 'Tujuan dan kontak', fields: ['recipient', 'contact_name', 'contact_phone'] },
  { title: 'Dokumen', fields: DOCUMENTS.map((document) => document.field as string) },
];
/** The fields of each step, then "periksa kembali", which has none of its own. */
const STEP_FIELDS = [...STEPS.map((step) => step.fields), []];

export function createProposalForm(
  account: OperatorsRecord,
  village: {
    /** Whether the village's kecamatan has a Lambung Sosial (a proposal may then go to its Camat). */
    lambungSosial: () => boolean;
    id: () => string;
    onSent: (draft: ProposalDraft, proposal: ProposalsRecord) => void;
  },
) {
  const pb = pocketbase();
  return createStepForm<ProposalDraft, QueuedProposal, ProposalsRecord>({
    store: proposalStore,
    owner: account.id,
    outbox: proposalOutboxStorage(account.id),
    // The contact is the operator's to begin with, then whoever the last proposal named.
    empty: (sent) =>
      emptyDraft({ name: sent?.contact_name ?? account.name, phone: sent?.contact_phone ?? account.phone }),
    problems: (draft) => [
      ...proposalProblems(draftInput(draft), { now: new Date(), lambungSosial: village.lambungSosial() }),
      ...DOCUMENTS.flatMap((document) => documentProblems(document.field, draft.documents[document.field])),
    ],
    stepFields: STEP_FIELDS,
    headingId: 'langkah-judul',
    fieldId: (field) => fieldId(field === 'location_lon' ? 'location_lat' : field),
    fallbackField: 'disaster_type',
    // A draft saved before the step was kept opens at step 1.
    prepare: (loaded) => ({
      ...loaded,
      step: Math.min(Math.max(Math.trunc(loaded.step ?? 0), 0), STEP_FIELDS.length - 1),
    }),
    payload: (draft) => ({ draft, villageId: village.id() }),
    draftOf: (payload) => payload.draft,
    send: async (item, onProgress) =>
      pb.authStore.isValid
        ? uploadRecord<ProposalsRecord>(
            apiUrl('api/collections/proposals/records'),
            draftFormData(item.payload.draft, item.payload.villageId),
            pb.authStore.token,
            onProgress,
          )
        : { kind: 'signed-out' },
    onSent: (payload, proposal) => village.onSent(payload.draft, proposal),
    staysOpen: true,
  });
}

export type ProposalForm = ReturnType<typeof createProposalForm>;
