// The office report's complaint figures SQLite keeps as complaints are written (migration 1795403963),
// through GET /api/petugas/laporan:
//
// - Known answers worked out by hand for a small office (two months, two services and complaints about
//   none, at the WIB month edges; one verified late, one answered late, one waiting past its deadline
//   in each month; an odd and an even number of answers for the medians), then after a complaint moves
//   to another service, an overdue one is answered, one is moved into another month, one is erased and
//   one deleted. The kept tables hold no names, and a deleted complaint leaves nothing in them.
// - A recount: complaints of two offices written straight into SQLite (as an import or the dashboard
//   would, so only the triggers keep the figures) — services, no service and a service that is no
//   longer there, dates across the month edges — then rounds of random inserts, verifications,
//   answers, services changed, months and offices changed, erasures and deletions (in SQL and through
//   PocketBase). After each round the report of several periods, JSON and CSV, equals the full scan the
//   report made before the figures were kept (the oracle below).
// - No API reaches the kept tables: not an outsider, not staff of this office or another, not a superuser.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints as complaintCase } from '../../src/domain/cases/complaints';
import { lateSql } from '../../src/domain/cases/engine';
import { storedDate } from '../../src/domain/database';
import { type ComplaintReportRow, complaintReport, type ReadRows } from '../../src/domain/report';
import { officeMonthRange } from '../../src/domain/report-months';
import { spreadsheetText } from '../../src/domain/spreadsheet';
import { COMPLAINT_STATUSES } from '../../src/domain/statuses';
import { SQLITE_OFFICE_OFFSET } from '../../src/domain/time';
import {
  client,
  createStaff,
  pocketBaseCommand,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';
import { seededRandom } from '../support/seeded-random';

const OFFICES = ['dinsos-p3a-purwakarta', 'dinsos-pppa-banjarnegara'];
const KEPT_TABLES = ['complaint_report_figures', 'complaint_answer_hours'];
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

let server: TestPocketBase;
let db: DatabaseSync;
const kepala: Record<string, StaffAccount> = {};
let petugas: StaffAccount;
let petugasBanjarnegara: StaffAccount;
/** The offices' ids, in the order of OFFICES. */
let offices: string[];

const run = (sql: string, ...values: (string | number)[]) => db.prepare(sql).run(...values);
const rows = <T>(sql: string, ...values: (string | number)[]) => db.prepare(sql).all(...values) as T[];
const stored = (ms: number) => new Date(ms).toISOString().replace('T', ' ');
const newId = () => randomBytes(8).toString('hex').slice(0, 15);

/** A complaint's dates as hours after its receipt (null: not yet), and what it is about. */
interface Written {
  agency: string;
  service: string;
  status: string;
  received: number;
  verificationDue?: number;
  verified?: number;
  answerDue?: number;
  answered?: number;
  /** The deadline it waits for (the case type's due_at); none when it waits for nothing. */
  due?: number;
}

/** The columns the figures are counted from, for a complaint written as `complaint` says. */
function countedColumns(complaint: Written): (string | number)[] {
  const at = (hours?: number) => (hours === undefined ? '' : stored(complaint.received + hours * HOUR_MS));
  return [
    complaint.agency,
    complaint.service,
    complaint.status,
    stored(complaint.received),
    at(complaint.verificationDue),
    at(complaint.verified),
    at(complaint.answerDue),
    at(complaint.answered),
    at(complaint.due),
  ];
}
const COUNTED =
  'agency, service, status, received_at, verification_due_at, verified_at, answer_due_at, first_answered_at, due_at';

/** Writes a complaint straight into SQLite (as an import would), its dates in hours after `received` (ms). */
function writeComplaint(complaint: Written, key = 'hitung'): string {
  const id = newId();
  const number = `ADU-${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8, 9)}`.toUpperCase();
  run(
    'INSERT INTO complaints (id, number, kind, identity, description, reply_channel, complainant_name, status_verifier,' +
      ` idempotency_key, ${COUNTED}) VALUES (?, ?, 'pengaduan', 'biasa', 'Pengaduan uji hitung.', 'halaman-status',` +
      " 'Euis Rahmawati', '2287', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    id,
    number,
    `${key}-${id}`,
    ...countedColumns(complaint),
  );
  return id;
}

/**
 * The report's complaints as it counted them before the figures were kept: every complaint of the
 * period read and counted per month and service, medians by window functions (the query of
 * src/domain/report.ts until migration 1795403963). The oracle of these tests.
 */
function fullScan(agency: string, from: string, to: string, now: Date): ComplaintReportRow[] {
  const hours =
    "CASE WHEN c.first_answered_at != '' THEN (julianday(c.first_answered_at) - julianday(c.received_at)) * 24 END";
  const sql =
    `WITH period AS MATERIALIZED (SELECT strftime('%Y-%m', c.received_at, :offset) AS month,` +
    " COALESCE(s.title, '(tanpa layanan tertentu)') AS service," +
    " (c.verified_at != '' AND c.verified_at <= c.verification_due_at) AS verified_on_time," +
    ` ${hours} AS hours, (c.first_answered_at != '' AND c.first_answered_at <= c.answer_due_at) AS answered_on_time,` +
    ` (${lateSql(complaintCase, 'c', ':now')}) AS overdue` +
    ' FROM complaints c LEFT JOIN services s ON s.id = c.service' +
    ' WHERE c.agency = :agency AND c.received_at >= :fromAt AND c.received_at < :toAt),' +
    ' ranked AS (SELECT month, service, hours, ROW_NUMBER() OVER (PARTITION BY month, service ORDER BY hours) AS place,' +
    ' COUNT(*) OVER (PARTITION BY month, service) AS answered FROM period WHERE hours IS NOT NULL),' +
    ' medians AS (SELECT month, service, AVG(hours) AS hours FROM ranked' +
    ' WHERE place IN ((answered + 1) / 2, (answered + 2) / 2) GROUP BY month, service)' +
    ' SELECT p.month, p.service, COUNT(*) AS received, SUM(p.verified_on_time) AS verified_on_time,' +
    ' SUM(p.hours IS NOT NULL) AS answered, SUM(p.answered_on_time) AS answered_on_time, SUM(p.overdue) AS overdue,' +
    ' m.hours AS median_hours' +
    ' FROM period p LEFT JOIN medians m ON m.month = p.month AND m.service = p.service' +
    ' GROUP BY p.month, p.service ORDER BY p.month, p.service';
  return db
    .prepare(sql)
    .all({
      agency,
      offset: SQLITE_OFFICE_OFFSET,
      now: storedDate(now),
      fromAt: storedDate(officeMonthRange(from).from),
      toAt: storedDate(officeMonthRange(to).to),
    })
    .map((row) => ({
      month: row['month'] as string,
      service: row['service'] as string,
      received: row['received'] as number,
      verifiedOnTime: row['verified_on_time'] as number,
      answered: row['answered'] as number,
      answeredOnTime: row['answered_on_time'] as number,
      overdue: row['overdue'] as number,
      medianHoursToAnswer: row['median_hours'] === null ? null : Math.round((row['median_hours'] as number) * 10) / 10,
    }));
}

const report = (slug: string, from: string, to: string, format = '') =>
  fetch(`${server.url}/api/petugas/laporan?dari=${from}&sampai=${to}${format}`, {
    headers: { Authorization: kepala[slug]!.pb.authStore.token },
  });

async function complaintsReported(slug: string, from: string, to: string): Promise<ComplaintReportRow[]> {
  const answer = await report(slug, from, to);
  expect(answer.status).toBe(200);
  return (await answer.json()).complaints;
}

/** Every row the kept tables hold, as text. */
const keptTexts = () =>
  KEPT_TABLES.flatMap((table) => rows<Record<string, unknown>>(`SELECT * FROM ${table}`))
    .map((row) => JSON.stringify(row))
    .join('\n');

beforeAll(async () => {
  server = await startTestPocketBase();
  for (const slug of OFFICES) kepala[slug] = await createStaff(server, slug, 'kepala_bidang');
  petugas = await createStaff(server, OFFICES[0]!);
  petugasBanjarnegara = await createStaff(server, OFFICES[1]!);
  db = new DatabaseSync(join(server.dataDir, 'data.db'));
  run('PRAGMA busy_timeout = 10000');
  offices = OFFICES.map((slug) => rows<{ id: string }>('SELECT id FROM agencies WHERE slug = ?', slug)[0]!.id);
});
afterAll(async () => {
  db?.close();
  await server?.stop();
});

describe('the kept complaint figures, worked out by hand', () => {
  const SEP = Date.parse('2026-09-10T03:00:00Z'); // Thu 10 Sep 2026, 10:00 WIB
  const OCT = Date.parse('2026-10-05T03:00:00Z'); // Mon 5 Oct 2026, 10:00 WIB
  /** Deadlines: verification 48 hours after receipt, the answer 240 hours (10 days) after. */
  const deadlines = { verificationDue: 48, answerDue: 240 };
  const answered = (verified: number, hours: number) => ({
    ...deadlines,
    status: 'dijawab',
    verified,
    answered: hours,
  });
  let services: { id: string; title: string }[];
  const ids: Record<string, string> = {};
  const none = '(tanpa layanan tertentu)';
  const line = (
    month: string,
    service: string,
    counts: [number, number, number, number, number],
    medianHoursToAnswer: number | null,
  ) => {
    const [received, verifiedOnTime, answeredCount, answeredOnTime, overdue] = counts;
    return {
      month,
      service,
      received,
      verifiedOnTime,
      answered: answeredCount,
      answeredOnTime,
      overdue,
      medianHoursToAnswer,
    };
  };

  beforeAll(async () => {
    services = rows<{ id: string; title: string }>(
      'SELECT id, title FROM services WHERE agency = ? ORDER BY title LIMIT 2',
      offices[0]!,
    );
    const [a, b] = services.map((service) => service.id) as [string, string];
    const purwakarta = offices[0]!;
    const write = (name: string, complaint: Omit<Written, 'agency'>, agency = purwakarta) => {
      ids[name] = writeComplaint({ agency, ...complaint });
    };
    // September, service A: answered after 5, 288 (past its 240-hour deadline, verified late too) and 30 hours.
    write('a1', { service: a, received: SEP, ...answered(24, 5) });
    write('a2', { service: a, received: SEP + 2 * DAY_MS, ...answered(72, 288) });
    // Through the server, for a number the erasure command takes; then dated as the others.
    const a3 = await server.admin.collection('complaints').create({
      agency: purwakarta,
      service: a,
      kind: 'pengaduan',
      identity: 'biasa',
      description: 'Pengaduan uji hitung.',
      reply_channel: 'halaman-status',
      complainant_name: 'Euis Rahmawati',
      complainant_phone: '0896-4410-2287',
      status_verifier: '2287',
      idempotency_key: `hitung-${newId()}`,
    });
    ids['a3'] = a3.id;
    const dated = countedColumns({ agency: purwakarta, service: a, received: SEP + 4 * DAY_MS, ...answered(24, 30) });
    run(`UPDATE complaints SET (${COUNTED}) = (${dated.map(() => '?').join(', ')}) WHERE id = ?`, ...dated, a3.id);
    // September, service B: answered after 10 and 25 hours; one verified, never answered, its deadline long past.
    write('b1', { service: b, received: SEP + 10 * DAY_MS, ...answered(1, 10) });
    write('b2', { service: b, received: SEP + 11 * DAY_MS, ...answered(1, 25) });
    write('b3', {
      service: b,
      received: SEP + 12 * DAY_MS,
      ...deadlines,
      status: 'diverifikasi',
      verified: 1,
      due: 240,
    });
    // No service: 1 Sep 00:00 WIB is September (not processed: waits for nothing); 31 Aug 23:59:59.999 WIB is August.
    write('edge', {
      service: '',
      received: Date.parse('2026-08-31T17:00:00Z'),
      ...deadlines,
      status: 'tidak-diproses',
    });
    write('august', {
      service: '',
      received: Date.parse('2026-08-31T16:59:59.999Z'),
      ...deadlines,
      status: 'tidak-diproses',
    });
    // October, no service: one never verified, past its verification deadline; one answered after 7.5 hours.
    write('n1', { service: '', received: OCT, ...deadlines, status: 'diterima', due: 48 });
    write('n2', { service: '', received: OCT + DAY_MS, ...answered(1, 7.5) });
    // Waiting too, but its deadline (extended ten years) has not passed: not overdue.
    write('n3', { service: '', received: OCT + 2 * DAY_MS, ...deadlines, status: 'diterima', due: 24 * 3650 });
    // 1 Nov 00:00 WIB is November; and another office's complaint of September.
    write('november', { service: a, received: Date.parse('2026-10-31T17:00:00Z'), ...answered(1, 2) });
    write('elsewhere', { service: '', received: SEP, ...answered(1, 3) }, offices[1]!);
  });

  it('count each month and service: received, verified and answered on time, overdue, the median hours', async () => {
    const [a, b] = services.map((service) => service.title) as [string, string];
    expect(await complaintsReported(OFFICES[0]!, '2026-09', '2026-10')).toEqual([
      line('2026-09', none, [1, 0, 0, 0, 0], null),
      line('2026-09', a, [3, 2, 3, 2, 0], 30), // 5, 30, 288: the middle one
      line('2026-09', b, [3, 3, 2, 2, 1], 17.5), // (10 + 25) / 2
      line('2026-10', none, [3, 1, 1, 1, 1], 7.5),
    ]);
    expect(await complaintsReported(OFFICES[0]!, '2026-08', '2026-08')).toEqual([
      line('2026-08', none, [1, 0, 0, 0, 0], null),
    ]);
    expect(await complaintsReported(OFFICES[1]!, '2026-09', '2026-09')).toEqual([
      line('2026-09', none, [1, 1, 1, 1, 0], 3),
    ]);
  });

  it('move a complaint to another service, an answered overdue one out of overdue, a complaint into another month', async () => {
    const [a, b] = services.map((service) => service.title) as [string, string];
    run('UPDATE complaints SET service = ? WHERE id = ?', services[1]!.id, ids['a2']!);
    // Answered 40 hours after receipt, within its deadline: no longer waiting.
    run(
      "UPDATE complaints SET status = 'dijawab', first_answered_at = ?, due_at = '' WHERE id = ?",
      stored(SEP + 12 * DAY_MS + 40 * HOUR_MS),
      ids['b3']!,
    );
    // From 31 Aug 23:59:59.999 WIB to 31 Oct 23:59:59.999 WIB.
    run(
      'UPDATE complaints SET received_at = ? WHERE id = ?',
      stored(Date.parse('2026-10-31T16:59:59.999Z')),
      ids['august']!,
    );
    expect(await complaintsReported(OFFICES[0]!, '2026-08', '2026-10')).toEqual([
      line('2026-09', none, [1, 0, 0, 0, 0], null),
      line('2026-09', a, [2, 2, 2, 2, 0], 17.5), // (5 + 30) / 2
      line('2026-09', b, [4, 3, 4, 3, 0], 32.5), // 10, 25, 40, 288: (25 + 40) / 2
      line('2026-10', none, [4, 1, 1, 1, 1], 7.5),
    ]);
  });

  it('keep an erased complaint counted, with nothing of what it said or who said it', async () => {
    const before = await complaintsReported(OFFICES[0]!, '2026-09', '2026-10');
    const { number } = await server.admin.collection('complaints').getOne(ids['a3']!);
    pocketBaseCommand(server.dataDir, ['data-pribadi', 'hapus', number, 'ya-hapus'], {
      LAYANAN_ERASURE_REGISTER: server.erasureRegister,
    });
    expect(
      rows<{ description: string }>('SELECT description FROM complaints WHERE id = ?', ids['a3']!)[0]!.description,
    ).not.toBe('Pengaduan uji hitung.');
    expect(await complaintsReported(OFFICES[0]!, '2026-09', '2026-10')).toEqual(before);
    // Ids, offices, months, services, counts and hours: no names, no text.
    for (const table of KEPT_TABLES)
      expect(
        rows<{ name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`).map(
          (column) => column.name,
        ),
      ).toEqual(
        table === 'complaint_report_figures'
          ? ['agency', 'month', 'service', 'received', 'verified_on_time', 'answered', 'answered_on_time']
          : ['complaint', 'agency', 'month', 'service', 'hours'],
      );
    expect(keptTexts()).not.toMatch(/Euis|Pengaduan|2287|dihapus/);
  });

  it('count a deleted complaint no more, and keep nothing of it', async () => {
    const [a, b] = services.map((service) => service.title) as [string, string];
    await server.admin.collection('complaints').delete(ids['a1']!);
    expect(await complaintsReported(OFFICES[0]!, '2026-09', '2026-10')).toEqual([
      line('2026-09', none, [1, 0, 0, 0, 0], null),
      line('2026-09', a, [1, 1, 1, 1, 0], 30),
      line('2026-09', b, [4, 3, 4, 3, 0], 32.5),
      line('2026-10', none, [4, 1, 1, 1, 1], 7.5),
    ]);
    expect(keptTexts()).not.toContain(ids['a1']!);
    // The last complaint of a month and service gone: its row goes too.
    run('DELETE FROM complaints WHERE id = ?', ids['edge']!);
    expect((await complaintsReported(OFFICES[0]!, '2026-09', '2026-09')).map((row) => row.service)).toEqual([a, b]);
    expect(rows('SELECT * FROM complaint_report_figures WHERE received = 0')).toEqual([]);
  });
});

describe('the complaint report’s queries', () => {
  it('read the kept figures, the waiting complaints’ index and the answer hours’ index: never a complaint’s row', async () => {
    const plans: string[] = [];
    const read: ReadRows = (query, _shape) => {
      const sql = query.sql.replace(/\{:(\w+)\}/g, ':$1');
      plans.push(
        ...db
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all(query.bind as never)
          .map((step) => String(step['detail'])),
      );
      return db.prepare(sql).all(query.bind as never) as never;
    };
    const [from, to] = ['2026-01', '2026-12'];
    const now = new Date();
    expect(complaintReport(read, offices[0]!, from, to, now)).toEqual(fullScan(offices[0]!, from, to, now));
    expect(plans).toContain(
      'SEARCH c USING COVERING INDEX idx_complaints_waiting_due (agency=? AND <expr>=? AND due_at>? AND due_at<?)',
    );
    expect(plans).toContain('SEARCH f USING PRIMARY KEY (agency=? AND month>? AND month<?)');
    expect(plans).toContain(
      'SEARCH complaint_answer_hours USING COVERING INDEX idx_complaint_answer_hours_median (agency=? AND month=? AND service=?)',
    );
    expect(
      plans.filter((step) => /^SCAN (c|complaints|complaint_answer_hours)\b|TEMP B-TREE FOR ORDER BY/.test(step)),
    ).toEqual([]);
  });
});

describe('the kept complaint tables', () => {
  it('are reached by no API: not by an outsider, staff of this office or another, nor a superuser', async () => {
    const readers = [client(server.url), petugas.pb, kepala[OFFICES[0]!]!.pb, petugasBanjarnegara.pb, server.admin];
    for (const reader of readers)
      for (const table of KEPT_TABLES) {
        const refused = await reader
          .collection(table)
          .getList(1, 1)
          .then(
            () => 200,
            (error: { status: number }) => error.status,
          );
        expect(refused, `${table}`).toBe(404);
      }
    const collections = await server.admin.collections.getFullList();
    expect(collections.map((collection) => collection.name)).not.toEqual(expect.arrayContaining(KEPT_TABLES));
  });
});

describe('the kept complaint figures against a full recount', () => {
  const PERIODS = [
    ['2026-01', '2026-04'],
    ['2026-02', '2026-02'],
    ['2026-01', '2026-03'],
    ['2026-03', '2026-04'],
  ] as const;
  /** Moments at the month edges in WIB (UTC+7): 1 Feb 00:00, 28 Feb 23:59:59.999, 1 Apr 00:00, 31 Mar 23:59:59.999. */
  const EDGES = [
    '2026-01-31T17:00:00.000Z',
    '2026-02-28T16:59:59.999Z',
    '2026-03-31T17:00:00.000Z',
    '2026-03-31T16:59:59.999Z',
  ];
  const STATUSES = Object.keys(COMPLAINT_STATUSES);
  const { random, pick } = seededRandom(20_261_208);
  /** Hours after receipt, or none; some land exactly on a deadline. */
  const maybeHours = () => (random() < 0.3 ? undefined : pick([24, 48, 240, Math.round(random() * 4000) / 10]));
  let serviceIds: string[];
  const receivedAt = () =>
    random() < 0.25 ? Date.parse(pick(EDGES)) : Date.parse('2026-01-01T00:00:00Z') + random() * 118 * DAY_MS;
  const complaintIds = () => rows<{ id: string }>('SELECT id FROM complaints WHERE idempotency_key LIKE ?', 'acak-%');

  function writeRandom(count: number) {
    for (let index = 0; index < count; index++) {
      const answered = maybeHours();
      writeComplaint(
        {
          agency: pick(offices),
          service: pick(serviceIds),
          status: pick(STATUSES),
          received: receivedAt(),
          verificationDue: 48,
          verified: maybeHours(),
          answerDue: 240,
          answered,
          due: pick([undefined, 48, 240, 24 * 3650]),
        },
        'acak',
      );
    }
  }

  async function changeAtRandom() {
    const some = () => pick(complaintIds()).id;
    const hoursAfterReceipt = (id: string, hours: number) =>
      stored(
        Date.parse(
          `${rows<{ received_at: string }>('SELECT received_at FROM complaints WHERE id = ?', id)[0]!.received_at.replace(' ', 'T')}`,
        ) +
          hours * HOUR_MS,
      );
    for (let change = 0; change < 10; change++) {
      const verified = some();
      run(
        'UPDATE complaints SET verified_at = ?, status = ? WHERE id = ?',
        hoursAfterReceipt(verified, maybeHours() ?? 50),
        'diverifikasi',
        verified,
      );
      const answered = some();
      run(
        "UPDATE complaints SET first_answered_at = ?, status = 'dijawab', due_at = '' WHERE id = ?",
        hoursAfterReceipt(answered, maybeHours() ?? 300),
        answered,
      );
      run('UPDATE complaints SET service = ? WHERE id = ?', pick(serviceIds), some());
      run('UPDATE complaints SET status = ? WHERE id = ?', pick(STATUSES), some());
    }
    for (let change = 0; change < 4; change++) {
      run('UPDATE complaints SET received_at = ? WHERE id = ?', stored(receivedAt()), some());
      run('UPDATE complaints SET agency = ? WHERE id = ?', pick(offices), some());
      // Reopened: the answer taken back (as an import correcting a mistake might).
      run("UPDATE complaints SET first_answered_at = '', status = 'dibuka-kembali' WHERE id = ?", some());
      // An erasure as the data-subject command writes it: what was said and who said it go, the dates stay.
      run(
        "UPDATE complaints SET complainant_name = '', complainant_phone = '', description = '[dihapus]', status_verifier = '' WHERE id = ?",
        some(),
      );
    }
    run('DELETE FROM complaints WHERE id = ?', some());
    await server.admin.collection('complaints').delete(some());
    writeRandom(5);
  }

  async function expectKeptAsRecounted() {
    for (const [index, slug] of OFFICES.entries())
      for (const [from, to] of PERIODS) {
        const kept = await complaintsReported(slug, from, to);
        expect(kept, `${slug} ${from}–${to}`).toEqual(fullScan(offices[index]!, from, to, new Date()));
      }
    const [from, to] = PERIODS[0];
    const csv = Buffer.from(await (await report(OFFICES[0]!, from, to, '&format=csv')).arrayBuffer()).toString('utf8');
    // The CSV's columns are the JSON's, in order.
    const expected = fullScan(offices[0]!, from, to, new Date()).map((row) => Object.values(row));
    expect(csv).toContain(spreadsheetText(expected).slice(1));
  }

  beforeAll(() => {
    const real = rows<{ id: string }>(
      'SELECT id FROM services WHERE agency IN (?, ?) ORDER BY title LIMIT 3',
      ...offices,
    );
    // No service, and one no longer there: both are "(tanpa layanan tertentu)", one line and one median.
    serviceIds = [...real.map((service) => service.id), '', 'layananhilang01'];
    writeRandom(80);
  });

  it('equal the full scan for every office and period, JSON and CSV', async () => {
    const some = fullScan(offices[0]!, '2026-01', '2026-04', new Date());
    expect(some.length).toBeGreaterThan(8);
    expect(some.some((row) => row.overdue > 0 && row.answered > 1)).toBe(true);
    await expectKeptAsRecounted();
  });

  it('still equal it after each of three rounds of random changes', async () => {
    for (let round = 0; round < 3; round++) {
      await changeAtRandom();
      await expectKeptAsRecounted();
    }
  });
});
