// The public complaint and performance routes read figures SQLite keeps as rows are written
// (migration 1795403600), not the rows. A small office's year, worked out by hand, is written
// through the server; the routes give the figures counted by hand, the kept figures equal a count
// from the rows after creates, after transitions and after an erasure, and every answer carries an
// ETag that a proxy can ask again with (304).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { RecordModel } from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pocketBaseBinary, PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import { SURVEY_CHANNELS, SURVEY_ELEMENTS, UNTIED_CHANNEL } from '../../src/domain/satisfaction-survey';
import type { OfficePerformance, PerformanceReport } from '../../src/domain/performance';
import { createOperator, serviceBySlug, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';

const OFFICE = 'dinsos-p3a-purwakarta';
/** Promises 3 hours 30 minutes. */
const TIMED_SERVICE = 'rujukan-ppks-terlantar';
/** Promises no completion time. */
const UNTIMED_SERVICE = 'pengecekan-status-dtks-bansos';
const PROPOSALS_SERVICE = 'pengusulan-logistik-kebencanaan';
const ERASED_PHONE = '0812-5550-7788';

let server: TestPocketBase;
let agencyId: string;
const services: Record<string, RecordModel> = {};
const complaints: Record<string, RecordModel> = {};

/** A moment in WIB (UTC+7), as the office's clock shows it. */
const wib = (clock: string) => new Date(`${clock}+07:00`).toISOString();

async function complaint(name: string, fields: Record<string, unknown>) {
  complaints[name] = await server.admin.collection('complaints').create({
    agency: agencyId,
    identity: 'biasa',
    description: `Pengaduan uji ${name}.`,
    reply_channel: 'halaman-status',
    status_verifier: '7788',
    idempotency_key: randomUUID(),
    ...fields,
  });
}

const complaintEvent = (name: string, status: string, at: string, fields: Record<string, unknown> = {}) =>
  server.admin
    .collection('complaint_events')
    .create({ complaint: complaints[name]!.id, status, at: wib(at), ...fields });

async function finishedRequest(service: string, received: string, outcome: 'selesai' | 'ditolak', finished: string) {
  const request = await server.admin.collection('requests').create({
    service: services[service]!.id,
    agency: agencyId,
    applicant_name: 'Warga Uji Angka',
    applicant_phone: '0812-5550-1234',
    received_at: wib(received),
  });
  await server.admin.collection('request_events').create({
    request: request.id,
    step: (request['steps'] as string[]).length,
    status: outcome,
    public_note: 'Selesai diuji.',
    at: wib(finished),
  });
}

/** A response as the server writes it: a counter response's scores apart from the index's columns (UNTIED_CHANNEL). */
const surveyResponse = (service: string | null, channel: string, submitted: string, score: number) => {
  const scores = Object.fromEntries(
    SURVEY_ELEMENTS.map((element) => [element.key, element.key === 'biaya' ? 0 : score]),
  );
  return server.admin.collection('survey_responses').create({
    agency: agencyId,
    service: service ? services[service]!.id : '',
    channel,
    submitted_at: wib(submitted),
    ...(channel === UNTIED_CHANNEL ? { counter_answers: scores } : scores),
  });
};

/** The figures kept, and the same counted from the rows, as sorted rows with something in them. */
function keptAndCounted() {
  const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
  try {
    const rows = (sql: string) =>
      db
        .prepare(sql)
        .all()
        .map((row) => JSON.stringify(Object.values(row)));
    const month = (column: string) => `strftime('%Y-%m', ${column}, '+420 minutes')`;
    const channels = Object.keys(SURVEY_CHANNELS);
    const elements = SURVEY_ELEMENTS.map((element) => element.key);
    const performanceColumns = [
      'finished',
      'promised',
      'within_time',
      ...channels.map((channel) => `respondents_${channel}`),
      ...elements.flatMap((element) => [`${element}_answered`, `${element}_sum`]),
    ];
    const zeroes = (count: number) => Array.from({ length: count }, () => '0').join(', ');
    const nonZero = performanceColumns.map((column) => `${column} != 0`).join(' OR ');
    return {
      complaints: {
        kept: rows(
          'SELECT agency, service, kind, outcome, month, complaints FROM complaint_month_figures WHERE complaints != 0 ORDER BY 1, 2, 3, 4, 5',
        ),
        counted: rows(
          'SELECT agency, service, kind,' +
            " CASE WHEN status = 'tidak-diproses' THEN 'tidak-diproses' WHEN first_answered_at = '' THEN 'belum-dijawab'" +
            " WHEN first_answered_at <= answer_due_at THEN 'dijawab-tepat-waktu' ELSE 'dijawab-terlambat' END," +
            ` ${month('received_at')}, COUNT(*) FROM complaints GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
        ),
      },
      performance: {
        kept: rows(
          `SELECT counts_for, month, ${performanceColumns.join(', ')} FROM performance_month_figures WHERE ${nonZero} ORDER BY 1, 2`,
        ),
        counted: rows(
          `SELECT counts_for, month, ${performanceColumns.map((column) => `SUM(${column})`).join(', ')} FROM (` +
            `SELECT service AS counts_for, ${month('finished_at')} AS month, 1 AS finished,` +
            " status = 'selesai' AND due_at != '' AS promised," +
            " status = 'selesai' AND due_at != '' AND finished_at <= due_at AS within_time," +
            ` ${performanceColumns
              .slice(3)
              .map((column) => `0 AS ${column}`)
              .join(', ')} FROM requests WHERE finished_at != ''` +
            ` UNION ALL SELECT 'usulan:' || k.agency, ${month('p.finished_at')}, 1, 0, 0, ${zeroes(channels.length + 2 * elements.length)}` +
            ' FROM proposals p JOIN villages v ON v.id = p.village JOIN kecamatan k ON k.id = v.kecamatan' +
            " WHERE p.finished_at != ''" +
            ` UNION ALL SELECT CASE WHEN service != '' THEN service ELSE 'kantor:' || agency END, ${month('submitted_at')}, 0, 0, 0,` +
            ` ${channels.map((channel) => `channel = '${channel}'`).join(', ')},` +
            ` ${elements.map((element) => `${element} > 0, ${element}`).join(', ')} FROM survey_responses` +
            `) GROUP BY 1, 2 HAVING ${performanceColumns.map((column) => `SUM(${column}) != 0`).join(' OR ')} ORDER BY 1, 2`,
        ),
      },
    };
  } finally {
    db.close();
  }
}

function expectKeptAsCounted() {
  const { complaints: complaintFigures, performance } = keptAndCounted();
  expect(complaintFigures.kept.length).toBeGreaterThan(0);
  expect(complaintFigures.kept).toEqual(complaintFigures.counted);
  expect(performance.kept.length).toBeGreaterThan(0);
  expect(performance.kept).toEqual(performance.counted);
}

const getJson = async <T>(path: string) => (await (await fetch(`${server.url}${path}`)).json()) as T;
const ourOffice = (report: PerformanceReport) => report.offices.find((office) => office.slug === OFFICE)!;
const serviceOf = (office: OfficePerformance, slug: string) =>
  office.services.find((service) => service.slug === slug)!;

beforeAll(async () => {
  server = await startTestPocketBase();
  agencyId = (await server.admin.collection('agencies').getFirstListItem(`slug = "${OFFICE}"`)).id;
  for (const slug of [TIMED_SERVICE, UNTIMED_SERVICE, PROPOSALS_SERVICE])
    services[slug] = await serviceBySlug(server, slug);

  // Complaints of 2025 (months by the office's clock):
  // A — February, a complaint about the untimed service, answered the day after it was verified: on time.
  await complaint('A', {
    kind: 'pengaduan',
    service: services[UNTIMED_SERVICE]!.id,
    received_at: wib('2025-02-10T10:00:00'),
    complainant_name: 'Pelapor Uji',
    complainant_phone: ERASED_PHONE,
  });
  await complaintEvent('A', 'diverifikasi', '2025-02-11T09:00:00');
  await complaintEvent('A', 'dijawab', '2025-02-12T09:00:00', {
    public_note: 'Data Anda sudah diperbaiki.',
    publish_answer: true,
  });
  // B — received at 01:30 on 1 April WIB (still 31 March in UTC): an April question, not answered yet.
  await complaint('B', { kind: 'konsultasi', received_at: wib('2025-04-01T01:30:00') });
  await complaintEvent('B', 'diverifikasi', '2025-04-01T09:00:00');
  // C — May, a suggestion about the timed service, answered three months after verification: late.
  await complaint('C', {
    kind: 'saran',
    service: services[TIMED_SERVICE]!.id,
    received_at: wib('2025-05-05T10:00:00'),
  });
  await complaintEvent('C', 'diverifikasi', '2025-05-05T11:00:00');
  await complaintEvent('C', 'dijawab', '2025-08-05T11:00:00', { public_note: 'Terima kasih atas sarannya.' });
  // D — June, outside the office's remit.
  await complaint('D', {
    kind: 'pengaduan',
    service: services[UNTIMED_SERVICE]!.id,
    received_at: wib('2025-06-02T10:00:00'),
  });
  await complaintEvent('D', 'tidak-diproses', '2025-06-03T10:00:00', {
    public_note: 'Silakan sampaikan ke SP4N-LAPOR!.',
    referral: 'sp4n-lapor',
  });

  // Requests of the timed service (3 h 30 min promised), finished in 2025:
  await finishedRequest(TIMED_SERVICE, '2025-01-06T09:00:00', 'selesai', '2025-01-06T10:00:00'); // January, in time
  await finishedRequest(TIMED_SERVICE, '2025-03-03T09:00:00', 'selesai', '2025-06-30T10:00:00'); // June, late
  await finishedRequest(TIMED_SERVICE, '2025-03-03T09:00:00', 'ditolak', '2025-03-04T10:00:00'); // March, refused
  // Finished at 00:30 on 1 July WIB (30 June in UTC): the second semester's.
  await finishedRequest(TIMED_SERVICE, '2025-06-30T09:00:00', 'selesai', '2025-07-01T00:30:00');

  // A village proposal, refused in February: a user of the office's proposals service.
  const operator = await createOperator(server, '32.14.06.2006');
  const proposal = await operator.pb.collection('proposals').create(await proposalForm(operator.placeId));
  await server.admin
    .collection('proposal_events')
    .create({ proposal: proposal.id, status: 'diverifikasi', at: wib('2025-02-03T09:00:00') });
  await server.admin.collection('proposal_events').create({
    proposal: proposal.id,
    status: 'ditolak',
    public_note: 'Bukan bencana.',
    at: wib('2025-02-04T09:00:00'),
  });

  // Survey answers (biaya left unanswered): two for the timed service, one about the office as a whole.
  await surveyResponse(TIMED_SERVICE, 'permohonan', '2025-02-01T10:00:00', 4);
  await surveyResponse(TIMED_SERVICE, 'loket', '2025-03-15T10:00:00', 3);
  await surveyResponse(null, 'loket', '2025-05-01T10:00:00', 2);
}, 120_000);

afterAll(() => server?.stop());

describe('the public figures', () => {
  it('are kept as they are counted from the rows, once written', () => {
    expectKeptAsCounted();
  });

  it('give the open data of complaints worked out by hand, the April question in April by the office’s clock', async () => {
    const feed = await getJson<{ rows: { month: string; agency: string; service: string | null }[] }>(
      '/api/data/pengaduan',
    );
    expect(feed.rows.filter((row) => row.agency === OFFICE)).toEqual([
      {
        month: '2025-02',
        agency: OFFICE,
        service: UNTIMED_SERVICE,
        kind: 'pengaduan',
        outcome: 'dijawab-tepat-waktu',
        complaints: 1,
      },
      { month: '2025-04', agency: OFFICE, service: null, kind: 'konsultasi', outcome: 'belum-dijawab', complaints: 1 },
      {
        month: '2025-05',
        agency: OFFICE,
        service: TIMED_SERVICE,
        kind: 'saran',
        outcome: 'dijawab-terlambat',
        complaints: 1,
      },
      {
        month: '2025-06',
        agency: OFFICE,
        service: UNTIMED_SERVICE,
        kind: 'pengaduan',
        outcome: 'tidak-diproses',
        complaints: 1,
      },
    ]);
  });

  it('give the first semester’s performance worked out by hand', async () => {
    const report = await getJson<PerformanceReport>('/api/data/kinerja?periode=2025-S1');
    const office = ourOffice(report);
    const timed = serviceOf(office, TIMED_SERVICE);
    // Finished January (in time), March (refused), June (late); the July one is the next semester's.
    expect(timed.timeliness).toEqual({ finished: 2, withinTime: 1 });
    // The counter's response is shown apart, never counted.
    expect(timed.satisfaction).toMatchObject({
      respondents: 1,
      byChannel: { permohonan: 1, usulan: 0, pengaduan: 0, loket: 1 },
      serviceUsers: 3,
    });
    expect(timed.complaints).toEqual({
      received: 1,
      answeredWithinDeadline: 0,
      answeredLate: 1,
      unanswered: 0,
      outOfRemit: 0,
    });
    const untimed = serviceOf(office, UNTIMED_SERVICE);
    expect(untimed.timeliness).toBeNull();
    expect(untimed.complaints).toEqual({
      received: 2,
      answeredWithinDeadline: 1,
      answeredLate: 0,
      unanswered: 0,
      outOfRemit: 1,
    });
    expect(serviceOf(office, PROPOSALS_SERVICE).satisfaction.serviceUsers).toBe(1);
    // The office: every service's answers and users, the answer about no particular service, the question about none.
    expect(office.satisfaction).toMatchObject({
      respondents: 1,
      byChannel: { loket: 2, permohonan: 1 },
      serviceUsers: 4,
    });
    expect(office.complaints).toEqual({
      received: 4,
      answeredWithinDeadline: 1,
      answeredLate: 1,
      unanswered: 1,
      outOfRemit: 1,
    });
    expect(report.periods.map((period) => period.id)).toContain('2025-S1');

    const second = ourOffice(await getJson<PerformanceReport>('/api/data/kinerja?periode=2025-S2'));
    expect(serviceOf(second, TIMED_SERVICE).timeliness).toEqual({ finished: 1, withinTime: 0 });
    expect(second.complaints.received).toBe(0);
  });

  it('follow a transition: the April question answered moves to answered within its deadline', async () => {
    await complaintEvent('B', 'dijawab', '2025-04-02T09:00:00', { public_note: 'Jawaban atas pertanyaan Anda.' });
    expectKeptAsCounted();
    const feed = await getJson<{ rows: { month: string; agency: string; outcome: string }[] }>('/api/data/pengaduan');
    expect(feed.rows.filter((row) => row.agency === OFFICE && row.month === '2025-04')).toMatchObject([
      { outcome: 'dijawab-tepat-waktu', complaints: 1 },
    ]);
    const office = ourOffice(await getJson<PerformanceReport>('/api/data/kinerja?periode=2025'));
    expect(office.complaints).toEqual({
      received: 4,
      answeredWithinDeadline: 2,
      answeredLate: 1,
      unanswered: 0,
      outOfRemit: 1,
    });
  });

  it('stay as they were after an erasure, while the erased complaint’s published answer leaves the public list', async () => {
    const before = keptAndCounted();
    const listed = await getJson<{ items: { answers: string[] }[] }>('/api/pengaduan/terbuka');
    expect(listed.items.map((item) => item.answers)).toContainEqual(['Data Anda sudah diperbaiki.']);
    execFileSync(
      pocketBaseBinary(),
      [
        'data-pribadi',
        'hapus',
        ERASED_PHONE,
        'ya-hapus',
        `--dir=${server.dataDir}`,
        `--hooksDir=${join(PROJECT_ROOT, 'pocketbase/pb_hooks')}`,
        `--migrationsDir=${join(PROJECT_ROOT, 'pocketbase/pb_migrations')}`,
      ],
      { encoding: 'utf8', env: { ...process.env, LAYANAN_ERASURE_REGISTER: server.erasureRegister } },
    );
    expectKeptAsCounted();
    expect(keptAndCounted()).toEqual(before);
    const afterwards = await getJson<{ items: { answers: string[] }[] }>('/api/pengaduan/terbuka');
    expect(afterwards.items.map((item) => item.answers)).not.toContainEqual(['Data Anda sudah diperbaiki.']);
  });
});

describe('a proxy or browser holding a public answer', () => {
  it.each([
    ['/api/pengaduan/terbuka', 'public, max-age=300'],
    ['/api/data/pengaduan', 'public, max-age=3600'],
    ['/api/data/kinerja?periode=2025', 'public, no-cache'],
  ])('asks %s again with its ETag and gets 304 without a body', async (path, cacheControl) => {
    const first = await fetch(`${server.url}${path}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(cacheControl);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${server.url}${path}`, { headers: { 'If-None-Match': '"lama"' } })).status).toBe(200);
  });

  it('gets the new answer, with a new ETag, as soon as a complaint changes', async () => {
    const etagOf = async (path: string) => (await fetch(`${server.url}${path}`)).headers.get('etag');
    const before = { list: await etagOf('/api/pengaduan/terbuka'), data: await etagOf('/api/data/pengaduan') };
    await complaint('E', { kind: 'saran', received_at: wib('2025-09-01T10:00:00') });
    await complaintEvent('E', 'diverifikasi', '2025-09-01T11:00:00');
    await complaintEvent('E', 'dijawab', '2025-09-02T11:00:00', {
      public_note: 'Saran diterima.',
      publish_answer: true,
    });
    expect(await etagOf('/api/data/pengaduan')).not.toBe(before.data);
    expect(await etagOf('/api/pengaduan/terbuka')).not.toBe(before.list);
    const listed = await getJson<{ items: { answers: string[] }[] }>('/api/pengaduan/terbuka');
    expect(listed.items[0]!.answers).toEqual(['Saran diterima.']);
    expectKeptAsCounted();
  });
});
