// Drafts and the outbox live in IndexedDB (blobs included), per operator account, so a half-filled
// proposal survives a reload and a queued one survives closing the app.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ProposalDraft } from './proposal-draft';

export interface QueuedProposal {
  draft: ProposalDraft;
  villageId: string;
  queuedAt: string;
  attempts: number;
}

let store: UseStore | undefined;
const database = () => (store ??= createStore('layanan-sosial', 'usulan'));

export const loadDraft = (operatorId: string) => get<ProposalDraft>(`draf:${operatorId}`, database());
export const saveDraft = (operatorId: string, draft: ProposalDraft) => set(`draf:${operatorId}`, draft, database());
export const deleteDraft = (operatorId: string) => del(`draf:${operatorId}`, database());

export async function loadOutbox(operatorId: string): Promise<QueuedProposal[]> {
  return (await get<QueuedProposal[]>(`kirim:${operatorId}`, database())) ?? [];
}
export const saveOutbox = (operatorId: string, queue: QueuedProposal[]) => set(`kirim:${operatorId}`, queue, database());
