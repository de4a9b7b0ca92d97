// The household-proposal (usulan DTSEN) figures of the workspace report, through a real PocketBase:
// three households of two villages moved through their stages as the village and staff record them,
// their timelines then set to hand-picked times (worked out below), read back by the kepala bidang
// as JSON and as CSV — a reason typed as a formula opens as text. Another office's report has none.
//
// Linggasari 1: dicatat D 00:00 → musyawarah D+2 → diverifikasi D+3 → dikirim D+8 → hasil D+18, tidak masuk
//   "=HYPERLINK(…) di atas desil 5".
// Linggasari 2: dicatat D → musyawarah D+1 → dikembalikan D+4 "Foto KK buram"; now dikembalikan.
// Cipicung: dicatat D; nothing since.
// Days before moving on: dicatat 2, 1 → 1.5 (2); musyawarah 1, 3 → 2 (2); diverifikasi 5; dikirim 10.
// Results: tidak masuk 1; recorded to result 18 days (1 household).
//
// The same households on the public feed (GET /api/data/dtsen), office-wide, 1 or 2 as "kurang dari 3":
// Purwakarta received 3 → 3; at dicatat 1, at musyawarah (the returned one) 1, at hasil 1 → "kurang dari 3";
// diverifikasi 0, dikirim 0 → 0; entered 0; not entered 1, returned 1 → "kurang dari 3"; the median of 1
// household hidden (null). Banjarnegara: all 0. A fourth household (Cipicung) makes received 4 and
// dicatat 2, still "kurang dari 3".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperator,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { HOUSEHOLD_KK, HOUSEHOLD_NIK, householdBatchForm, householdForm } from '../support/household-form';

const DAY_MS = 24 * 3600 * 1000;
const FORMULA_REASON = '=HYPERLINK("http://contoh.invalid") di atas desil 5';

let server: TestPocketBase;
let kepala: StaffAccount;
let kepalaBanjarnegara: StaffAccount;
let cipicung: VillageAccount;
const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);

/** Moves a household through `steps`, then sets its timeline's times to D + the given days. */
async function move(
  household: string,
  operator: VillageAccount,
  staff: StaffAccount,
  steps: { status: string; day: number; fields?: Record<string, string> }[],
  start: number,
) {
  for (const step of steps) {
    // The village's deliberation comes with its minutes (household_batches); the rest staff record.
    if (step.status === 'musyawarah-desa')
      await operator.pb.collection('household_batches').create(await householdBatchForm(operator.placeId, [household]));
    else
      await staff.pb
        .collection('household_proposal_events')
        .create({ household_proposal: household, status: step.status, staff: staff.id, ...step.fields });
  }
  const events = await server.admin
    .collection('household_proposal_events')
    .getFullList({ filter: `household_proposal = "${household}"`, sort: 'at,created' });
  const days = [0, ...steps.map((step) => step.day)];
  for (const [index, event] of events.entries())
    await server.admin
      .collection('household_proposal_events')
      .update(event.id, { at: new Date(start + days[index]! * DAY_MS).toISOString() });
}

beforeAll(async () => {
  server = await startTestPocketBase();
  let linggasari: VillageAccount;
  let petugas: StaffAccount;
  [linggasari, cipicung, petugas] = await Promise.all([
    createOperator(server, '32.14.06.2006'),
    createOperator(server, '32.14.05.2005'),
    createStaff(server, 'dinsos-p3a-purwakarta'),
  ]);
  [kepala, kepalaBanjarnegara] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta', 'kepala_bidang'),
    createStaff(server, 'dinsos-pppa-banjarnegara', 'kepala_bidang'),
  ]);
  const propose = async (operator: VillageAccount) =>
    (await operator.pb.collection('household_proposals').create(await householdForm(operator.placeId))).id;
  const [first, second] = [await propose(linggasari), await propose(linggasari)];
  await propose(cipicung);
  // D: the start of this month, so every time stays in it… unless it is late in the month: then D is 20 days back.
  const start =
    Date.now() - 20 * DAY_MS < Date.parse(`${month}-01T00:00:00+07:00`) ? Date.now() : Date.now() - 20 * DAY_MS;
  await move(
    first,
    linggasari,
    petugas,
    [
      { status: 'musyawarah-desa', day: 2 },
      { status: 'diverifikasi-dinsos', day: 3 },
      { status: 'dikirim-ke-pusat', day: 8 },
      { status: 'hasil', day: 18, fields: { result: 'tidak-masuk', public_note: FORMULA_REASON } },
    ],
    start,
  );
  await move(
    second,
    linggasari,
    petugas,
    [
      { status: 'musyawarah-desa', day: 1 },
      { status: 'dikembalikan-ke-desa', day: 4, fields: { public_note: 'Foto KK buram' } },
    ],
    start,
  );
});
afterAll(() => server?.stop());

const report = (staff: StaffAccount, format = '') =>
  fetch(`${server.url}/api/petugas/laporan?dari=${month}&sampai=${month}${format ? `&format=${format}` : ''}`, {
    headers: { Authorization: staff.pb.authStore.token },
  });

describe('the report’s household proposals', () => {
  it('gives the kepala bidang each village’s households per status, days per status, returns and “not entered”', async () => {
    const { households } = await (await report(kepala)).json();
    const zero = {
      'dicatat-desa': 0,
      'musyawarah-desa': 0,
      'dikembalikan-ke-desa': 0,
      'diverifikasi-dinsos': 0,
      'dikirim-ke-pusat': 0,
      hasil: 0,
    };
    expect(households.villages).toEqual([
      { village: 'Cipicung', counts: { ...zero, 'dicatat-desa': 1 }, total: 1 },
      { village: 'Linggasari', counts: { ...zero, 'dikembalikan-ke-desa': 1, hasil: 1 }, total: 2 },
    ]);
    expect(households.daysPerStatus).toEqual([
      { status: 'dicatat-desa', label: 'Dicatat desa', medianDays: 1.5, moves: 2 },
      { status: 'musyawarah-desa', label: 'Disepakati musyawarah desa', medianDays: 2, moves: 2 },
      { status: 'diverifikasi-dinsos', label: 'Diverifikasi Dinsos', medianDays: 5, moves: 1 },
      { status: 'dikirim-ke-pusat', label: 'Dikirim ke pusat', medianDays: 10, moves: 1 },
    ]);
    expect(households.returned).toEqual([{ reason: 'Foto KK buram', count: 1 }]);
    expect(households.notEntered).toEqual([{ reason: FORMULA_REASON, count: 1 }]);
    expect(households.results).toEqual({ masuk: 0, 'tidak-masuk': 1, 'perbaiki-data': 0 });
    expect(households.daysToResult).toEqual({ medianDays: 18, households: 1 });
  });

  it('as CSV: the same figures, the formula typed as a reason defused', async () => {
    const csv = Buffer.from(await (await report(kepala, 'csv')).arrayBuffer())
      .subarray(3)
      .toString('utf8');
    expect(csv).toContain('"Linggasari","0","0","1","0","0","1","2"');
    expect(csv).toContain('"Dicatat desa","1.5","2"');
    expect(csv).toContain('"Foto KK buram","1"');
    expect(csv).toContain(`"'=HYPERLINK(""http://contoh.invalid"") di atas desil 5","1"`);
  });

  it('another office’s report holds none of them', async () => {
    const { households } = await (await report(kepalaBanjarnegara)).json();
    expect([households.villages, households.daysPerStatus, households.returned, households.notEntered]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    expect(households.daysToResult.households).toBe(0);
  });
});

describe('the public household figures', () => {
  const feed = (query = '', headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/data/dtsen${query}`, { headers });
  const few = 'kurang dari 3';
  const stages = (counts: (number | string)[]) =>
    ['dicatat-desa', 'musyawarah-desa', 'diverifikasi-dinsos', 'dikirim-ke-pusat', 'hasil'].map((stage, index) => ({
      stage,
      count: counts[index],
    }));

  it('give a guest office-wide counts, 1 or 2 as “kurang dari 3”, and nothing of a household, village or reason', async () => {
    const answer = await feed();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, no-cache');
    const body = await answer.text();
    const { offices } = JSON.parse(body);
    const office = (slug: string) => offices.find((one: { slug: string }) => one.slug === slug);
    expect(office('dinsos-p3a-purwakarta')).toEqual({
      slug: 'dinsos-p3a-purwakarta',
      name: expect.any(String),
      received: 3,
      stages: stages([few, few, 0, 0, few]),
      entered: 0,
      notEntered: few,
      returned: few,
      medianDaysToResult: null,
    });
    expect(office('dinsos-pppa-banjarnegara')).toMatchObject({
      received: 0,
      stages: stages([0, 0, 0, 0, 0]),
      entered: 0,
      notEntered: 0,
      returned: 0,
    });
    for (const hidden of [
      'Linggasari',
      'Cipicung',
      'Foto KK',
      'HYPERLINK',
      'desil',
      'Siti Aminah',
      HOUSEHOLD_NIK,
      HOUSEHOLD_KK,
      'DTS-',
    ])
      expect(body).not.toContain(hidden);
  });

  it('are checked by their ETag and counted anew when a household is recorded; as CSV the same suppressed counts', async () => {
    const first = await feed();
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await feed('', { 'If-None-Match': etag })).status).toBe(304);
    await cipicung.pb.collection('household_proposals').create(await householdForm(cipicung.placeId));
    const changed = await feed('', { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    const purwakarta = (await changed.json()).offices.find(
      (one: { slug: string }) => one.slug === 'dinsos-p3a-purwakarta',
    );
    expect(purwakarta.received).toBe(4);
    expect(purwakarta.stages[0]).toEqual({ stage: 'dicatat-desa', count: few });
    const csv = Buffer.from(await (await feed('?format=csv')).arrayBuffer())
      .subarray(3)
      .toString('utf8');
    expect(csv).toContain('"Usulan diterima","4"');
    expect(csv).toContain('"Tahap: Dicatat desa","kurang dari 3"');
    expect(csv).toContain('"Tahap: Dikirim ke pusat","0"');
    expect(csv).not.toContain('Cipicung');
  });
});
