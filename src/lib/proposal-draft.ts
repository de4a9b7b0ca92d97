// A proposal as the form holds it: typed text as typed, files as the (already shrunk) blobs that
// will be sent. It is saved on the device as it changes (proposal-store.ts) and turned into the
// checked input (src/domain/proposal.ts) and the multipart body PocketBase takes.
import { COUNT_FIELDS, DOCUMENTS, type CountField, type DocumentField, type ProposalInput } from '../domain/proposal';
import { plainNumber } from '../domain/text';
import type { StoredFile } from './stored-file';

export interface LogisticsRow {
  item: string;
  quantity: string;
  unit: string;
}

export interface ProposalDraft {
  idempotencyKey: string;
  disaster_type: string;
  disaster_type_other: string;
  /** As a datetime-local input gives it: the phone's local time, "2026-11-23T04:30". */
  occurred_local: string;
  location_note: string;
  location_lat: number | null;
  location_lon: number | null;
  chronology: string;
  counts: Record<CountField, string>;
  public_facilities: string;
  other_losses: string;
  logistics: LogisticsRow[];
  recipient: string;
  contact_name: string;
  contact_phone: string;
  documents: Record<DocumentField, StoredFile[]>;
  /** The step of the form the operator was on: a reload returns there (drafts saved before it was kept have none). */
  step: number;
  updatedAt: string;
}

export function emptyDraft(contact: { name: string; phone: string }): ProposalDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    step: 0,
    disaster_type: '',
    disaster_type_other: '',
    occurred_local: '',
    location_note: '',
    location_lat: null,
    location_lon: null,
    chronology: '',
    counts: Object.fromEntries(Object.keys(COUNT_FIELDS).map((field) => [field, ''])) as Record<CountField, string>,
    public_facilities: '',
    other_losses: '',
    logistics: [{ item: '', quantity: '', unit: '' }],
    recipient: '',
    contact_name: contact.name,
    contact_phone: contact.phone,
    documents: Object.fromEntries(DOCUMENTS.map((document) => [document.field, []])) as unknown as Record<
      DocumentField,
      StoredFile[]
    >,
    updatedAt: new Date().toISOString(),
  };
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

export function occurredAtIso(draft: ProposalDraft): string {
  const moment = new Date(draft.occurred_local);
  return draft.occurred_local && !Number.isNaN(moment.getTime()) ? moment.toISOString() : '';
}

/** The draft as the rules check it (the same check the server repeats). */
export function draftInput(draft: ProposalDraft): ProposalInput {
  return {
    disaster_type: draft.disaster_type,
    disaster_type_other: draft.disaster_type_other,
    occurred_at: occurredAtIso(draft),
    location_note: draft.location_note,
    location_lat: draft.location_lat,
    location_lon: draft.location_lon,
    chronology: draft.chronology,
    public_facilities: draft.public_facilities,
    other_losses: draft.other_losses,
    logistics: draft.logistics
      .filter((row) => row.item.trim() !== '' || row.quantity.trim() !== '' || row.unit.trim() !== '')
      .map((row) => ({ item: row.item.trim(), quantity: numberOrNull(row.quantity) ?? 0, unit: row.unit.trim() })),
    recipient: draft.recipient,
    contact_name: draft.contact_name,
    contact_phone: draft.contact_phone,
    counts: Object.fromEntries(
      Object.entries(draft.counts).map(([field, text]) => [
        field,
        text.trim() === '' ? null : (plainNumber(text) ?? NaN),
      ]),
    ),
  };
}

/** The multipart body of POST /api/collections/proposals/records. */
export function draftFormData(draft: ProposalDraft, villageId: string): FormData {
  const input = draftInput(draft);
  const form = new FormData();
  const fields: Record<string, string> = {
    idempotency_key: draft.idempotencyKey,
    village: villageId,
    disaster_type: input.disaster_type,
    disaster_type_other: input.disaster_type_other,
    occurred_at: input.occurred_at,
    location_note: input.location_note,
    chronology: input.chronology,
    public_facilities: input.public_facilities,
    other_losses: input.other_losses,
    logistics: JSON.stringify(input.logistics),
    recipient: input.recipient,
    contact_name: input.contact_name,
    contact_phone: input.contact_phone,
  };
  if (input.location_lat != null && input.location_lon != null) {
    fields['location_lat'] = String(input.location_lat);
    fields['location_lon'] = String(input.location_lon);
  }
  for (const [field, value] of Object.entries(input.counts)) fields[field] = value == null ? '' : String(value);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const document of DOCUMENTS) {
    for (const file of draft.documents[document.field]) form.append(document.field, file.blob, file.name);
  }
  return form;
}

/** Whether nothing has been typed or attached yet (the contact, filled in from the account, aside). */
export function draftIsEmpty(draft: ProposalDraft): boolean {
  const fresh = emptyDraft({ name: draft.contact_name, phone: draft.contact_phone });
  const { idempotencyKey: _key, updatedAt: _updated, step: _step, ...typed } = draft;
  const { idempotencyKey: _freshKey, updatedAt: _freshUpdated, step: _freshStep, ...nothing } = fresh;
  return JSON.stringify(typed) === JSON.stringify(nothing);
}

export function draftBytes(draft: ProposalDraft): { sent: number; original: number } {
  const files = DOCUMENTS.flatMap((document) => draft.documents[document.field]);
  return {
    sent: files.reduce((sum, file) => sum + file.size, 0),
    original: files.reduce((sum, file) => sum + file.originalSize, 0),
  };
}
