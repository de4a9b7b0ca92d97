// The village operator's household-proposal draft and outbox on the phone, per operator account
// (src/lib/device-store.ts), beside — not mixed with — the disaster-logistics proposals'.
import { deviceStore } from './device-store';
import type { HouseholdDraft } from './household-draft';
import type { DeliberationDraft } from './deliberation-draft';

export const householdStore = deviceStore<HouseholdDraft>('layanan-sosial-dtsen', 'usulan-dtsen');

/** The operator's deliberation draft and outbox (src/lib/deliberation-draft.ts), apart from the households'. */
export const deliberationStore = deviceStore<DeliberationDraft>('layanan-sosial-dtsen-musyawarah', 'musyawarah');
