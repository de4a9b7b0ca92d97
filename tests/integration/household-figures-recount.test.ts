// The household-proposal (usulan DTSEN) figures SQLite keeps as rows change (migration 1795403950)
// against a full recount, the old way: every household of the period and its timeline read from the
// rows and counted by householdFigures (src/domain/household-figures.ts). Sixty households of two
// offices (a household's office picked apart from its village: the figures read the household's)
// are written straight into SQLite — as an import or the dashboard would, so only the
// triggers keep the figures — with random statuses, results, returns and reasons (one padded with
// spaces), months across the offices' month edges (WIB), and their events inserted out of time order.
// Then three rounds of random changes: events re-timed, re-noted, moved to another status, deleted
// and added; households moved to another status, result, month or village (of the other office),
// their notes erased, deleted with their events (in SQL either way round, and through PocketBase).
// After each round the report of several periods, for each office, and the public feed equal the
// recount.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdFigures, type HouseholdForFigures } from '../../src/domain/household-figures';
import { publicHouseholdOffice } from '../../src/domain/household-public-figures';
import { HOUSEHOLD_RESULTS, type HouseholdResult } from '../../src/domain/household-proposal';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '../../src/domain/statuses';
import { createStaff, startTestPocketBase, type StaffAccount, type TestPocketBase } from '../support/pocketbase';
import { seededRandom } from '../support/seeded-random';

const OFFICES = ['dinsos-p3a-purwakarta', 'dinsos-pppa-banjarnegara'];
const PERIODS = [
  ['2026-01', '2026-04'],
  ['2026-02', '2026-02'],
  ['2026-01', '2026-03'],
  ['2026-03', '2026-04'],
];
const STATUSES = Object.keys(HOUSEHOLD_STATUSES);
const RESULTS = ['', '', ...Object.keys(HOUSEHOLD_RESULTS)];
const NOTES = ['Foto KK buram', ' Foto KK buram ', '', 'Alamat tidak lengkap', 'Di atas desil 5'];
/** Moments at the offices' month edges (WIB is UTC+7): 1 Feb 00:30 WIB, 28 Feb 23:59 WIB, 31 Mar 23:30 WIB. */
const EDGES = ['2026-01-31T17:30:00.000Z', '2026-02-28T16:59:59.999Z', '2026-03-31T16:30:00.000Z'];
const DAY_MS = 86_400_000;

let server: TestPocketBase;
let db: DatabaseSync;
const kepala: Record<string, StaffAccount> = {};
let villages: string[];
/** The offices' ids: a household's office is picked apart from its village (the figures read the household's). */
let offices: string[];

const { random, pick } = seededRandom(20_261_207);
const stored = (ms: number) => new Date(ms).toISOString().replace('T', ' ');
const newId = () => randomBytes(8).toString('hex').slice(0, 15);

const run = (sql: string, ...values: (string | number)[]) => db.prepare(sql).run(...values);
const rows = <T>(sql: string, ...values: (string | number)[]) => db.prepare(sql).all(...values) as T[];

function addEvent(household: string, at: number) {
  run(
    'INSERT INTO household_proposal_events (id, household_proposal, status, public_note, at) VALUES (?, ?, ?, ?, ?)',
    newId(),
    household,
    pick(STATUSES),
    pick(NOTES),
    stored(at),
  );
}

function receivedAt(): number {
  return random() < 0.25 ? Date.parse(pick(EDGES)) : Date.parse('2026-01-01T00:00:00Z') + random() * 118 * DAY_MS;
}

function writeHouseholds(count: number) {
  const events: [string, number][] = [];
  for (let index = 0; index < count; index++) {
    const id = newId();
    const received = receivedAt();
    run(
      'INSERT INTO household_proposals (id, number, idempotency_key, village, agency, status, result, received_at)' +
        ' VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      id,
      `DTS-UJI${String(index).padStart(5, '0')}-${id}`,
      `hitung-ulang-${id}`,
      pick(villages),
      pick(offices),
      pick(STATUSES),
      pick(RESULTS),
      stored(received),
    );
    let at = received;
    for (let event = Math.floor(random() * 6); event >= 0; event--) {
      events.push([id, at]);
      at += random() * 15 * DAY_MS;
    }
  }
  // Out of time order, as an import might write them.
  for (const [household, at] of events.sort(() => random() - 0.5)) addEvent(household, at);
}

/** One round of random changes, in SQL; one household deleted through PocketBase (which forgets the public answer). */
async function changeAtRandom() {
  const households = () => rows<{ id: string }>('SELECT id FROM household_proposals').map((row) => row.id);
  const events = () => rows<{ id: string }>('SELECT id FROM household_proposal_events').map((row) => row.id);
  for (let change = 0; change < 12; change++) {
    run(
      'UPDATE household_proposal_events SET at = ? WHERE id = ?',
      stored(receivedAt() + random() * 30 * DAY_MS),
      pick(events()),
    );
    run('UPDATE household_proposal_events SET public_note = ? WHERE id = ?', pick(NOTES), pick(events()));
    run('UPDATE household_proposal_events SET status = ? WHERE id = ?', pick(STATUSES), pick(events()));
    run('UPDATE household_proposal_events SET household_proposal = ? WHERE id = ?', pick(households()), pick(events()));
    run('DELETE FROM household_proposal_events WHERE id = ?', pick(events()));
    addEvent(pick(households()), receivedAt() + random() * 30 * DAY_MS);
    run(
      'UPDATE household_proposals SET status = ?, result = ? WHERE id = ?',
      pick(STATUSES),
      pick(RESULTS),
      pick(households()),
    );
  }
  for (let change = 0; change < 4; change++) {
    run('UPDATE household_proposals SET received_at = ? WHERE id = ?', stored(receivedAt()), pick(households()));
    run(
      'UPDATE household_proposals SET village = ?, agency = ? WHERE id = ?',
      pick(villages),
      pick(offices),
      pick(households()),
    );
    // An erasure clears the notes of the household's timeline.
    run("UPDATE household_proposal_events SET public_note = '' WHERE household_proposal = ?", pick(households()));
  }
  const eventsFirst = pick(households());
  run('DELETE FROM household_proposal_events WHERE household_proposal = ?', eventsFirst);
  run('DELETE FROM household_proposals WHERE id = ?', eventsFirst);
  const householdFirst = pick(households());
  run('DELETE FROM household_proposals WHERE id = ?', householdFirst);
  run('DELETE FROM household_proposal_events WHERE household_proposal = ?', householdFirst);
  await server.admin.collection('household_proposals').delete(pick(households()));
  writeHouseholds(4);
}

/** An office's figures of a period counted from the households and their timelines, as the report counted them before. */
function recount(agency: string, from: string, to: string) {
  const inPeriod = "h.agency = ? AND strftime('%Y-%m', h.received_at, '+420 minutes') BETWEEN ? AND ?";
  const timelines = new Map<string, HouseholdForFigures['events']>();
  for (const event of rows<{ household: string; status: HouseholdStatus; at: string; note: string }>(
    'SELECT e.household_proposal AS household, e.status, e.at, e.public_note AS note FROM household_proposal_events e' +
      ` JOIN household_proposals h ON h.id = e.household_proposal WHERE ${inPeriod} ORDER BY e.household_proposal, e.at, e.rowid`,
    agency,
    from,
    to,
  ))
    timelines.set(event.household, [
      ...(timelines.get(event.household) ?? []),
      { status: event.status, at: event.at.replace(' ', 'T'), note: event.note },
    ]);
  return householdFigures(
    rows<{ id: string; village: string; status: HouseholdStatus; result: HouseholdResult | '' }>(
      `SELECT h.id, v.name AS village, h.status, h.result FROM household_proposals h JOIN villages v ON v.id = h.village WHERE ${inPeriod}`,
      agency,
      from,
      to,
    ).map((household) => ({
      village: household.village,
      status: household.status,
      result: household.result,
      events: timelines.get(household.id) ?? [],
    })),
  );
}

async function expectKeptAsRecounted() {
  const agencies = rows<{ id: string; slug: string; name: string }>('SELECT id, slug, name FROM agencies');
  for (const slug of OFFICES) {
    const agency = agencies.find((one) => one.slug === slug)!;
    for (const [from, to] of PERIODS) {
      const answer = await fetch(`${server.url}/api/petugas/laporan?dari=${from}&sampai=${to}`, {
        headers: { Authorization: kepala[slug]!.pb.authStore.token },
      });
      expect((await answer.json()).households, `${slug} ${from}–${to}`).toEqual(recount(agency.id, from!, to!));
    }
  }
  const feed = await (await fetch(`${server.url}/api/data/dtsen`)).json();
  expect(feed.offices).toEqual(
    agencies
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((agency) => publicHouseholdOffice(agency, recount(agency.id, '0000-01', '9999-12'))),
  );
}

beforeAll(async () => {
  server = await startTestPocketBase();
  for (const slug of OFFICES) kepala[slug] = await createStaff(server, slug, 'kepala_bidang');
  db = new DatabaseSync(join(server.dataDir, 'data.db'));
  run('PRAGMA busy_timeout = 10000');
  villages = rows<{ id: string }>('SELECT id FROM villages ORDER BY code LIMIT 6').map((row) => row.id);
  offices = OFFICES.map((slug) => rows<{ id: string }>('SELECT id FROM agencies WHERE slug = ?', slug)[0]!.id);
  writeHouseholds(60);
});
afterAll(async () => {
  db?.close();
  await server?.stop();
});

describe('the kept household figures', () => {
  it('equal a recount from the rows, for every office and period, and on the public feed', async () => {
    expect(villages).toHaveLength(6);
    for (const office of offices) expect(recount(office, '2026-01', '2026-04').villages.length).toBeGreaterThan(1);
    await expectKeptAsRecounted();
  });

  it('still equal it after each of three rounds of random changes', async () => {
    for (let round = 0; round < 3; round++) {
      await changeAtRandom();
      await expectKeptAsRecounted();
    }
  });
});
