// A household proposal (usulan DTSEN) as the village operator's form holds it: typed text as typed,
// photos as the shrunk blobs that will be sent (EXIF removed on the phone, src/lib/image-resize.ts).
// Saved on the phone as it changes (household-store.ts), turned into the checked input
// (src/domain/household-proposal.ts) and into the multipart body the server takes.
import { HOUSEHOLD_PHOTOS, type HouseholdInput, type HouseholdPhotoField } from '../domain/household-proposal';
import type { StoredFile } from './stored-file';

export interface HouseholdDraft {
  idempotencyKey: string;
  step: number;
  updatedAt: string;
  head_name: string;
  nik: string;
  kk: string;
  address: string;
  rt: string;
  rw: string;
  phone: string;
  chosen_digits: string;
  lat: number | null;
  lon: number | null;
  location_accuracy_m: number | null;
  criteria: Record<string, boolean>;
  consent: boolean;
  photos: Record<HouseholdPhotoField, StoredFile[]>;
}

export function emptyHouseholdDraft(): HouseholdDraft {
  return {
    idempotencyKey: crypto.randomUUID(),
    step: 0,
    updatedAt: new Date().toISOString(),
    head_name: '',
    nik: '',
    kk: '',
    address: '',
    rt: '',
    rw: '',
    phone: '',
    chosen_digits: '',
    lat: null,
    lon: null,
    location_accuracy_m: null,
    criteria: {},
    consent: false,
    photos: Object.fromEntries(HOUSEHOLD_PHOTOS.map((photo) => [photo.field, []])) as unknown as Record<
      HouseholdPhotoField,
      StoredFile[]
    >,
  };
}

/** The draft as the rules check it (the same check the server repeats). */
export function householdInput(draft: HouseholdDraft): HouseholdInput {
  const { idempotencyKey: _key, step: _step, updatedAt: _updated, photos: _photos, ...typed } = draft;
  return typed;
}

/** The multipart body of the household-proposal create route: fields, then photos. */
export function householdFormData(draft: HouseholdDraft, villageId: string): FormData {
  const input = householdInput(draft);
  const form = new FormData();
  const fields: Record<string, string> = {
    idempotency_key: draft.idempotencyKey,
    village: villageId,
    head_name: input.head_name.trim(),
    nik: input.nik.replace(/[\s.-]/g, ''),
    kk: input.kk.replace(/[\s.-]/g, ''),
    address: input.address.trim(),
    rt: input.rt.trim(),
    rw: input.rw.trim(),
    phone: input.phone.trim(),
    chosen_digits: input.phone.trim() === '' ? input.chosen_digits.trim() : '',
    lat: input.lat === null ? '' : String(input.lat),
    lon: input.lon === null ? '' : String(input.lon),
    location_accuracy_m: input.location_accuracy_m === null ? '' : String(Math.round(input.location_accuracy_m)),
    criteria: JSON.stringify(input.criteria),
    consent: String(input.consent),
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const photo of HOUSEHOLD_PHOTOS)
    for (const file of draft.photos[photo.field]) form.append(photo.field, file.blob, file.name);
  return form;
}

/** Whether nothing has been typed, answered or photographed yet. */
export function householdDraftIsEmpty(draft: HouseholdDraft): boolean {
  const { idempotencyKey: _a, updatedAt: _b, step: _c, ...typed } = draft;
  const { idempotencyKey: _d, updatedAt: _e, step: _f, ...nothing } = emptyHouseholdDraft();
  return JSON.stringify(typed) === JSON.stringify(nothing);
}
