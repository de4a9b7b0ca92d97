// An online application sent through the public route as the site's form sends it (multipart, with
// a proof of work bound to its idempotency key): by default Surat Keterangan DTKS with its KTP and KK
// photos (syarat-0, syarat-1) and the reason written (syarat-2), phone ending 3187.
import { randomUUID } from 'node:crypto';
import { jpegPhoto } from './proposal-form.ts';
import { submissionProof } from './proof-of-work.ts';

export async function sendApplication(
  url: string,
  options: { key?: string; proof?: unknown; fields?: Record<string, string>; files?: [string, Blob][] } = {},
) {
  const key = options.key ?? randomUUID();
  const form = new FormData();
  const fields: Record<string, string> = {
    service: 'surat-keterangan-dtks',
    idempotency_key: key,
    applicant_name: 'Siti Aminah',
    applicant_phone: '0812-2044-3187',
    statements: JSON.stringify({ 'syarat-2': 'Untuk mendaftarkan anak ke sekolah.' }),
    consent: 'ya',
    proof: JSON.stringify(options.proof ?? (await submissionProof(url, key))),
    ...options.fields,
  };
  const files = options.files ?? [
    ['syarat-0', await jpegPhoto()],
    ['syarat-1', await jpegPhoto(90, 60)],
  ];
  fields['document_requirements'] = JSON.stringify(files.map(([requirement]) => requirement));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [requirement, blob] of files) form.append('documents', blob, `${requirement}.jpg`);
  const response = await fetch(`${url}/api/layanan/ajukan`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json(), key };
}
