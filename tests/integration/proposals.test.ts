// Disaster-logistics proposals against a real PocketBase, tried as an attacker would: other
// villages, other Camats, anonymous downloads, bad input, and a send retried after a dropped connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordModel } from 'pocketbase';
import {
  client,
  createCamat,
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { jpegPhoto, pdfDocument, proposalForm } from '../support/proposal-form';
import { statusAnswerText } from '../support/status-answer';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../src/domain/document-files';

const LINGGASARI = '32.14.06.2006'; // Darangdan, Lambung Sosial
const DEPOK = '32.14.06.2002'; // Darangdan
const CIPICUNG = '32.14.05.2005'; // Sukatani, Lambung Sosial
const ANJUN = '32.14.04.2009'; // Plered, no Lambung Sosial

let server: TestPocketBase;
let linggasari: VillageAccount;
let cipicung: VillageAccount;
let anjun: VillageAccount;
let camatDarangdan: VillageAccount;
let camatSukatani: VillageAccount;
let staff: StaffAccount;
let kepalaBidang: StaffAccount;
let staffBanjarnegara: StaffAccount;
let toCamatDarangdan: RecordModel;
let toKepalaDinas: RecordModel;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, data: {} as Record<string, { message: string }> }),
    (error) => ({
      status: error.status as number,
      data: (error.response?.data ?? {}) as Record<string, { message: string }>,
    }),
  );

beforeAll(async () => {
  server = await startTestPocketBase();
  [linggasari, cipicung, anjun] = await Promise.all([
    createOperator(server, LINGGASARI),
    createOperator(server, CIPICUNG),
    createOperator(server, ANJUN),
  ]);
  [camatDarangdan, camatSukatani] = await Promise.all([
    createCamat(server, '32.14.06'),
    createCamat(server, '32.14.05'),
  ]);
  staff = await createStaff(server, 'dinsos-p3a-purwakarta');
  kepalaBidang = await createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang');
  staffBanjarnegara = await createStaff(server, 'dinsos-pppa-banjarnegara');
  toCamatDarangdan = await linggasari.pb
    .collection('proposals')
    .create(await proposalForm(linggasari.placeId, { fields: { recipient: 'camat' } }));
  toKepalaDinas = await cipicung.pb.collection('proposals').create(await proposalForm(cipicung.placeId));
});
afterAll(() => server?.stop());

describe('sending a proposal', () => {
  it('gives it a number, status "diterima", the village and the operator, whatever the client sent', async () => {
    expect(toCamatDarangdan['number']).toMatch(/^PWK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    expect(toCamatDarangdan['status']).toBe('diterima');
    expect(toCamatDarangdan['operator']).toBe(linggasari.id);
    const other = await linggasari.pb
      .collection('proposals')
      .create(await proposalForm(linggasari.placeId, { fields: { status: 'disetujui', number: 'PWK-0000-0000-0' } }));
    expect(other['status']).toBe('diterima');
    expect(other['number']).not.toBe('PWK-0000-0000-0');
  });

  it('shows up on the public status page with the verifier from its contact phone, without personal data', async () => {
    const response = await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number: toKepalaDinas['number'], verifier: '4321' }),
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      status: 'diterima',
      currentStep: 1,
      steps: [
        'Usulan diterima',
        'Verifikasi usulan',
        'Keputusan: disetujui atau ditolak',
        'Logistik dikirim',
        'Logistik diterima desa',
      ],
      promise: 'tanpa-janji',
    });
    expect(body.service.slug).toBe('pengusulan-logistik-kebencanaan');
    const text = statusAnswerText(body, toKepalaDinas['number']);
    for (const secret of ['Ujang', '0812', 'Cibeureum', 'longsor']) expect(text).not.toContain(secret);
  });

  it('sent twice with the same idempotency key, creates one proposal and answers both times with it', async () => {
    const form = await proposalForm(anjun.placeId);
    const first = await anjun.pb.collection('proposals').create(form);
    const second = await anjun.pb.collection('proposals').create(form);
    expect(second.id).toBe(first.id);
    expect(second['number']).toBe(first['number']);
    const [third, fourth] = await Promise.all([
      anjun.pb
        .collection('proposals')
        .create(await proposalForm(anjun.placeId, { fields: { idempotency_key: 'sama-sama-0123456789abcd' } })),
      anjun.pb
        .collection('proposals')
        .create(await proposalForm(anjun.placeId, { fields: { idempotency_key: 'sama-sama-0123456789abcd' } })),
    ]);
    expect(third.id).toBe(fourth.id);
    const mine = await server.admin.collection('proposals').getFullList({
      filter: server.admin.filter('idempotency_key = {:a} || idempotency_key = {:b}', {
        a: first['idempotency_key'],
        b: 'sama-sama-0123456789abcd',
      }),
    });
    expect(mine).toHaveLength(2);
  });

  it('refuses another village’s idempotency key', async () => {
    const result = await failure(
      cipicung.pb
        .collection('proposals')
        .create(
          await proposalForm(cipicung.placeId, { fields: { idempotency_key: toCamatDarangdan['idempotency_key'] } }),
        ),
    );
    expect(result.status).toBe(400);
    expect(result.data['idempotency_key']!.message).toContain('sudah dipakai');
  });
});

describe('server-side validation, in Indonesian, naming the field', () => {
  const cases: [string, Record<string, string | null>, string, string][] = [
    ['a missing disaster type', { disaster_type: null }, 'disaster_type', 'Pilih jenis bencana'],
    ['"lainnya" without saying what', { disaster_type: 'lainnya' }, 'disaster_type_other', 'Tuliskan jenis bencananya'],
    [
      'a date in the future',
      { occurred_at: new Date(Date.now() + 86_400_000).toISOString() },
      'occurred_at',
      'tidak boleh di masa depan',
    ],
    ['a missing chronology', { chronology: '' }, 'chronology', 'Tuliskan kronologi kejadian'],
    ['a negative count', { injured: '-1' }, 'injured', 'Luka-luka: harus bilangan bulat 0 atau lebih'],
    ['a missing count', { deaths: null }, 'deaths', 'Meninggal: isi angka, tulis 0 jika tidak ada'],
    ['a fractional count', { houses_heavy: '1.5' }, 'houses_heavy', 'Rumah rusak berat: harus bilangan bulat'],
    ['no logistics', { logistics: '[]' }, 'logistics', 'paling sedikit satu kebutuhan logistik'],
    [
      'a logistics row without quantity',
      { logistics: JSON.stringify([{ item: 'Beras', quantity: 0, unit: 'kg' }]) },
      'logistics',
      'baris 1: jumlah harus lebih dari 0',
    ],
    [
      'the Camat outside a Lambung Sosial kecamatan',
      { recipient: 'camat' },
      'recipient',
      'hanya untuk kecamatan yang memiliki Lambung Sosial',
    ],
    [
      'a point outside Purwakarta',
      { location_lat: '-7.4', location_lon: '109.7' },
      'location_lat',
      'di luar Kabupaten Purwakarta',
    ],
    ['a bad contact phone', { contact_phone: 'telepon saya' }, 'contact_phone', 'nomor HP'],
  ];
  for (const [description, fields, field, message] of cases) {
    it(`rejects ${description}`, async () => {
      const result = await failure(
        anjun.pb.collection('proposals').create(await proposalForm(anjun.placeId, { fields })),
      );
      expect(result.status).toBe(400);
      expect(result.data[field]?.message).toContain(message);
    });
  }

  it('rejects a missing document', async () => {
    const result = await failure(
      anjun.pb.collection('proposals').create(await proposalForm(anjun.placeId, { files: { doc_kk_ktp: [] } })),
    );
    expect(result.data['doc_kk_ktp']?.message).toBe(
      'Lampiran KK dan KTP Korban Bencana: lampirkan paling sedikit satu foto atau PDF.',
    );
  });

  it('rejects a file that is neither a photo nor a PDF, whatever its name says, naming the file as it was sent', async () => {
    const disguised = new Blob(['MZ\x90\x00 this is not a picture'], { type: 'image/jpeg' });
    const result = await failure(
      anjun.pb
        .collection('proposals')
        .create(await proposalForm(anjun.placeId, { files: { doc_request_letter: [pdfDocument(), disguised] } })),
    );
    expect(result.status).toBe(400);
    expect(result.data['doc_request_letter']?.message).toBe(
      'Surat Permohonan Usulan: "doc_request_letter-2.jpg" bukan foto (JPEG, PNG, WebP) atau PDF. Pilih foto atau PDF sebagai gantinya.',
    );
  });

  it('rejects a file over 10 MB', async () => {
    const big = new Blob(['%PDF-1.4\n', new Uint8Array(MAX_FILE_BYTES + 1024).fill(32)], { type: 'application/pdf' });
    const result = await failure(
      anjun.pb
        .collection('proposals')
        .create(await proposalForm(anjun.placeId, { files: { doc_victims_losses: [big] } })),
    );
    expect(result.status).toBe(400);
    expect(result.data['doc_victims_losses']?.message).toBe(
      'Jumlah Korban dan Kerugian: "doc_victims_losses-1.pdf" lebih dari 10 MB.',
    );
  });

  it('keeps the form’s file rules and the collection’s in step', async () => {
    const collection = await server.admin.collections.getOne('proposals');
    for (const field of collection.fields.filter((candidate: { type: string }) => candidate.type === 'file')) {
      expect(field.mimeTypes.sort()).toEqual([...ALLOWED_FILE_TYPES].sort());
      expect(field.maxSize).toBe(MAX_FILE_BYTES);
      expect(field.protected).toBe(true);
    }
  });
});

describe('who can see and do what', () => {
  it('an operator cannot send for another village', async () => {
    const depok = await server.admin
      .collection('villages')
      .getFirstListItem(server.admin.filter('code = {:code}', { code: DEPOK }));
    const form = await proposalForm(depok.id);
    expect((await failure(linggasari.pb.collection('proposals').create(form))).status).toBe(400);
  });

  it('an operator reads only their village’s proposals', async () => {
    const seen = await linggasari.pb.collection('proposals').getFullList();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((proposal) => proposal['village'] === toCamatDarangdan['village'])).toBe(true);
    expect((await failure(linggasari.pb.collection('proposals').getOne(toKepalaDinas.id))).status).toBe(404);
  });

  it('a Camat reads only proposals addressed to them', async () => {
    expect((await camatDarangdan.pb.collection('proposals').getFullList()).map((proposal) => proposal.id)).toEqual([
      toCamatDarangdan.id,
    ]);
    expect(await camatSukatani.pb.collection('proposals').getFullList()).toEqual([]);
    expect((await failure(camatSukatani.pb.collection('proposals').getOne(toCamatDarangdan.id))).status).toBe(404);
    expect((await failure(camatSukatani.pb.collection('proposals').getOne(toKepalaDinas.id))).status).toBe(404);
  });

  it('Dinsos staff read all of their regency’s proposals; staff of another office none', async () => {
    const seen = (await staff.pb.collection('proposals').getFullList()).map((proposal) => proposal.id);
    expect(seen).toEqual(expect.arrayContaining([toCamatDarangdan.id, toKepalaDinas.id]));
    expect(await staffBanjarnegara.pb.collection('proposals').getFullList()).toEqual([]);
  });

  it('anonymous visitors see nothing, and nobody edits or deletes a proposal', async () => {
    const anonymous = client(server.url);
    expect((await anonymous.collection('proposals').getList()).totalItems).toBe(0);
    expect((await failure(anonymous.collection('proposals').getOne(toKepalaDinas.id))).status).toBe(404);
    expect((await failure(anonymous.collection('proposals').create(await proposalForm(anjun.placeId)))).status).toBe(
      400,
    );
    expect(
      (await failure(cipicung.pb.collection('proposals').update(toKepalaDinas.id, { recipient: 'camat' }))).status,
    ).toBe(403);
    expect((await failure(staff.pb.collection('proposals').delete(toKepalaDinas.id))).status).toBe(403);
  });

  it('documents cannot be downloaded without a file token, nor with the token of someone not allowed', async () => {
    const fileName = (toKepalaDinas['doc_kk_ktp'] as string[])[0]!;
    const url = (token?: string) =>
      `${server.url}/api/files/proposals/${toKepalaDinas.id}/${fileName}${token ? `?token=${token}` : ''}`;
    expect((await fetch(url())).status).toBe(404);
    const operatorToken = await cipicung.pb.files.getToken();
    const downloaded = await fetch(url(operatorToken));
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe('image/jpeg');
    expect((await fetch(url(await linggasari.pb.files.getToken()))).status).toBe(404);
    expect((await fetch(url(await camatDarangdan.pb.files.getToken()))).status).toBe(404);
    expect((await fetch(url(await staffBanjarnegara.pb.files.getToken()))).status).toBe(404);
    expect((await fetch(url(await staff.pb.files.getToken()))).status).toBe(200);
  });

  it('operators cannot make accounts; staff of the office make operators, and Camats only for Lambung Sosial', async () => {
    const village = await server.admin
      .collection('villages')
      .getFirstListItem(server.admin.filter('code = {:code}', { code: ANJUN }));
    const account = (extra: Record<string, string>) => ({
      email: `baru.${Date.now()}.${Math.random()}@test.local`,
      password: 'kata-sandi-12345',
      passwordConfirm: 'kata-sandi-12345',
      name: 'Baru',
      ...extra,
    });
    expect((await failure(anjun.pb.collection('operators').create(account({ village: village.id })))).status).toBe(400);
    expect(
      (await failure(staffBanjarnegara.pb.collection('operators').create(account({ village: village.id })))).status,
    ).toBe(400);
    // An operator needs a phone to be reached on; the server says so in the form's words.
    const withoutPhone = await failure(staff.pb.collection('operators').create(account({ village: village.id })));
    expect(withoutPhone.data['phone']?.message).toContain('Tuliskan nomor HP operator');
    expect(
      (
        await failure(
          staff.pb.collection('operators').create(account({ village: village.id, phone: '0812-3456-7890' })),
        )
      ).status,
    ).toBe(200);
    const plered = await server.admin.collection('kecamatan').getFirstListItem('code = "32.14.04"');
    const darangdan = await server.admin.collection('kecamatan').getFirstListItem('code = "32.14.06"');
    expect((await failure(staff.pb.collection('camats').create(account({ kecamatan: plered.id })))).status).toBe(400);
    expect((await failure(staff.pb.collection('camats').create(account({ kecamatan: darangdan.id })))).status).toBe(
      200,
    );
  });
});

describe('deciding on a proposal', () => {
  it('a proposal to a Camat is handled by that Camat alone: verified, approved; logistics never typed as sent', async () => {
    const move = (who: { pb: typeof staff.pb }, proposal: RecordModel, status: string) =>
      who.pb.collection('proposal_events').create({ proposal: proposal.id, status, public_note: `Status ${status}.` });
    // content/services/pengusulan-logistik-kebencanaan.md: camatProposalsDecidedBy: camat.
    expect(toCamatDarangdan['decided_by']).toBe('camat');
    expect((await failure(move(camatSukatani, toCamatDarangdan, 'diverifikasi'))).status).toBe(400);
    // The Dinas sees it, but neither its petugas nor its kepala bidang may act on it.
    for (const dinas of [staff, kepalaBidang])
      expect((await failure(move(dinas, toCamatDarangdan, 'diverifikasi'))).status).toBe(400);
    await move(camatDarangdan, toCamatDarangdan, 'diverifikasi');
    // Jumping ahead is refused (the API rule: nobody types "Logistik dikirim").
    expect((await failure(move(camatDarangdan, toCamatDarangdan, 'dikirim'))).status).toBe(400);
    expect((await failure(move(kepalaBidang, toCamatDarangdan, 'disetujui'))).status).toBe(400);
    await move(camatDarangdan, toCamatDarangdan, 'disetujui');
    // "Logistik dikirim" comes only with a release of stock and its BAST (tests/integration/stock-ledger.test.ts).
    expect((await failure(move(camatDarangdan, toCamatDarangdan, 'dikirim'))).status).toBe(400);
    expect((await failure(move(camatDarangdan, toCamatDarangdan, 'diterima-desa'))).status).toBe(400);
    const approved = await staff.pb.collection('proposals').getOne(toCamatDarangdan.id);
    expect(approved['status']).toBe('disetujui');
    const events = await staff.pb
      .collection('proposal_events')
      .getFullList({ filter: `proposal = "${toCamatDarangdan.id}"`, sort: 'at' });
    expect(events.map((event) => event['status'])).toEqual(['diterima', 'diverifikasi', 'disetujui']);
    expect(events.slice(1).map((event) => [event['camat'], event['staff']])).toEqual(
      Array(2).fill([camatDarangdan.id, '']),
    );
  });

  it('a proposal to the Kepala Dinas is decided at the Dinas: a petugas verifies, the kepala bidang decides, no Camat acts', async () => {
    const village = await createOperator(server, '32.14.05.2001'); // Sukatani, Lambung Sosial: it could have chosen the Camat
    // A client cannot choose who decides.
    const proposal = await village.pb
      .collection('proposals')
      .create(await proposalForm(village.placeId, { fields: { decided_by: 'camat' } }));
    expect(proposal['decided_by']).toBe('kepala_bidang');
    const move = (who: { pb: typeof staff.pb }, status: string) =>
      who.pb.collection('proposal_events').create({ proposal: proposal.id, status });
    expect((await failure(move(camatSukatani, 'diverifikasi'))).status).toBe(400);
    await move(staff, 'diverifikasi');
    expect((await failure(move(staff, 'disetujui'))).status).toBe(400);
    await move(kepalaBidang, 'disetujui');
    expect((await failure(move(staff, 'dikirim'))).status).toBe(400);
    expect((await staff.pb.collection('proposals').getOne(proposal.id))['status']).toBe('disetujui');
  });

  it('"diberitahu via WhatsApp" is recorded by whoever handles the proposal, as themselves, and never changed', async () => {
    const contact = (who: { pb: typeof staff.pb }, proposal: RecordModel, as: Record<string, string>) =>
      who.pb.collection('proposal_contacts').create({ proposal: proposal.id, channel: 'whatsapp', ...as });
    // To the Camat: the Camat tells the village, the Dinas does not.
    expect((await failure(contact(staff, toCamatDarangdan, { staff: staff.id }))).status).toBe(400);
    expect((await failure(contact(camatSukatani, toCamatDarangdan, { camat: camatSukatani.id }))).status).toBe(400);
    expect(
      (await failure(contact(camatDarangdan, toCamatDarangdan, { camat: camatDarangdan.id, staff: staff.id }))).status,
    ).toBe(400);
    const byCamat = await contact(camatDarangdan, toCamatDarangdan, { camat: camatDarangdan.id });
    // To the Kepala Dinas: the office's staff, as themselves, never posing as a Camat or a colleague.
    expect((await failure(contact(camatSukatani, toKepalaDinas, { camat: camatSukatani.id }))).status).toBe(400);
    expect((await failure(contact(staff, toKepalaDinas, { staff: kepalaBidang.id }))).status).toBe(400);
    expect((await failure(contact(staff, toKepalaDinas, { staff: staff.id, camat: camatSukatani.id }))).status).toBe(
      400,
    );
    expect((await failure(contact(staffBanjarnegara, toKepalaDinas, { staff: staffBanjarnegara.id }))).status).toBe(
      400,
    );
    expect((await failure(contact(cipicung, toKepalaDinas, {}))).status).toBe(400);
    const byStaff = await contact(staff, toKepalaDinas, { staff: staff.id });
    expect(
      (await failure(staff.pb.collection('proposal_contacts').update(byStaff.id, { channel: 'whatsapp' }))).status,
    ).toBe(403);
    expect((await failure(camatDarangdan.pb.collection('proposal_contacts').delete(byCamat.id))).status).toBe(403);
    // Each reads only the contacts of proposals it may read.
    expect((await camatDarangdan.pb.collection('proposal_contacts').getFullList()).map((entry) => entry.id)).toEqual([
      byCamat.id,
    ]);
    expect(await cipicung.pb.collection('proposal_contacts').getFullList()).toEqual([]);
    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: server.admin.filter('target_id = {:id}', { id: byCamat.id }) });
    expect(trail.map((entry) => `${entry['action']} ${entry['target_label']} ${entry['actor_id']}`)).toEqual([
      `memberi tahu desa via WhatsApp ${toCamatDarangdan['number']} ${camatDarangdan.id}`,
    ]);
  });

  it('operators cannot decide on their own proposal', async () => {
    expect(
      (
        await failure(
          cipicung.pb.collection('proposal_events').create({ proposal: toKepalaDinas.id, status: 'disetujui' }),
        )
      ).status,
    ).toBe(400);
  });
});

it('accepts PNG and WebP photos too', async () => {
  const { default: sharp } = await import('sharp');
  const png = new Blob(
    [
      new Uint8Array(
        await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
          .png()
          .toBuffer(),
      ),
    ],
    { type: 'image/png' },
  );
  const webp = new Blob(
    [
      new Uint8Array(
        await sharp({ create: { width: 8, height: 8, channels: 3, background: '#996633' } })
          .webp()
          .toBuffer(),
      ),
    ],
    { type: 'image/webp' },
  );
  const created = await anjun.pb.collection('proposals').create(
    await proposalForm(anjun.placeId, {
      files: { doc_chronology: [png, webp, await jpegPhoto()], doc_request_letter: [pdfDocument()] },
    }),
  );
  expect(created['doc_chronology']).toHaveLength(3);
});
