// Complaints against a real PocketBase, tried as a resident — anonymous, ordinary and "rahasia" —
// as staff of the office and of another, and as an attacker: no proof of work, a wrong verifier,
// reading what anonymity hides, publishing what must stay private.
import { randomUUID } from 'node:crypto';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  createOperator,
  createStaff,
  relaxRateLimits,
  serviceBySlug,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';
import { jpegPhotoWithLocation } from '../support/proposal-form';
import { solve, submissionProof } from '../support/proof-of-work';
import { OWNER_WORK_CAP } from '../../src/domain/proof-of-work';
import { sendComplaint } from '../support/complaint-form';

let server: TestPocketBase;
let petugas: StaffAccount;
let kepala: StaffAccount;
let petugasBanjarnegara: StaffAccount;

beforeAll(async () => {
  server = await startTestPocketBase();
  [petugas, kepala, petugasBanjarnegara] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
  ]);
});
afterAll(() => server?.stop());

const ANONYMOUS = { identity: 'anonim', name: '', phone: '', verifier_digits: '5521', reply_channel: 'halaman-status' };

const complain = (options: Parameters<typeof sendComplaint>[1] = {}) => sendComplaint(server.url, options);

const lookup = async (number: string, verifier: string) => {
  const response = await fetch(`${server.url}/api/layanan/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ number, verifier }),
  });
  return { status: response.status, body: await response.json() };
};

const reply = async (number: string, verifier: string, answer: string, note = '') => {
  const response = await fetch(`${server.url}/api/pengaduan/tanggapan`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ number, verifier, reply: answer, note }),
  });
  return { status: response.status, body: await response.json() };
};

const complaintNumbered = (staff: StaffAccount, number: string) =>
  staff.pb.collection('complaints').getFirstListItem(staff.pb.filter('number = {:number}', { number }));

/** A Pengusulan DTKS request registered at the counter, for a complaint to cite. */
async function dtksRequest(applicantName: string, applicantPhone: string) {
  const service = await serviceBySlug(server, 'pengusulan-dtks');
  return petugas.pb.collection('requests').create({
    agency: service['agency'],
    service: service.id,
    applicant_name: applicantName,
    applicant_phone: applicantPhone,
  });
}

const act = (staff: StaffAccount, complaint: string, fields: Record<string, unknown>) =>
  staff.pb.collection('complaint_events').create({ complaint, staff: staff.id, ...fields });

describe('an anonymous complaint', () => {
  let number: string;
  let id: string;

  beforeAll(async () => {
    const sent = await complain({ fields: ANONYMOUS, photo: await jpegPhotoWithLocation() });
    expect(sent.body).toHaveProperty('number');
    number = sent.body.number;
    id = (await complaintNumbered(petugas, number)).id;
  });

  it('holds no name and no contact, and staff of either role read none through the API', async () => {
    for (const staff of [petugas, kepala]) {
      const record = await staff.pb.collection('complaints').getOne(id);
      expect(record).toMatchObject({
        identity: 'anonim',
        complainant_name: '',
        complainant_phone: '',
        complainant_email: '',
        reply_channel: 'halaman-status',
      });
      // The verifier and the prepared status are hidden fields: in no API answer, not even to staff.
      expect(record).not.toHaveProperty('status_verifier');
      expect(record).not.toHaveProperty('public_status');
      const listed = await staff.pb
        .collection('complaints')
        .getFullList({ filter: staff.pb.filter('id = {:id}', { id }) });
      expect(JSON.stringify(listed)).not.toMatch(/5521|Rini/);
    }
  });

  it('refuses a name or contact sent with it, rather than keeping them', async () => {
    const sent = await complain({ fields: { ...ANONYMOUS, name: 'Rini Marlina' } });
    expect(sent.status).toBe(400);
    expect(sent.body.data.identity.message).toContain('tidak boleh berisi nama atau kontak');
  });

  it('cannot be found by guessing its verifier through a filter, by staff or anyone', async () => {
    await expect(
      petugas.pb.collection('complaints').getList(1, 1, { filter: 'status_verifier = "5521"' }),
    ).rejects.toMatchObject({ status: 400 });
    expect((await client(server.url).collection('complaints').getList(1, 50)).items).toEqual([]);
  });

  it('is looked up with its number and the four digits chosen, and shows no text of it', async () => {
    const found = await lookup(number, '5521');
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      kind: 'pengaduan',
      status: 'diterima',
      promise: 'dalam-waktu',
      complaint: { kind: 'pengaduan', identity: 'anonim', answeredAt: null },
    });
    expect(JSON.stringify(found.body)).not.toContain('Rp50.000');
    expect((await lookup(number, '5522')).status).toBe(404);
  });

  it('keeps its photo protected: staff open it with a file token, nobody without', async () => {
    const record = await petugas.pb.collection('complaints').getOne(id);
    expect(record['photo']).toMatch(/\.jpg$/);
    const token = await petugas.pb.files.getToken();
    const photo = await fetch(petugas.pb.files.getURL(record, record['photo'], { token }));
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect((await fetch(petugas.pb.files.getURL(record, record['photo']))).status).not.toBe(200);
    expect(
      (
        await fetch(
          petugasBanjarnegara.pb.files.getURL(record, record['photo'], {
            token: await petugasBanjarnegara.pb.files.getToken(),
          }),
        )
      ).status,
    ).not.toBe(200);
    // Sent straight to the API with its GPS position, it is stored without it (the site's own form
    // also redraws it on the phone: tests/e2e/complaints.spec.ts), under a name of its kind, not the sender's.
    expect(await exifr.gps(new Uint8Array(await photo.arrayBuffer()))).toBeUndefined();
    expect(record['photo']).toMatch(/^foto_[a-z0-9]{16}\.jpg$/);
  });
});

describe('who may handle a complaint', () => {
  it('is nobody of another office, nor a village operator, nor a guest', async () => {
    const { body } = await complain();
    const record = await complaintNumbered(petugas, body.number);
    await expect(petugasBanjarnegara.pb.collection('complaints').getOne(record.id)).rejects.toMatchObject({
      status: 404,
    });
    expect(
      (await petugasBanjarnegara.pb.collection('complaints').getFullList()).map((complaint) => complaint['number']),
    ).not.toContain(body.number);
    await expect(act(petugasBanjarnegara, record.id, { status: 'diverifikasi' })).rejects.toMatchObject({
      status: 400,
    });
    const operator = await createOperator(server, '32.14.06.2006');
    expect((await operator.pb.collection('complaints').getList(1, 50)).items).toEqual([]);
    await expect(
      client(server.url).collection('complaint_events').create({ complaint: record.id, status: 'diverifikasi' }),
    ).rejects.toMatchObject({ status: 400 });
    // Nor may staff create a complaint directly, past the route's checks.
    await expect(
      petugas.pb.collection('complaints').create({
        agency: record['agency'],
        kind: 'saran',
        identity: 'biasa',
        description: 'x',
        reply_channel: 'telepon',
        status_verifier: '1234',
        idempotency_key: randomUUID(),
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('lets a petugas verify, pass on and answer, but only a kepala bidang refuse or close it', async () => {
    const { body } = await complain();
    const record = await complaintNumbered(petugas, body.number);
    await expect(
      act(petugas, record.id, {
        status: 'tidak-diproses',
        public_note: 'Bukan wewenang kami.',
        referral: 'sp4n-lapor',
      }),
    ).rejects.toMatchObject({ status: 400 });
    await act(petugas, record.id, { status: 'diverifikasi' });
    await expect(act(petugas, record.id, { status: 'didisposisikan' })).rejects.toMatchObject({
      response: { data: { unit: {} } },
    });
    await act(petugas, record.id, {
      status: 'didisposisikan',
      unit: 'Sekretariat (pengawasan internal)',
      internal_note: 'Cek CCTV.',
    });
    await expect(act(petugas, record.id, { status: 'dijawab' })).rejects.toMatchObject({
      response: { data: { public_note: {} } },
    });
    await act(petugas, record.id, {
      status: 'dijawab',
      public_note: 'Layanan ini gratis. Petugas yang bersangkutan sudah ditegur.',
    });
    await expect(act(petugas, record.id, { status: 'selesai' })).rejects.toMatchObject({ status: 400 });
    await act(kepala, record.id, { status: 'selesai' });
    await expect(act(kepala, record.id, { status: 'dijawab', public_note: 'Lagi.' })).rejects.toMatchObject({
      response: { data: { status: {} } },
    });

    const found = await lookup(body.number, '9034');
    expect(found.body).toMatchObject({
      status: 'selesai',
      promise: 'selesai-tepat-waktu',
      complaint: { unit: 'Sekretariat (pengawasan internal)' },
    });
    const notes = found.body.timeline.map((event: { note: string | null }) => event.note).join(' | ');
    expect(notes).toContain('Diteruskan ke Sekretariat (pengawasan internal).');
    expect(notes).toContain('Layanan ini gratis.');
    expect(notes).not.toContain('CCTV');
  });

  it('tells where to go instead when it is not the office’s to handle', async () => {
    const { body } = await complain();
    const record = await complaintNumbered(kepala, body.number);
    await expect(
      act(kepala, record.id, { status: 'tidak-diproses', public_note: 'Ini urusan BPJS Kesehatan.' }),
    ).rejects.toMatchObject({ response: { data: { referral: {} } } });
    await act(kepala, record.id, {
      status: 'tidak-diproses',
      public_note: 'Ini urusan BPJS Kesehatan.',
      referral: 'instansi-lain',
    });
    const found = await lookup(body.number, '9034');
    expect(found.body.status).toBe('tidak-diproses');
    expect(found.body.timeline.at(-1).note).toContain('Silakan sampaikan ke: Instansi lain yang berwenang');
  });
});

describe('deadlines on the working-day calendar', () => {
  it('counts verification and answer in working days, skipping Nyepi, Idul Fitri, cuti bersama and Good Friday', async () => {
    const agency = await server.admin.collection('agencies').getFirstListItem('slug = "dinsos-p3a-purwakarta"');
    // Received Thu 19 Mar 2026 10:00 WIB (Nyepi); worked out by hand in tests/unit/working-days.test.ts.
    const complaint = await server.admin.collection('complaints').create({
      agency: agency.id,
      kind: 'konsultasi',
      identity: 'biasa',
      description: 'Syarat santunan anak terlantar?',
      reply_channel: 'telepon',
      complainant_name: 'Dadang',
      complainant_phone: '0896-4410-2287',
      status_verifier: '2287',
      idempotency_key: randomUUID(),
      received_at: '2026-03-19T03:00:00Z',
    });
    const stored = await server.admin.collection('complaints').getOne(complaint.id);
    expect(stored['verification_due_at']).toBe('2026-03-27 03:00:00.000Z');
    await server.admin
      .collection('complaint_events')
      .create({ complaint: complaint.id, status: 'diverifikasi', at: '2026-03-27T03:00:00Z' });
    expect((await server.admin.collection('complaints').getOne(complaint.id))['answer_due_at']).toBe(
      '2026-04-06 03:00:00.000Z',
    );
  });
});

describe('the complainant’s reply', () => {
  it('is refused before an answer and with a wrong verifier; "belum selesai" reopens it with a new deadline', async () => {
    const { body } = await complain();
    const record = await complaintNumbered(petugas, body.number);
    expect((await reply(body.number, '9034', 'belum-selesai')).status).toBe(400);
    await act(petugas, record.id, { status: 'diverifikasi' });
    await act(petugas, record.id, { status: 'dijawab', public_note: 'Sudah kami periksa.' });
    expect((await reply(body.number, '9035', 'belum-selesai')).status).toBe(404);
    const reopened = await reply(body.number, '9034', 'belum-selesai', 'Masih diminta bayar.');
    expect(reopened).toMatchObject({ status: 200, body: { status: 'dibuka-kembali' } });
    const after = await complaintNumbered(petugas, body.number);
    expect(after).toMatchObject({ status: 'dibuka-kembali', answered_at: '' });
    expect(after['due_at'] > record['due_at']).toBe(true);
    const found = await lookup(body.number, '9034');
    expect(found.body).toMatchObject({ status: 'dibuka-kembali', promise: 'dalam-waktu' });
    expect(found.body.timeline.at(-1).note).toBe(
      'Pelapor: masalah belum selesai. Catatan pelapor: Masih diminta bayar.',
    );
    // The office answers again; the complainant closes it.
    await act(petugas, record.id, {
      status: 'dijawab',
      public_note: 'Petugas di depan kantor bukan pegawai kami; sudah kami laporkan.',
    });
    expect((await reply(body.number, '9034', 'sudah-selesai')).body.status).toBe('selesai');
  });

  it('can no longer reopen once the reopening period after the answer has passed', async () => {
    const { body } = await complain();
    const record = await complaintNumbered(petugas, body.number);
    await act(petugas, record.id, { status: 'diverifikasi' });
    await act(petugas, record.id, { status: 'dijawab', public_note: 'Jawaban.' });
    await server.admin
      .collection('complaints')
      .update(record.id, { answered_at: new Date(Date.now() - 15 * 24 * 3600 * 1000).toISOString() });
    const late = await reply(body.number, '9034', 'belum-selesai');
    expect(late.status).toBe(400);
    expect(late.body.message).toContain('paling lambat 14 hari');
  });
});

describe('a complaint about one’s own request', () => {
  it("is taken from the request's owner whatever strangers tried with its number: work, never a refusal", async () => {
    const request = await dtksRequest('Euis', '0819-3340-6180');
    // Three wrong lookups of the number, free for anyone who saw it.
    for (const verifier of ['1111', '2222', '3333'])
      expect((await lookup(request['number'], verifier)).status).toBe(404);
    const about = { agency: '', service: '', about_number: request['number'], about_verifier: '6180' };
    // A proof for the complaint alone is no longer enough: the answer is a challenge covering the number, not a refusal …
    const key = randomUUID();
    const stale = await complain({ key, proof: await submissionProof(server.url, key, 'pengaduan'), fields: about });
    expect(stale.status).toBe(428);
    expect(stale.body.challenge.maxNumber).toBeGreaterThanOrEqual(OWNER_WORK_CAP);
    // … which the owner's phone solves, and the complaint is taken.
    const sent = await complain({ key, proof: solve(stale.body.challenge), fields: about });
    expect(sent.status).toBe(200);
    expect(await complaintNumbered(petugas, sent.body.number)).toMatchObject({ about_number: request['number'] });
  });

  it('takes the request’s office and service when the request’s verifier is right, never anonymously', async () => {
    const request = await dtksRequest('Ujang', '0819-3340-2715');
    const about = { agency: 'dinsos-pppa-banjarnegara', service: '', about_number: request['number'] };
    expect((await complain({ fields: { ...about, about_verifier: '0000' } })).body.data.about_number.message).toContain(
      'tidak ditemukan',
    );
    expect(
      (await complain({ fields: { ...about, about_verifier: '2715', ...ANONYMOUS } })).body.data.identity.message,
    ).toContain('tidak dapat anonim');
    const sent = await complain({ fields: { ...about, about_verifier: '2715' } });
    expect(sent.status).toBe(200);
    expect(await complaintNumbered(petugas, sent.body.number)).toMatchObject({
      agency: request['agency'],
      service: request['service'],
      about_number: request['number'],
    });
  });
});

describe('submitting', () => {
  it('needs the proof of work, bound to its own key; the same key twice makes one complaint', async () => {
    expect(
      (await complain({ proof: { salt: 'x', challenge: 'y', maxNumber: 1, signature: 'z', number: 0 } })).status,
    ).toBe(428);
    const otherKey = randomUUID();
    expect((await complain({ proof: await submissionProof(server.url, otherKey, 'pengaduan') })).status).toBe(428);
    // An application's proof does not send a complaint.
    const key = randomUUID();
    expect((await complain({ key, proof: await submissionProof(server.url, key, 'permohonan') })).status).toBe(428);
    const first = await complain({ key });
    const second = await complain({ key });
    expect(second.body.number).toBe(first.body.number);
    expect(
      (
        await petugas.pb
          .collection('complaints')
          .getFullList({ filter: petugas.pb.filter('number = {:number}', { number: first.body.number }) })
      ).length,
    ).toBe(1);
  });
});

describe('public routes', () => {
  it('list a published answer without its text, its number or who sent it, and never a "rahasia" complaint', async () => {
    const ordinary = await complain({ fields: { description: 'Teks aduan yang tidak boleh tampil.' } });
    const secret = await complain({ fields: { identity: 'rahasia', description: 'Aduan rahasia.' } });
    const ordinaryRecord = await complaintNumbered(petugas, ordinary.body.number);
    const secretRecord = await complaintNumbered(petugas, secret.body.number);
    for (const record of [ordinaryRecord, secretRecord]) await act(petugas, record.id, { status: 'diverifikasi' });
    await act(petugas, ordinaryRecord.id, {
      status: 'dijawab',
      public_note: 'Jawaban terbuka untuk semua.',
      publish_answer: true,
    });
    await expect(
      act(petugas, secretRecord.id, { status: 'dijawab', public_note: 'Jawaban rahasia.', publish_answer: true }),
    ).rejects.toMatchObject({ response: { data: { publish_answer: {} } } });
    await act(petugas, secretRecord.id, { status: 'dijawab', public_note: 'Jawaban rahasia.' });
    // Even marked for publishing in the database itself, a "rahasia" complaint stays out.
    await server.admin.collection('complaints').update(secretRecord.id, { publish_answer: true });

    const list = await (await fetch(`${server.url}/api/pengaduan/terbuka`)).text();
    expect(list).toContain('Jawaban terbuka untuk semua.');
    for (const secretThing of [
      'Jawaban rahasia.',
      'Aduan rahasia.',
      'Teks aduan',
      'Rini',
      '9034',
      ordinary.body.number,
      secret.body.number,
    ])
      expect(list).not.toContain(secretThing);

    const counts = await (await fetch(`${server.url}/api/data/pengaduan`)).json();
    expect(counts.rows.length).toBeGreaterThan(0);
    expect(Object.keys(counts.rows[0]).sort()).toEqual(['agency', 'complaints', 'kind', 'month', 'outcome', 'service']);
    expect(JSON.stringify(counts)).not.toMatch(/Rini|9034|Teks aduan|Aduan rahasia|Jawaban (terbuka|rahasia)/);
  });
});

describe('the audit trail', () => {
  it('records who read a complaint and who handled it', async () => {
    const { body } = await complain();
    const record = await complaintNumbered(petugas, body.number);
    await petugas.pb.collection('complaints').getOne(record.id);
    await act(petugas, record.id, { status: 'diverifikasi' });
    const entries = await kepala.pb
      .collection('audit_log')
      .getFullList({ filter: kepala.pb.filter('target_label = {:number}', { number: body.number }), sort: 'seq' });
    expect(entries.map((entry) => [entry['actor_id'], entry['action']])).toEqual(
      expect.arrayContaining([
        ['', 'mengirim pengaduan, konsultasi atau saran'],
        [petugas.id, 'melihat pengaduan (termasuk identitas pelapor bila tidak anonim)'],
        [petugas.id, 'menangani pengaduan'],
      ]),
    );
  });
});

describe('"diberitahu via WhatsApp" on a complaint', () => {
  it('is recorded only for a complainant who asked for WhatsApp, by the office’s staff as themselves, audited, never changed', async () => {
    // Three more complaints from this test's one address than the public route allows in a minute.
    await relaxRateLimits(server.admin);
    const byWhatsApp = await complaintNumbered(petugas, (await complain()).body.number);
    const byEmail = await complaintNumbered(
      petugas,
      (await complain({ fields: { reply_channel: 'email', email: 'rini@contoh.id' } })).body.number,
    );
    const anonymous = await complaintNumbered(petugas, (await complain({ fields: ANONYMOUS })).body.number);
    const contact = (staff: StaffAccount, complaint: string, as = staff) =>
      staff.pb.collection('complaint_contacts').create({ complaint, staff: as.id, channel: 'whatsapp' });
    const status = (promise: Promise<unknown>) =>
      promise.then(
        () => 200,
        (error) => error.status as number,
      );

    for (const refused of [byEmail.id, anonymous.id]) expect(await status(contact(petugas, refused))).toBe(400);
    expect(await status(contact(petugasBanjarnegara, byWhatsApp.id))).toBe(400);
    expect(await status(contact(petugas, byWhatsApp.id, kepala))).toBe(400);
    const recorded = await contact(petugas, byWhatsApp.id);
    expect(await status(petugas.pb.collection('complaint_contacts').update(recorded.id, { channel: 'whatsapp' }))).toBe(
      403,
    );
    expect(await status(petugas.pb.collection('complaint_contacts').delete(recorded.id))).toBe(403);
    expect(await petugasBanjarnegara.pb.collection('complaint_contacts').getFullList()).toEqual([]);
    expect((await client(server.url).collection('complaint_contacts').getList()).totalItems).toBe(0);
    const trail = await server.admin
      .collection('audit_log')
      .getFullList({ filter: server.admin.filter('target_id = {:id}', { id: recorded.id }) });
    expect(trail.map((entry) => `${entry['action']} ${entry['target_label']}`)).toEqual([
      `memberi tahu pelapor via WhatsApp ${byWhatsApp['number']}`,
    ]);
  });
});

describe("the office report's complaints", () => {
  it('counts them per month and service with the median hours to the first answer, worked out by hand', async () => {
    const agency = await server.admin.collection('agencies').getFirstListItem('slug = "dinsos-p3a-purwakarta"');
    const service = await serviceBySlug(server, 'pengecekan-status-dtks-bansos');
    // Received Tue 15 Sep 2026 10:00 WIB; verified and answered so many hours later (none = still waiting).
    const received = Date.parse('2026-09-15T03:00:00Z');
    const at = (hours: number) => new Date(received + hours * 3_600_000).toISOString();
    const cases: { service: string; verified?: number; answered?: number; receivedAt?: string }[] = [
      { service: service.id, verified: 1, answered: 2 },
      { service: service.id, verified: 1, answered: 5 },
      { service: service.id, verified: 1, answered: 1440 }, // 60 days: past the answer deadline
      { service: '', verified: 1, answered: 3 },
      { service: '', verified: 720, answered: 724.25 }, // verified 30 days late, answered 4¼ hours after
      { service: '' }, // never verified: past its deadline now
      // At the month's edges in WIB (UTC+7): 1 Sep 00:30 is September (never verified: overdue now);
      // 31 Aug 23:30 and 1 Oct 00:30 are not.
      { service: '', receivedAt: '2026-08-31T17:30:00Z' },
      { service: '', receivedAt: '2026-08-31T16:30:00Z' },
      { service: '', receivedAt: '2026-09-30T17:30:00Z' },
    ];
    for (const [index, one] of cases.entries()) {
      const complaint = await server.admin.collection('complaints').create({
        agency: agency.id,
        service: one.service,
        kind: 'pengaduan',
        identity: 'biasa',
        description: `Pengaduan laporan ${index}.`,
        reply_channel: 'halaman-status',
        complainant_name: 'Euis',
        complainant_phone: '0896-4410-2287',
        status_verifier: '2287',
        idempotency_key: randomUUID(),
        received_at: one.receivedAt ?? at(0),
      });
      if (one.verified !== undefined)
        await server.admin
          .collection('complaint_events')
          .create({ complaint: complaint.id, status: 'diverifikasi', at: at(one.verified) });
      if (one.answered !== undefined)
        await server.admin.collection('complaint_events').create({
          complaint: complaint.id,
          status: 'dijawab',
          at: at(one.answered),
          public_note: 'Sudah kami tindak lanjuti.',
        });
    }
    const answer = await fetch(`${server.url}/api/petugas/laporan?dari=2026-09&sampai=2026-09`, {
      headers: { Authorization: kepala.pb.authStore.token },
    });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { complaints: unknown[] }).complaints).toEqual([
      {
        month: '2026-09',
        service: '(tanpa layanan tertentu)',
        received: 4,
        verifiedOnTime: 1,
        answered: 2,
        answeredOnTime: 2,
        overdue: 2,
        medianHoursToAnswer: 363.6, // (3 + 724.25) / 2 = 363.625
      },
      {
        month: '2026-09',
        service: service['title'],
        received: 3,
        verifiedOnTime: 3,
        answered: 3,
        answeredOnTime: 2,
        overdue: 0,
        medianHoursToAnswer: 5,
      },
    ]);
  });
});
