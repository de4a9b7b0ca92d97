// Online applications against a real PocketBase, tried as a resident, as staff, and as an
// attacker: a script without the proof of work, a second send with the same key, other offices,
// anonymous readers, and documents kept past their time.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';
import { jpegPhoto, pdfDocument } from '../support/proposal-form';
import { submissionProof } from '../support/proof-of-work';
import { STATUS_ACCESS_HOURS } from '../../src/domain/public-status';
import { sendApplication } from '../support/application-form';

let server: TestPocketBase;
let petugas: StaffAccount;
let kepala: StaffAccount;
let petugasBanjarnegara: StaffAccount;

beforeAll(async () => {
  // Many lookups a minute from one address: the lookup's rate limit is tested in status-lookup.test.ts.
  server = await startTestPocketBase({
    env: { LAYANAN_DOCUMENT_RETENTION_DAYS: '0', LAYANAN_STATUS_RATE_LIMIT: '100000/60' },
  });
  [petugas, kepala, petugasBanjarnegara] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
  ]);
});
afterAll(() => server?.stop());

async function proofFor(key: string) {
  return { proof: await submissionProof(server.url, key) };
}

/** Surat Keterangan DTKS: KTP and KK photos (syarat-0, syarat-1) and the reason (syarat-2). */
const application = (options: Parameters<typeof sendApplication>[1] = {}) => sendApplication(server.url, options);

/** An online application that `staff` moved to `status` at its verification step. */
async function applicationMovedTo(status: string, publicNote: string, staff = petugas) {
  const sent = await application();
  const request = await staff.pb
    .collection('requests')
    .getFirstListItem(staff.pb.filter('number = {:number}', { number: sent.body.number }));
  await staff.pb
    .collection('request_events')
    .create({ request: request.id, step: 1, status, public_note: publicNote, staff: staff.id });
  return { number: sent.body.number as string, id: request.id };
}

/** An online application whose KTP photo the petugas asks to be sent again. */
const askedForDocument = () =>
  applicationMovedTo('perlu-dilengkapi', 'Foto KTP terpotong; kirim ulang foto KTP yang utuh.');

const lookup = async (number: string, verifier = '3187') =>
  (
    await fetch(`${server.url}/api/layanan/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ number, verifier }),
    })
  ).json();

describe('an online application', () => {
  it('becomes a request waiting for verification, with its statements and documents, and no promise clock yet', async () => {
    const sent = await application();
    expect(sent.status).toBe(200);
    expect(sent.body.number).toMatch(/^PWK-/);
    const request = await petugas.pb
      .collection('requests')
      .getFirstListItem(petugas.pb.filter('number = {:number}', { number: sent.body.number }));
    expect(request).toMatchObject({
      channel: 'online',
      status: 'menunggu-verifikasi',
      current_step: 1,
      due_at: '',
      statements: { 'Alasan Kebutuhan Pencetakan': 'Untuk mendaftarkan anak ke sekolah.' },
    });
    expect(Object.values(request['document_requirements']).sort()).toEqual(['Kartu Keluarga', 'Kartu Tanda Penduduk']);
    const status = await lookup(sent.body.number);
    expect(status).toMatchObject({
      status: 'menunggu-verifikasi',
      promise: 'tanpa-janji',
      documents: { keptDays: 0, deletedAt: null },
    });
    expect(JSON.stringify(status)).not.toContain('Siti');
  });

  it('sent again with the same key (a retry after a dropped connection) makes no second one', async () => {
    const key = randomUUID();
    const first = await application({ key });
    const again = await application({ key });
    expect(again).toMatchObject({ status: 200, body: { number: first.body.number } });
    const same = await petugas.pb
      .collection('requests')
      .getFullList({ filter: petugas.pb.filter('idempotency_key = {:key}', { key }) });
    expect(same).toHaveLength(1);
  });

  it('is refused from a script without the proof of work, or with one made for another application', async () => {
    expect(
      (await application({ proof: { salt: 'x.1', challenge: 'y', maxNumber: 10, number: 1, signature: 'z' } })).status,
    ).toBe(428);
    const other = await proofFor(randomUUID());
    expect((await application({ proof: other.proof })).status).toBe(428);
  });

  it('names each problem in Indonesian: a missing document, a NIK in free text, a requirement the standard does not ask', async () => {
    const missing = await application({ files: [['syarat-0', await jpegPhoto()]] });
    expect(missing.status).toBe(400);
    expect(missing.body.data['syarat-1'].message).toContain('Kartu Keluarga: lampirkan fotonya');
    const nik = await application({
      fields: { statements: JSON.stringify({ 'syarat-2': 'NIK saya 3214061203900001 untuk sekolah' }) },
    });
    expect(nik.body.data['syarat-2'].message).toContain('jangan menuliskan NIK');
    const extra = await application({
      files: [
        ['syarat-0', await jpegPhoto()],
        ['syarat-1', await jpegPhoto()],
        ['syarat-2', pdfDocument()],
      ],
    });
    expect(extra.status).toBe(400);
  });

  it("cannot be read by anyone but its office's staff — not anonymously, not by another office, and neither can its documents", async () => {
    const sent = await application();
    const request = await petugas.pb
      .collection('requests')
      .getFirstListItem(petugas.pb.filter('number = {:number}', { number: sent.body.number }));
    expect(
      (
        await client(server.url)
          .collection('requests')
          .getList(1, 50, { filter: client(server.url).filter('number = {:number}', { number: sent.body.number }) })
      ).items,
    ).toEqual([]);
    expect(
      (await petugasBanjarnegara.pb.collection('requests').getList(1, 50, { filter: `number = "${sent.body.number}"` }))
        .items,
    ).toEqual([]);
    const file = request['documents'][0];
    expect((await fetch(petugas.pb.files.getURL(request, file))).status).toBe(404);
    const otherToken = await petugasBanjarnegara.pb.files.getToken();
    expect((await fetch(petugas.pb.files.getURL(request, file, { token: otherToken }))).status).toBe(404);
    const ownToken = await petugas.pb.files.getToken();
    expect((await fetch(petugas.pb.files.getURL(request, file, { token: ownToken }))).status).toBe(200);
  });
});

describe('verifying an online application', () => {
  it('asks for a clearer document; the applicant sends it from the status page; staff accept and the promised time starts', async () => {
    const sent = await application();
    const request = await petugas.pb
      .collection('requests')
      .getFirstListItem(petugas.pb.filter('number = {:number}', { number: sent.body.number }));
    const noNote = await petugas.pb
      .collection('request_events')
      .create({ request: request.id, step: 1, status: 'perlu-dilengkapi', staff: petugas.id })
      .catch((error) => error);
    expect(noNote.response.data.public_note.message).toContain('dokumen apa yang perlu dikirim ulang');
    await petugas.pb.collection('request_events').create({
      request: request.id,
      step: 1,
      status: 'perlu-dilengkapi',
      public_note: 'Foto KK buram; kirim ulang foto KK yang jelas.',
      staff: petugas.id,
    });
    const asked = await lookup(sent.body.number);
    expect(asked).toMatchObject({
      status: 'perlu-dilengkapi',
      resendableDocuments: ['Kartu Tanda Penduduk', 'Kartu Keluarga'],
    });
    expect(asked.timeline.at(-1).note).toBe('Foto KK buram; kirim ulang foto KK yang jelas.');

    const resend = new FormData();
    resend.append('number', sent.body.number);
    resend.append('verifier', '3187');
    resend.append('document_requirements', JSON.stringify(['Kartu Keluarga']));
    resend.append('documents', await jpegPhoto(120, 90), 'kk-jelas.jpg');
    const wrongVerifier = new FormData();
    for (const [name, value] of resend.entries()) wrongVerifier.append(name, name === 'verifier' ? '0000' : value);
    expect((await fetch(`${server.url}/api/layanan/lengkapi`, { method: 'POST', body: wrongVerifier })).status).toBe(
      404,
    );
    const before = Date.now();
    expect((await fetch(`${server.url}/api/layanan/lengkapi`, { method: 'POST', body: resend })).status).toBe(200);
    const resent = await petugas.pb.collection('requests').getOne(request.id);
    // The file sent again, and only it, with when it came.
    const [sentAgain] = resent['documents'].slice(-1);
    expect(Object.keys(resent['documents_resent'])).toEqual([sentAgain]);
    expect(Date.parse(resent['documents_resent'][sentAgain])).toBeGreaterThanOrEqual(before - 1000);
    expect(resent['status']).toBe('menunggu-verifikasi');
    expect(resent['documents']).toHaveLength(3);
    expect(Object.values(resent['document_requirements']).sort()).toEqual([
      'Kartu Keluarga',
      'Kartu Keluarga',
      'Kartu Tanda Penduduk',
    ]);

    await petugas.pb
      .collection('request_events')
      .create({ request: request.id, step: 1, status: 'diproses', public_note: 'Dokumen lengkap.', staff: petugas.id });
    const accepted = await petugas.pb.collection('requests').getOne(request.id);
    expect(accepted['verified_at']).not.toBe('');
    const status = await lookup(sent.body.number);
    expect(status.status).toBe('diproses');
    // Surat Keterangan DTKS's source gives no completion time: there is no promise to measure.
    expect(status.promise).toBe('tanpa-janji');
  });

  it('does not strand the counter: a document brought there is accepted at once, one asked by mistake goes back to verification', async () => {
    // The applicant brings the KTP to the counter: the petugas accepts it, and the steps and their promised time begin.
    const brought = await askedForDocument();
    const event = (account: StaffAccount, id: string, status: string) =>
      account.pb.collection('request_events').create({
        request: id,
        step: 1,
        status,
        internal_note: 'KTP asli diperiksa di loket.',
        staff: account.id,
      });
    // Not an outsider, nor staff of another office.
    const outsider = client(server.url);
    await expect(
      outsider.collection('request_events').create({ request: brought.id, step: 1, status: 'diproses' }),
    ).rejects.toThrow();
    await expect(event(petugasBanjarnegara, brought.id, 'diproses')).rejects.toThrow();
    await event(petugas, brought.id, 'diproses');
    const accepted = await petugas.pb.collection('requests').getOne(brought.id);
    expect(accepted).toMatchObject({ status: 'diproses', current_step: 1 });
    expect(accepted['verified_at']).not.toBe('');
    expect((await lookup(brought.number)).resendableDocuments).toBeNull();

    // Asked by mistake: back to verification, and nothing is asked of the applicant any more.
    const mistaken = await askedForDocument();
    await expect(event(petugasBanjarnegara, mistaken.id, 'menunggu-verifikasi')).rejects.toThrow();
    await event(petugas, mistaken.id, 'menunggu-verifikasi');
    const back = await lookup(mistaken.number);
    expect(back).toMatchObject({ status: 'menunggu-verifikasi', resendableDocuments: null });
    // Staff take a request back to verification only from "perlu dilengkapi".
    const refused = await event(petugas, brought.id, 'menunggu-verifikasi').catch((error) => error);
    expect(refused.response.data.status.message).toContain('hanya dapat menjadi');
  });

  it("sends the document asked for with the lookup's access, however long the upload takes and whatever strangers try meanwhile", async () => {
    const sent = await askedForDocument();
    const looked = await lookup(sent.number);
    const [tokenNumber, expires] = String(looked.access).split('.');
    expect(tokenNumber).toBe(sent.number);
    // Valid for hours, not the two minutes a proof of work lives.
    expect(Number(expires) - Date.now()).toBeGreaterThan(STATUS_ACCESS_HOURS * 3_600_000 - 60_000);

    // While the photo uploads, strangers get the verifier wrong three times: a lookup now needs work …
    for (const verifier of ['1111', '2222', '3333'])
      expect((await lookup(sent.number, verifier)).message).toContain('Nomor tidak ditemukan');
    expect((await lookup(sent.number)).code).toBe('perlu-bukti-kerja');
    const resend = (access: string) => {
      const form = new FormData();
      form.append('akses', access);
      form.append('document_requirements', JSON.stringify(['Kartu Tanda Penduduk']));
      return form;
    };
    // … but the upload that began with the access is taken, without a proof.
    const withAccess = resend(looked.access);
    withAccess.append('documents', await jpegPhoto(120, 90), 'ktp-utuh.jpg');
    expect((await fetch(`${server.url}/api/layanan/lengkapi`, { method: 'POST', body: withAccess })).status).toBe(200);

    // A forged or altered access opens nothing.
    for (const forged of [
      `${sent.number}.${Date.now() + 3_600_000}.${'0'.repeat(64)}`,
      String(looked.access).replace(/\.(\d+)\./, (_, at) => `.${Number(at) + 1}.`),
    ]) {
      const attempt = resend(forged);
      attempt.append('documents', await jpegPhoto(120, 90), 'ktp.jpg');
      expect((await fetch(`${server.url}/api/layanan/lengkapi`, { method: 'POST', body: attempt })).status).toBe(401);
    }
  });

  it('deletes the documents once the application is finished and kept long enough, and only those', async () => {
    const finished = await applicationMovedTo('ditolak', 'Bukan warga Kabupaten Purwakarta.', kepala);
    const open = await application();
    await server.admin.crons.run('bersih-bersih');
    for (
      let waited = 0;
      waited < 5000 && (await server.admin.collection('requests').getOne(finished.id))['documents'].length > 0;
      waited += 100
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await server.admin.collection('requests').getOne(finished.id))['documents']).toEqual([]);
    expect((await lookup(finished.number)).documents.deletedAt).toEqual(expect.any(String));
    const stillOpen = await server.admin
      .collection('requests')
      .getFirstListItem(server.admin.filter('number = {:number}', { number: open.body.number }));
    expect(stillOpen['documents']).toHaveLength(2);
  });
});
