// A complete, valid disaster-logistics proposal as multipart form data, with real files.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';

export async function jpegPhoto(width = 64, height = 48): Promise<Blob> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 120, g: 90, b: 60 } } }).jpeg().toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
}

export function pdfDocument(text = 'Surat Permohonan Usulan'): Blob {
  const pdf = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n%${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new Blob([pdf], { type: 'application/pdf' });
}

export const VALID_FIELDS: Record<string, string> = {
  disaster_type: 'tanah-longsor',
  disaster_type_other: '',
  occurred_at: '2026-11-22T21:30:00.000Z',
  location_note: 'Kampung Cibeureum RT 02/RW 04',
  chronology: 'Hujan deras sejak sore menyebabkan tebing setinggi 10 meter longsor dan menimpa tiga rumah warga.',
  victims_kk: '3',
  victims_people: '11',
  deaths: '0',
  injured: '2',
  displaced: '11',
  houses_light: '1',
  houses_moderate: '1',
  houses_heavy: '1',
  public_facilities: 'Jalan desa tertutup material longsor sepanjang 20 meter.',
  other_losses: '',
  logistics: JSON.stringify([
    { item: 'Terpal', quantity: 10, unit: 'lembar' },
    { item: 'Beras', quantity: 50, unit: 'kg' },
  ]),
  recipient: 'kepala_dinas',
  contact_name: 'Ujang Sopandi',
  contact_phone: '0812-7788-4321',
};

/**
 * Form data for a proposal from a village (its record id, as the form sends it); `fields` override
 * or (with null) remove fields, `files` replace documents.
 */
export async function proposalForm(village: string, options: { fields?: Record<string, string | null>; files?: Partial<Record<string, Blob[]>> } = {}): Promise<FormData> {
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
    for (const [index, blob] of (blobs ?? []).entries()) form.append(field, blob, `${field}-${index + 1}.${blob.type === 'application/pdf' ? 'pdf' : 'jpg'}`);
  }
  return form;
}
