// The village operator's household-proposal draft and outbox on the phone, per operator account
// (src/lib/device-store.ts), beside — not mixed with — the disaster-logistics proposals'.
import { deviceStore } from './device-store';
import type { HouseholdDraft } from './household-draft';

export const householdStore = deviceStore<HouseholdDraft>('layanan-sosial-dtsen', 'usulan-dtsen');
