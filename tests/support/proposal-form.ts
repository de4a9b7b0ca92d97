// A complete, valid disaster-logistics proposal as multipart form data, with real files.
import { randomUUID } from 'node:crypto';
import PocketBase from 'pocketbase';
import sharp from 'sharp';
import { E2E_OPERATOR } from './e2e-accounts.ts';
import { onePagePdf, SAMPLE_PROPOSAL_FIELDS } from '../../pocketbase/scripts/sample-proposal.ts';

export async function jpegPhoto(width = 64, height = 48): Promise<Blob> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 120, g: 90, b: 60 } } })
    .jpeg()
    .toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
}

/** A JPEG such as a phone camera writes: EXIF with the GPS position where it was taken (Purwakarta). */
export async function jpegPhotoWithLocation(width = 64, height = 48): Promise<Blob> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 60, g: 120, b: 90 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Ponsel', Model: 'Kamera' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 33/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 26/1 0/1' },
    })
    .toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
}

export const pdfDocument = (text = 'Surat Permohonan Usulan') => onePagePdf(text);

export const VALID_FIELDS = SAMPLE_PROPOSAL_FIELDS;

/**
 * Form data for a proposal from a village (its record id, as the form sends it); `fields` override
 * or (with null) remove fields, `files` replace documents.
 */
export async function proposalForm(
  village: string,
  options: { fields?: Record<string, string | null>; files?: Partial<Record<string, Blob[]>> } = {},
): Promise<FormData> {
  const form = new FormData();
  const fields = { idempotency_key: randomUUID(), village, ...VALID_FIELDS, ...options.fields };
  for (const [name, value] of Object.entries(fields)) if (value !== null) form.append(name, value);
  const files: Record<string, Blob[]> = {
    doc_request_letter: [pdfDocument()],
    doc_chronology: [await jpegPhoto(), await jpegPhoto(80, 60)],
    doc_victims_losses: [pdfDocument('Jumlah Korban dan Kerugian')],
    doc_kk_ktp: [await jpegPhoto()],
    ...options.files,
  };
  for (const [field, blobs] of Object.entries(files)) {
    for (const [index, blob] of (blobs ?? []).entries())
      form.append(field, blob, `${field}-${index + 1}.${blob.type === 'application/pdf' ? 'pdf' : 'jpg'}`);
  }
  return form;
}

/** The e2e village operator (Desa Linggasari, Kec. Darangdan), signed in through the API. */
export async function signedInE2eOperator(baseURL: string): Promise<PocketBase> {
  const operator = new PocketBase(baseURL);
  operator.autoCancellation(false);
  await operator
    .collection('operators')
    .authWithPassword(E2E_OPERATOR.email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  return operator;
}

/** A proposal the e2e village operator (Desa Linggasari, Kec. Darangdan) sends to `recipient`. */
export async function operatorProposal(baseURL: string, recipient: 'camat' | 'kepala_dinas') {
  const operator = await signedInE2eOperator(baseURL);
  const village = await operator
    .collection('villages')
    .getFirstListItem(operator.filter('code = {:code}', { code: E2E_OPERATOR.villageCode }));
  const proposal = await operator
    .collection('proposals')
    .create(await proposalForm(village.id, { fields: { recipient } }));
  return { id: proposal.id, number: proposal['number'] as string };
}
