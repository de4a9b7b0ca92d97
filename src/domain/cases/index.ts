// Every case type, by its collection's name. The hooks apply the engine to each (pb_hooks/lib/cases.js,
// pb_hooks/case_events.pb.js): a case type added here has its events checked, its case moved and its
// public status and number lookup served without a hook of its own.
import type { AnyCaseType } from './engine';
import { complaints } from './complaints';
import { householdProposals } from './household-proposals';
import { proposals } from './proposals';
import { requests } from './requests';

export * from './engine';
export { complaints, householdProposals, proposals, requests };

export const CASE_TYPES = {
  requests,
  proposals,
  complaints,
  household_proposals: householdProposals,
} as const satisfies Record<string, AnyCaseType>;
export type CaseName = keyof typeof CASE_TYPES;

/** The collections of the case types' timelines, for the hooks to register on. */
export const CASE_EVENT_COLLECTIONS: string[] = Object.values(CASE_TYPES).map((caseType) => caseType.events.collection);

/** The case type whose timeline a collection holds. */
export function caseTypeOfEvents(collection: string): AnyCaseType {
  const found = Object.values(CASE_TYPES).find((caseType) => caseType.events.collection === collection);
  if (!found) throw new Error(`${collection} is no case type's timeline.`);
  return found;
}
