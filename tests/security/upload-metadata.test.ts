// An anonymous complaint's photo must not say where it was taken, nor by whom, nor a file name
// that names the sender — whether it comes from the site's form (which redraws it on the phone)
// or, as tried here, straight to the API from a script: a GPS-tagged JPEG with XMP, a comment and
// an appended "motion photo", a PNG with tEXt and eXIf chunks, a WebP with EXIF and XMP, through
// each route that takes residents' files and the API villages use.
import { randomUUID } from 'node:crypto';
import exifr from 'exifr';
import type { RecordModel } from 'pocketbase';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { submissionProof } from '../support/proof-of-work';
import { proposalForm } from '../support/proposal-form';
import { METADATA_WORDS, taggedJpeg, taggedPng, taggedWebp } from '../support/tagged-images';

let server: TestPocketBase;
let staff: StaffAccount;
let operator: VillageAccount;

beforeAll(async () => {
  server = await startTestPocketBase();
  [staff, operator] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createOperator(server, '32.14.06.2006'),
  ]);
});
afterAll(() => server?.stop());

const blob = (bytes: Buffer, type: string) => new Blob([new Uint8Array(bytes)], { type });

/** A form for `route`, proof of work included, sent as a script would. */
async function send(
  route: string,
  kind: 'permohonan' | 'pengaduan',
  fields: Record<string, string>,
  files: [string, Blob, string][],
) {
  const key = randomUUID();
  const form = new FormData();
  const all = { ...fields, idempotency_key: key, proof: JSON.stringify(await submissionProof(server.url, key, kind)) };
  for (const [name, value] of Object.entries(all)) form.append(name, value);
  for (const [field, file, name] of files) form.append(field, file, name);
  const response = await fetch(`${server.url}${route}`, { method: 'POST', body: form });
  return { status: response.status, body: await response.json() };
}

const complaint = (photo: Blob, name: string) =>
  send(
    '/api/pengaduan/kirim',
    'pengaduan',
    {
      kind: 'pengaduan',
      identity: 'anonim',
      agency: 'dinsos-p3a-purwakarta',
      description: 'Jalan menuju kantor desa rusak dan bantuan tidak sampai.',
      verifier_digits: '8842',
      reply_channel: 'halaman-status',
      consent: 'ya',
    },
    [['photo', photo, name]],
  );

/** What staff download: the stored file's name and bytes. */
async function stored(record: RecordModel, name: string) {
  const token = await staff.pb.files.getToken();
  const response = await fetch(staff.pb.files.getURL(record, name, { token }));
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function expectOnlyThePicture(name: string, bytes: Buffer, format: string, kept: Record<string, unknown> = {}) {
  expect(name).toMatch(new RegExp(`^foto_[a-z0-9]{16}\\.${format === 'jpeg' ? 'jpg' : format}$`));
  const metadata = await sharp(bytes).metadata();
  expect(metadata).toMatchObject({ format, width: 64, height: 48 });
  expect([metadata.xmp, metadata.iptc]).toEqual([undefined, undefined]);
  // exifr does not read WebP; sharp says it carries no EXIF.
  if (format === 'webp') expect(metadata.exif).toBeUndefined();
  else {
    const parsed = await exifr.parse(bytes, {
      tiff: true,
      xmp: true,
      iptc: true,
      ihdr: false,
      jfif: false,
      icc: false,
    });
    expect(parsed ?? {}).toEqual(kept);
    expect(await exifr.gps(bytes)).toBeUndefined();
  }
  for (const word of [...METADATA_WORDS, 'Siti', 'Aminah', 'Ciwareng'])
    expect(bytes.toString('latin1')).not.toContain(word);
}

describe('a photo sent straight to the API', () => {
  it('of an anonymous complaint is stored without its GPS position, camera, author, comment or appended video, under a neutral name', async () => {
    const sent = await complaint(blob(await taggedJpeg(), 'image/jpeg'), 'Siti_Aminah_Desa_Ciwareng.jpg');
    expect(sent.status).toBe(200);
    const record = await staff.pb
      .collection('complaints')
      .getFirstListItem(staff.pb.filter('number = {:n}', { n: sent.body.number }));
    // Taken sideways: the orientation alone stays, so staff see it upright.
    await expectOnlyThePicture(record['photo'], await stored(record, record['photo']), 'jpeg', {
      Orientation: 'Rotate 90 CW',
    });
  });

  it('of an online application, PNG and WebP alike, is stored without its text and EXIF chunks', async () => {
    const sent = await send(
      '/api/layanan/ajukan',
      'permohonan',
      {
        service: 'surat-keterangan-dtks',
        applicant_name: 'Siti Aminah',
        applicant_phone: '0812-2044-3187',
        statements: JSON.stringify({ 'syarat-2': 'Untuk mendaftarkan anak ke sekolah.' }),
        document_requirements: JSON.stringify(['syarat-0', 'syarat-1']),
        consent: 'ya',
      },
      [
        ['documents', blob(await taggedPng(), 'image/png'), 'KTP Siti Aminah.png'],
        ['documents', blob(await taggedWebp(), 'image/webp'), 'KK Siti Aminah.webp'],
      ],
    );
    expect(sent.status).toBe(200);
    const record = await staff.pb
      .collection('requests')
      .getFirstListItem(staff.pb.filter('number = {:n}', { n: sent.body.number }));
    const documents = record['documents'] as string[];
    const png = documents.find((name) => name.endsWith('.png'));
    const webp = documents.find((name) => name.endsWith('.webp'));
    await expectOnlyThePicture(png!, await stored(record, png!), 'png');
    await expectOnlyThePicture(webp!, await stored(record, webp!), 'webp');
    // Each file still answers its requirement, under its new name.
    expect(record['document_requirements']).toEqual({ [png!]: 'Kartu Tanda Penduduk', [webp!]: 'Kartu Keluarga' });
  });

  it("of a village proposal, sent through PocketBase's own API, is cleaned the same way", async () => {
    const form = await proposalForm(operator.placeId, {
      files: { doc_chronology: [blob(await taggedJpeg(), 'image/jpeg')] },
    });
    const proposal = await operator.pb.collection('proposals').create(form);
    const [photo] = proposal['doc_chronology'] as string[];
    await expectOnlyThePicture(photo!, await stored(proposal, photo!), 'jpeg', { Orientation: 'Rotate 90 CW' });
    expect((proposal['doc_request_letter'] as string[])[0]).toMatch(/^dokumen_[a-z0-9]{16}\.pdf$/);
  });

  it('cut short, is refused with a message that says what to do, not stored as it came', async () => {
    const cut = (await taggedJpeg()).subarray(0, 300);
    const sent = await complaint(blob(cut, 'image/jpeg'), 'foto.jpg');
    expect(sent.status).toBe(400);
    expect(sent.body.data.photo.message).toContain('tidak dapat dibaca');
  });
});
