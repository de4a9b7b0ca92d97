// A complaint sent through the public route as the site's form sends it (multipart, with a proof
// of work bound to its idempotency key), for the tests that need one: by default an ordinary
// complaint about Surat Keterangan DTKS from someone who asked to be answered by WhatsApp.
import { randomUUID } from 'node:crypto';
import { submissionProof } from './proof-of-work.ts';

const ORDINARY_COMPLAINANT = {
  identity: 'biasa',
  name: 'Rini Marlina',
  phone: '0857-2211-9034',
  reply_channel: 'whatsapp',
};

export async function sendComplaint(
  url: string,
  options: { key?: string; proof?: unknown; fields?: Record<string, string>; photo?: Blob } = {},
) {
  const key = options.key ?? randomUUID();
  const about = options.fields?.['about_number']
    ? { number: options.fields['about_number'], verifier: options.fields['about_verifier'] ?? '' }
    : undefined;
  const form = new FormData();
  const fields: Record<string, string> = {
    idempotency_key: key,
    kind: 'pengaduan',
    agency: 'dinsos-p3a-purwakarta',
    service: 'surat-keterangan-dtks',
    description: 'Saya diminta membayar Rp50.000 untuk surat keterangan DTKS.',
    consent: 'ya',
    ...ORDINARY_COMPLAINANT,
    proof: JSON.stringify(options.proof ?? (await submissionProof(url, key, 'pengaduan', about))),
    ...options.fields,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (options.photo) form.append('photo', options.photo, 'foto.jpg');
  const response = await fetch(`${url}/api/pengaduan/kirim`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json(), key };
}
