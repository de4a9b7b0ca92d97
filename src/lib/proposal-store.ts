// Drafts and the outbox live in IndexedDB (blobs included), per operator account, so a half-filled
// proposal survives a reload and a queued one survives closing the app.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { OutboxItem, OutboxStorage } from './outbox';
import type { ProposalDraft } from './proposal-draft';

/** What the outbox keeps of a proposal until it is delivered. */
export interface QueuedProposal {
  draft: ProposalDraft;
  villageId: string;
}

let store: UseStore | undefined;
const database = () => (store ??= createStore('layanan-sosial', 'usulan'));

export const loadDraft = (operatorId: string) => get<ProposalDraft>(`draf:${operatorId}`, database());
export const saveDraft = (operatorId: string, draft: ProposalDraft) => set(`draf:${operatorId}`, draft, database());
export const deleteDraft = (operatorId: string) => del(`draf:${operatorId}`, database());

/** An outbox saved by the previous version of the page: the proposal's fields at the top level. */
interface EarlierQueuedProposal extends QueuedProposal {
  queuedAt: string;
  attempts: number;
}

/** The operator's outbox on this device. */
export function proposalOutboxStorage(operatorId: string): OutboxStorage<QueuedProposal> {
  const key = `kirim:${operatorId}`;
  return {
    async load() {
      const saved = (await get<(OutboxItem<QueuedProposal> | EarlierQueuedProposal)[]>(key, database())) ?? [];
      // Proposals queued before an update of the page are sent too, with the key they were given.
      return saved.map((item) =>
        'payload' in item ? item : { key: item.draft.idempotencyKey, payload: { draft: item.draft, villageId: item.villageId }, queuedAt: item.queuedAt, attempts: item.attempts },
      );
    },
    save: (items) => set(key, items, database()),
  };
}
