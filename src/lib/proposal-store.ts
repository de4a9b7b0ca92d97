// A village's proposal draft and outbox on the phone, per operator account (src/lib/device-store.ts).
import { deviceStore } from './device-store';
import type { OutboxItem, OutboxStorage } from './outbox';
import type { ProposalDraft } from './proposal-draft';

/** What the outbox keeps of a proposal until it is delivered. */
export interface QueuedProposal {
  draft: ProposalDraft;
  villageId: string;
}

/** The proposal form's drafts and outboxes on this device, one of each per operator account. */
export const proposalStore = deviceStore<ProposalDraft>('layanan-sosial', 'usulan');

/** An outbox item saved by an earlier version of the page: the proposal's fields at the top level. */
interface EarlierQueuedProposal extends QueuedProposal {
  queuedAt: string;
  attempts: number;
}

/** The operator's outbox on this device; proposals queued before an update of the page are sent too, with their key. */
export function proposalOutboxStorage(operatorId: string): OutboxStorage<QueuedProposal> {
  return proposalStore.outbox<QueuedProposal>(operatorId, (saved) => {
    const item = saved as OutboxItem<QueuedProposal> | EarlierQueuedProposal;
    return 'payload' in item
      ? item
      : {
          key: item.draft.idempotencyKey,
          payload: { draft: item.draft, villageId: item.villageId },
          queuedAt: item.queuedAt,
          attempts: item.attempts,
        };
  });
}
