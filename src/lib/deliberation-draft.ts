// A village's deliberation on its households (musdes/muskel, or an SPTJM where the office allows it)
// as the operator's form holds it (src/domain/household-batch.ts): the households waiting for it as
// last fetched — so the form opens without signal — each one's outcome as chosen, the minutes as the
// blobs that will be sent (photos shrunk, EXIF removed on the phone). Saved on the phone as it
// changes (household-store.ts) and sent through the outbox, once.
import type { BatchInput, BatchOutcome } from '../domain/household-batch';
import type { DeliberationWay } from '../domain/household-proposal';
import type { StoredFile } from './stored-file';

/** A household the deliberation may take up, as the village's list showed it. */
export interface WaitingHousehold {
  id: string;
  number: string;
  head_name: string;
  rt: string;
  rw: string;
  /** The Dinas's reason, for a household it returned. */
  note_for_village: string;
}

export type OutcomeChoice = '' | 'setuju' | 'tidak';

export interface DeliberationDraft {
  idempotencyKey: string;
  step: number;
  updatedAt: string;
  way: DeliberationWay | '';
  held_on: string;
  attending: string;
  minutes: StoredFile[];
  waiting: WaitingHousehold[];
  /** Per household id: agreed, not agreed, or not taken up ('') — with the reason when not agreed. */
  outcomes: Record<string, { choice: OutcomeChoice; reason: string }>;
}

export function emptyDeliberationDraft(sent?: DeliberationDraft): DeliberationDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    step: 0,
    updatedAt: new Date().toISOString(),
    way: '',
    held_on: '',
    attending: '',
    minutes: [],
    // What was taken up is no longer waiting.
    waiting: sent ? sent.waiting.filter((household) => !sent.outcomes[household.id]?.choice) : [],
    outcomes: {},
  };
}

/** Whether nothing of the deliberation itself is filled in (the households waiting are fetched, not typed). */
export function deliberationDraftIsEmpty(draft: DeliberationDraft): boolean {
  return (
    !draft.way &&
    !draft.held_on &&
    !draft.attending &&
    draft.minutes.length === 0 &&
    Object.keys(draft.outcomes).length === 0
  );
}

/** The households taken up, with their outcomes, in the list's order. */
export function chosenOutcomes(draft: DeliberationDraft): BatchOutcome[] {
  return draft.waiting.flatMap((household) => {
    const outcome = draft.outcomes[household.id];
    if (!outcome?.choice) return [];
    return [{ household: household.id, agreed: outcome.choice === 'setuju', reason: outcome.reason.trim() }];
  });
}

/** The draft as the rules check it (the same check the server repeats). */
export function deliberationInput(draft: DeliberationDraft): BatchInput {
  const attending = draft.attending.trim();
  return {
    way: draft.way,
    heldOn: draft.held_on,
    attending: attending === '' ? null : Number(attending),
    minutesFiles: draft.minutes.length,
    outcomes: chosenOutcomes(draft),
  };
}

/** The multipart body of the deliberation's create route. */
export function deliberationFormData(draft: DeliberationDraft, villageId: string): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    idempotency_key: draft.idempotencyKey,
    village: villageId,
    way: draft.way,
    held_on: draft.held_on ? `${draft.held_on} 00:00:00.000Z` : '',
    attending: draft.way === 'sptjm' ? '' : draft.attending.trim(),
    outcomes: JSON.stringify(chosenOutcomes(draft)),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of draft.minutes) form.append('minutes', file.blob, file.name);
  return form;
}
