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
//
// The report's figures are read from sums SQLite keeps as the rows change (migration 1795403950); after the
// public feed's tests (Cipicung 2 at dicatat):
// - Linggasari 2 moves on: musyawarah again D+6, diverifikasi D+9. Linggasari now diverifikasi 1, hasil 1.
//   Days: dicatat 2, 1 → 1.5 (2); musyawarah 1 (L1 D+2→3), 3 (L2 D+1→4), 3 (L2 D+6→9) → 3 (3);
//   dikembalikan 2 (D+4→6) → 2 (1); diverifikasi 5 (1); dikirim 10 (1). Returns and results as before.
// - Both Linggasari households erased (data-pribadi hapus): their notes go, so both reasons read
//   "(tanpa alasan tertulis)" and neither text is kept anywhere; counts and days as they were.
// - Linggasari 1 deleted: Linggasari diverifikasi 1 (total 1); days: dicatat 1 (1); musyawarah 3, 3 → 3 (2);
//   dikembalikan 2 (1); no result, nothing "not entered", no days to result.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOperator,
  createStaff,
  pocketBaseCommand,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '../../src/domain/statuses';
import { HOUSEHOLD_KK, HOUSEHOLD_NIK, householdBatchForm, householdForm } from '../support/household-form';

const DAY_MS = 24 * 3600 * 1000;
/** A village's households at each status, none yet. */
const zero = Object.fromEntries(Object.keys(HOUSEHOLD_STATUSES).map((status) => [status, 0]));
/** A row of the median days at a status before moving on, with the status's label. */
const stay = (status: HouseholdStatus, medianDays: number, moves: number) => ({
  status,
  label: HOUSEHOLD_STATUSES[status],
  medianDays,
  moves,
});
const FORMULA_REASON = '=HYPERLINK("http://contoh.invalid") di atas desil 5';

let server: TestPocketBase;
let kepala: StaffAccount;
let kepalaBanjarnegara: StaffAccount;
let cipicung: VillageAccount;
let linggasari: VillageAccount;
let petugas: StaffAccount;
/** Linggasari 1 and 2. */
let first: string;
let second: string;
let start: number;
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
  [first, second] = [await propose(linggasari), await propose(linggasari)];
  await propose(cipicung);
  // D: the start of this month, so every time stays in it… unless it is late in the month: then D is 20 days back.
  start = Date.now() - 20 * DAY_MS < Date.parse(`${month}-01T00:00:00+07:00`) ? Date.now() : Date.now() - 20 * DAY_MS;
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
    expect(households.villages).toEqual([
      { village: 'Cipicung', counts: { ...zero, 'dicatat-desa': 1 }, total: 1 },
      { village: 'Linggasari', counts: { ...zero, 'dikembalikan-ke-desa': 1, hasil: 1 }, total: 2 },
    ]);
    expect(households.daysPerStatus).toEqual([
      stay('dicatat-desa', 1.5, 2),
      stay('musyawarah-desa', 2, 2),
      stay('diverifikasi-dinsos', 5, 1),
      stay('dikirim-ke-pusat', 10, 1),
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

describe('the report’s household figures as households move on, are erased and deleted', () => {
  const households = async () => (await (await report(kepala)).json()).households;
  /** Every text the kept figures hold. */
  const keptTexts = () => {
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      return ['household_month_figures', 'household_month_reasons', 'household_figure_days']
        .flatMap((table) => db.prepare(`SELECT * FROM ${table}`).all())
        .map((row) => JSON.stringify(row))
        .join('\n');
    } finally {
      db.close();
    }
  };

  it('count a household moved on again at its new status and its new days', async () => {
    await linggasari.pb.collection('household_batches').create(await householdBatchForm(linggasari.placeId, [second]));
    await petugas.pb
      .collection('household_proposal_events')
      .create({ household_proposal: second, status: 'diverifikasi-dinsos', staff: petugas.id });
    const events = await server.admin
      .collection('household_proposal_events')
      .getFullList({ filter: `household_proposal = "${second}"`, sort: 'created' });
    for (const [event, day] of [
      [events.at(-2)!, 6],
      [events.at(-1)!, 9],
    ] as const)
      await server.admin
        .collection('household_proposal_events')
        .update(event.id, { at: new Date(start + day * DAY_MS).toISOString() });
    const figures = await households();
    expect(figures.villages).toEqual([
      { village: 'Cipicung', counts: { ...zero, 'dicatat-desa': 2 }, total: 2 },
      { village: 'Linggasari', counts: { ...zero, 'diverifikasi-dinsos': 1, hasil: 1 }, total: 2 },
    ]);
    expect(figures.daysPerStatus).toEqual([
      stay('dicatat-desa', 1.5, 2),
      stay('musyawarah-desa', 3, 3),
      stay('dikembalikan-ke-desa', 2, 1),
      stay('diverifikasi-dinsos', 5, 1),
      stay('dikirim-ke-pusat', 10, 1),
    ]);
    expect(figures.returned).toEqual([{ reason: 'Foto KK buram', count: 1 }]);
    expect(figures.results).toEqual({ masuk: 0, 'tidak-masuk': 1, 'perbaiki-data': 0 });
    expect(figures.daysToResult).toEqual({ medianDays: 18, households: 1 });
  });

  it('keep no reason of an erased household: its notes are gone from the figures, its counts and days stay', async () => {
    const before = await households();
    expect(keptTexts()).toContain('Foto KK buram');
    for (const id of [first, second]) {
      const { number } = await server.admin.collection('household_proposals').getOne(id);
      pocketBaseCommand(server.dataDir, ['data-pribadi', 'hapus', number, 'ya-hapus'], {
        LAYANAN_ERASURE_REGISTER: server.erasureRegister,
      });
    }
    const figures = await households();
    expect(figures.returned).toEqual([{ reason: '(tanpa alasan tertulis)', count: 1 }]);
    expect(figures.notEntered).toEqual([{ reason: '(tanpa alasan tertulis)', count: 1 }]);
    expect({ ...figures, returned: [], notEntered: [] }).toEqual({ ...before, returned: [], notEntered: [] });
    expect(keptTexts()).not.toContain('Foto KK');
    expect(keptTexts()).not.toContain('HYPERLINK');
  });

  it('count a deleted household no more', async () => {
    await server.admin.collection('household_proposals').delete(first);
    const figures = await households();
    expect(figures.villages).toEqual([
      { village: 'Cipicung', counts: { ...zero, 'dicatat-desa': 2 }, total: 2 },
      { village: 'Linggasari', counts: { ...zero, 'diverifikasi-dinsos': 1 }, total: 1 },
    ]);
    expect(figures.daysPerStatus).toEqual([
      stay('dicatat-desa', 1, 1),
      stay('musyawarah-desa', 3, 2),
      stay('dikembalikan-ke-desa', 2, 1),
    ]);
    expect(figures.returned).toEqual([{ reason: '(tanpa alasan tertulis)', count: 1 }]);
    expect(figures.notEntered).toEqual([]);
    expect(figures.results).toEqual({ masuk: 0, 'tidak-masuk': 0, 'perbaiki-data': 0 });
    expect(figures.daysToResult).toEqual({ medianDays: null, households: 0 });
    expect(keptTexts()).not.toContain(first);
  });
});
