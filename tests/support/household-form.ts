// A household proposed for DTSEN (usulan DTSEN) as the village's data entry sends it from a village
// (its record id: the create rule reads it before any hook): valid fields
// (the NIK of a woman born 15 August 1990, a KK issued in Purwakarta 32.14), the three photos.
// `fields` override or (with null) remove fields, `files` replace photos.
import { randomUUID } from 'node:crypto';
import { jpegPhoto, signedInE2eOperator } from './proposal-form';

export const HOUSEHOLD_NIK = '3214015508900003';
export const HOUSEHOLD_KK = '3214010101200001';

export const VALID_HOUSEHOLD_FIELDS: Record<string, string> = {
  head_name: 'Siti Aminah',
  nik: HOUSEHOLD_NIK,
  kk: HOUSEHOLD_KK,
  address: 'Kp. Cibeureum',
  rt: '002',
  rw: '004',
  phone: '0812 3456 7890',
  chosen_digits: '',
  lat: '-6.52043',
  lon: '107.431742',
  location_accuracy_m: '12',
  criteria: JSON.stringify({ 'lantai-tanah': true, 'tanpa-jamban-sendiri': true, 'tidak-beli-pakaian': false }),
  consent: 'true',
};

export async function householdForm(
  village: string,
  options: { fields?: Record<string, string | null>; files?: Partial<Record<string, Blob[]>> } = {},
): Promise<FormData> {
  const form = new FormData();
  const fields = { idempotency_key: randomUUID(), village, ...VALID_HOUSEHOLD_FIELDS, ...options.fields };
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value);
  const files: Record<string, Blob[]> = {
    photo_house_front: [await jpegPhoto()],
    photo_ktp: [await jpegPhoto()],
    photo_kk: [await jpegPhoto()],
    ...options.files,
  };
  for (const [field, blobs] of Object.entries(files))
    for (const [index, blob] of (blobs ?? []).entries()) form.append(field, blob, `${field}-${index + 1}.jpg`);
  return form;
}

/**
 * A deliberation (musdes) of a village (its record id: the create rule reads it) on its households:
 * all agreed unless `outcomes` say otherwise; the minutes photographed.
 */
export async function householdBatchForm(
  village: string,
  households: string[],
  options: {
    fields?: Record<string, string | null>;
    outcomes?: { household: string; agreed: boolean; reason?: string }[];
    minutes?: Blob[];
  } = {},
): Promise<FormData> {
  const form = new FormData();
  const fields = {
    idempotency_key: randomUUID(),
    village,
    way: 'musdes',
    held_on: '2026-12-01 00:00:00.000Z',
    attending: '23',
    outcomes: JSON.stringify(options.outcomes ?? households.map((household) => ({ household, agreed: true }))),
    ...options.fields,
  };
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value);
  for (const [index, blob] of (options.minutes ?? [await jpegPhoto()]).entries())
    form.append('minutes', blob, `berita-acara-${index + 1}.jpg`);
  return form;
}

/**
 * `count` households the e2e village (Desa Linggasari) records through the API, with their own NIK (a
 * woman born 2 February 1988), none of the NIK other tests count: the public figures have data.
 */
export async function e2eVillageHouseholds(baseURL: string, count: number): Promise<string[]> {
  const operator = await signedInE2eOperator(baseURL);
  const village = operator.authStore.record!['village'] as string;
  const numbers: string[] = [];
  for (let index = 0; index < count; index++) {
    const household = await operator
      .collection('household_proposals')
      .create(await householdForm(village, { fields: { nik: E2E_FIGURES_NIK } }));
    numbers.push(household['number'] as string);
  }
  return numbers;
}

export const E2E_FIGURES_NIK = '3214014202880004';
