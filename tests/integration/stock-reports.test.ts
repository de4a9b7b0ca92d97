// Reports on the stock ledger against a real PocketBase: the alerts of the daily summary at their
// edges in office time (90 and 75 days before expiry, the warehouse's minimum, N days undelivered),
// the monthly report and the releases per disaster of a hand-worked month, the public figures —
// a kartu stok over a period whose ledger crosses its edges — and each report tried as another
// Camat, another office, a village operator and a guest.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type PocketBase from 'pocketbase';
import {
  createOperator,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
  type VillageAccount,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';
import { hookExports, queryPlan } from '../support/query-plan';
import { callRoute, receiveStock, stockAccounts } from '../support/stock-api';
import { ROUTES, type Route } from '../../src/domain/routes';
import { officeDate } from '../../src/domain/working-days';
import { officeMonth } from '../../src/domain/time';
import { type StockAlerts, undeliveredProposalsSql } from '../../src/domain/stock-reports';

const LINGGASARI = '32.14.06.2006'; // Darangdan
const CIPICUNG = '32.14.05.2005'; // Sukatani
const DARANGDAN = 'lumbung.32.14.06';
const SUKATANI = 'lumbung.32.14.05';
const DINAS = 'dinas.dinsos-p3a-purwakarta';
const DAY = 86_400_000;

let server: TestPocketBase;
let operatorLinggasari: VillageAccount;
let operatorCipicung: VillageAccount;
let camatDarangdan: VillageAccount;
let camatSukatani: VillageAccount;
let petugas: StaffAccount;
let kepala: StaffAccount;
let staffBanjarnegara: StaffAccount;

const call = (pb: PocketBase | null, route: Route, body: Record<string, unknown> | FormData = {}) =>
  callRoute(server.url, pb, route, body);
const receive = (pb: PocketBase, warehouse: string, fields: Record<string, string>) =>
  receiveStock(server.url, pb, warehouse, fields);

/** The office date `days` from today (negative: before). */
const dayFromToday = (days: number) => officeDate(new Date(Date.now() + days * DAY));

/** A proposal from `operator`'s village to its Camat, approved by `camat` at `approvedAt` (backdated as an import would). */
async function approvedProposal(operator: VillageAccount, camat: VillageAccount, approvedAt?: Date) {
  const proposal = await operator.pb
    .collection('proposals')
    .create(await proposalForm(operator.placeId, { fields: { recipient: 'camat' } }));
  for (const status of ['diverifikasi', 'disetujui'])
    await camat.pb.collection('proposal_events').create({ proposal: proposal.id, status });
  if (approvedAt) {
    const approval = await server.admin
      .collection('proposal_events')
      .getFirstListItem(server.admin.filter('proposal = {:id} && status = "disetujui"', { id: proposal.id }));
    await server.admin.collection('proposal_events').update(approval.id, { at: approvedAt.toISOString() });
  }
  return proposal;
}

beforeAll(async () => {
  server = await startTestPocketBase();
  [operatorLinggasari, operatorCipicung] = await Promise.all([
    createOperator(server, LINGGASARI),
    createOperator(server, CIPICUNG),
  ]);
  ({ camatDarangdan, camatSukatani, petugas, kepala, staffBanjarnegara } = await stockAccounts(server));
});
afterAll(() => server?.stop());

describe('alerts of the daily summary', () => {
  let onTheEdge: string;
  let pastTheEdge: string;

  beforeAll(async () => {
    // Ready meals alert 75 days before expiry, rice 90 (content/logistics/items.yaml); today is the office's.
    for (const [item, batch, days, quantity] of [
      ['makanan-siap-saji', 'MSS-75', 75, '10'],
      ['makanan-siap-saji', 'MSS-76', 76, '20'],
      ['beras', 'BRS-90', 90, '150'],
      ['beras', 'BRS-91', 91, '60'],
      ['beras', 'BRS-LEWAT', -1, '5'],
    ] as const) {
      const answer = await receive(camatDarangdan.pb, DARANGDAN, {
        item,
        batch,
        expires_on: dayFromToday(days),
        quantity,
      });
      expect(answer.status).toBe(200);
    }
    // Approved four office days ago: waiting longer than N = 3; three days ago: not yet.
    onTheEdge = (await approvedProposal(operatorLinggasari, camatDarangdan, new Date(Date.now() - 3 * DAY))).id;
    pastTheEdge = (await approvedProposal(operatorLinggasari, camatDarangdan, new Date(Date.now() - 4 * DAY))).id;
  });

  it('a Camat sees the batches within 75 days (ready meals) and 90 days (rice) and the expired, not one day more', async () => {
    const answer = await call(camatDarangdan.pb, ROUTES.stockAlerts);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const alerts = answer.body as StockAlerts;
    expect(alerts.expiring.map((alert) => [alert.warehouse, alert.batch, alert.daysLeft, alert.balance])).toEqual([
      [DARANGDAN, 'BRS-LEWAT', -1, 5],
      [DARANGDAN, 'MSS-75', 75, 10],
      [DARANGDAN, 'BRS-90', 90, 150],
    ]);
    expect(alerts.expiring[1]).toMatchObject({
      itemName: 'Makanan siap saji',
      unit: 'paket',
      warehouseName: 'Lambung Sosial Kecamatan Darangdan',
    });
  });

  it('below the minimum of its warehouse (content): ready meals 30 < 100, rice 215 ≥ 200, nothing of blankets and family kits', async () => {
    const alerts = (await call(camatDarangdan.pb, ROUTES.stockAlerts)).body as StockAlerts;
    expect(alerts.belowMinimum.map((alert) => [alert.item, alert.balance, alert.minimum])).toEqual([
      ['makanan-siap-saji', 30, 100],
      ['family-kit', 0, 20],
      ['selimut', 0, 50],
    ]);
  });

  it('a proposal approved more than 3 days ago and not received shows; one approved 3 days ago does not', async () => {
    const alerts = (await call(camatDarangdan.pb, ROUTES.stockAlerts)).body as StockAlerts;
    expect(alerts.undeliveredAlertDays).toBe(3);
    const shown = alerts.undelivered.map((proposal) => proposal.id);
    expect(shown).toContain(pastTheEdge);
    expect(shown).not.toContain(onTheEdge);
    expect(alerts.undelivered.find((proposal) => proposal.id === pastTheEdge)).toMatchObject({
      village: 'Linggasari',
      kecamatan: 'Darangdan',
      status: 'disetujui',
      waitingDays: 4,
    });
  });

  it("another Camat sees none of Darangdan's; the kepala bidang sees every warehouse of the office in the daily summary", async () => {
    const other = (await call(camatSukatani.pb, ROUTES.stockAlerts)).body as StockAlerts;
    expect(other.expiring.filter((alert) => alert.warehouse === DARANGDAN)).toEqual([]);
    expect(other.belowMinimum.every((alert) => alert.warehouse === SUKATANI)).toBe(true);
    expect(other.undelivered.map((proposal) => proposal.id)).not.toContain(pastTheEdge);

    const summary = await call(kepala.pb, ROUTES.dailySummary);
    expect(summary.status).toBe(200);
    const stock = summary.body['stock'] as StockAlerts;
    expect(stock.expiring.map((alert) => alert.batch)).toEqual(['BRS-LEWAT', 'MSS-75', 'BRS-90']);
    expect(new Set(stock.belowMinimum.map((alert) => alert.warehouse))).toEqual(
      new Set([DINAS, DARANGDAN, SUKATANI, 'lumbung.32.14.15', 'lumbung.32.14.17']),
    );
    expect(stock.undelivered.map((proposal) => proposal.id)).toContain(pastTheEdge);
  });

  it('operators, guests and staff of another office read no alerts of these warehouses', async () => {
    expect((await call(operatorLinggasari.pb, ROUTES.stockAlerts)).status).toBe(403);
    expect((await call(null, ROUTES.stockAlerts)).status).toBe(401);
    const elsewhere = (await call(staffBanjarnegara.pb, ROUTES.stockAlerts)).body as StockAlerts;
    expect(elsewhere).toMatchObject({ expiring: [], belowMinimum: [], undelivered: [] });
  });
});

describe('monthly report, releases per disaster and public figures of a hand-worked month', () => {
  const month = officeMonth(new Date());
  let releaseNumber: string;

  beforeAll(async () => {
    const ok = (answer: { status: number; text: string }) => expect(answer.status, answer.text).toBe(200);
    ok(
      await receive(camatSukatani.pb, SUKATANI, {
        item: 'beras',
        batch: 'B1',
        expires_on: '2099-01-01',
        quantity: '500',
        source: 'apbd',
      }),
    );
    ok(await receive(camatSukatani.pb, SUKATANI, { item: 'selimut', batch: 'S1', expires_on: '', quantity: '80' }));
    // Five blankets recorded under the wrong batch, then reversed: the month's receipts are 80.
    const mistake = await receive(camatSukatani.pb, SUKATANI, {
      item: 'selimut',
      batch: 'S2',
      expires_on: '',
      quantity: '5',
    });
    ok(mistake);
    ok(await call(camatSukatani.pb, ROUTES.stockReversal, { entry: mistake.body['id'], note: 'Batch salah tulis' }));
    // The kepala bidang writes off 20.5 kg of wet rice.
    ok(
      await call(kepala.pb, ROUTES.stockWriteOff, {
        warehouse: SUKATANI,
        item: 'beras',
        batch: 'B1',
        quantity: 20.5,
        reason: 'rusak',
        note: 'Karung terendam air',
        reference: 'BA-HAPUS/SKT/1',
      }),
    );
    // The Dinas receives 50 family kits and moves 20 of them to Sukatani.
    ok(await receive(petugas.pb, DINAS, { item: 'family-kit', batch: 'FK1', expires_on: '', quantity: '50' }));
    ok(
      await call(petugas.pb, ROUTES.stockTransfer, {
        from: DINAS,
        to: SUKATANI,
        item: 'family-kit',
        batch: 'FK1',
        quantity: 20,
        reference: 'MUTASI/1',
        idempotency_key: 'mutasi-laporan-1',
      }),
    );
    // A flood declared; 100 kg of rice and 30 blankets go to Cipicung. A second declaration, nothing released yet.
    const basis = await call(camatSukatani.pb, ROUTES.legalBasis, {
      warehouse: SUKATANI,
      kind: 'status-tanggap-darurat',
      number: '360/Kep.20-BPBD/2026',
      date: dayFromToday(-2),
      issuer: 'Bupati Purwakarta',
      disaster: 'Banjir Sukatani',
    });
    ok(basis);
    ok(
      await call(camatSukatani.pb, ROUTES.legalBasis, {
        warehouse: SUKATANI,
        kind: 'status-tanggap-darurat',
        number: '360/Kep.21-BPBD/2026',
        date: dayFromToday(0),
        issuer: 'Bupati Purwakarta',
        disaster: 'Longsor Sukatani',
      }),
    );
    const proposal = await approvedProposal(operatorCipicung, camatSukatani);
    const release = await call(camatSukatani.pb, ROUTES.stockRelease, {
      proposal: proposal.id,
      warehouse: SUKATANI,
      legal_basis: basis.body['id'],
      lines: [
        { item: 'beras', batch: 'B1', quantity: 100 },
        { item: 'selimut', batch: 'S1', quantity: 30 },
      ],
      giver_name: 'Camat Penyerah Sukatani',
      giver_position: 'Camat Sukatani',
      receiver_name: 'Kades Penerima Cipicung',
      receiver_position: 'Kepala Desa',
      idempotency_key: 'laporan-rilis-1',
    });
    ok(release);
    releaseNumber = release.body['number'];
  });

  it('the month: opening, each kind of movement and closing per item, as hand-worked', async () => {
    const answer = await call(camatSukatani.pb, ROUTES.monthlyStockReport, { gudang: SUKATANI, bulan: month });
    expect(answer.status).toBe(200);
    const zero = { penerimaan: 0, 'mutasi-masuk': 0, 'mutasi-keluar': 0, penyaluran: 0, penghapusan: 0 };
    expect(answer.body['lines']).toEqual([
      {
        item: 'beras',
        itemName: 'Beras',
        unit: 'kg',
        opening: 0,
        movements: { ...zero, penerimaan: 500, penyaluran: 100, penghapusan: 20.5 },
        closing: 379.5,
      },
      {
        item: 'family-kit',
        itemName: expect.any(String),
        unit: expect.any(String),
        opening: 0,
        movements: { ...zero, 'mutasi-masuk': 20 },
        closing: 20,
      },
      {
        item: 'selimut',
        itemName: 'Selimut',
        unit: expect.any(String),
        opening: 0,
        movements: { ...zero, penerimaan: 80, penyaluran: 30 },
        closing: 50,
      },
    ]);
    // The next month opens with this one's closing; the month before had nothing.
    const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 1)).toISOString().slice(0, 7);
    const following = await call(kepala.pb, ROUTES.monthlyStockReport, { gudang: SUKATANI, bulan: next });
    expect(
      (following.body['lines'] as { item: string; opening: number; closing: number }[]).map((line) => [
        line.item,
        line.opening,
        line.closing,
      ]),
    ).toEqual([
      ['beras', 379.5, 379.5],
      ['family-kit', 20, 20],
      ['selimut', 50, 50],
    ]);
    const previous = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 2, 1))
      .toISOString()
      .slice(0, 7);
    expect(
      (await call(kepala.pb, ROUTES.monthlyStockReport, { gudang: SUKATANI, bulan: previous })).body['lines'],
    ).toEqual([]);
    const dinas = await call(petugas.pb, ROUTES.monthlyStockReport, { gudang: DINAS, bulan: month });
    expect(dinas.body['lines']).toMatchObject([
      { item: 'family-kit', movements: { penerimaan: 50, 'mutasi-keluar': 20 }, closing: 30 },
    ]);
  });

  it('the month as a spreadsheet: a column per kind of movement', async () => {
    const answer = await call(kepala.pb, ROUTES.monthlyStockReport, { gudang: SUKATANI, bulan: month, format: 'csv' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain(`laporan-stok-${SUKATANI}-${month}.csv`);
    const lines = answer.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      '"Barang","Satuan","Saldo awal","Penerimaan","Mutasi masuk","Mutasi keluar","Penyaluran","Penghapusan","Saldo akhir"',
    );
    expect(lines[1]).toBe('"Beras","kg","0","500","0","0","100","20.5","379.5"');
  });

  it('per disaster: which village got what under which declaration, newest declaration first, no names', async () => {
    const answer = await call(camatSukatani.pb, ROUTES.disasterStockReport, { gudang: SUKATANI });
    expect(answer.status).toBe(200);
    const disasters = answer.body['disasters'] as { number: string; disaster: string; deliveries: unknown[] }[];
    expect(disasters.map((disaster) => [disaster.number, disaster.disaster, disaster.deliveries.length])).toEqual([
      ['360/Kep.21-BPBD/2026', 'Longsor Sukatani', 0],
      ['360/Kep.20-BPBD/2026', 'Banjir Sukatani', 1],
    ]);
    expect(disasters[1]!.deliveries[0]).toMatchObject({
      bastNumber: releaseNumber,
      village: 'Desa Cipicung',
      kecamatan: 'Sukatani',
      receivedAt: '',
      lines: [
        { name: 'Beras', unit: 'kg', batch: 'B1', quantity: 100 },
        { name: 'Selimut', batch: 'S1', quantity: 30 },
      ],
    });
    expect(answer.text).not.toContain('Penerima Cipicung');
    expect(answer.text).not.toContain('Penyerah Sukatani');
    const csv = await call(kepala.pb, ROUTES.disasterStockReport, { gudang: SUKATANI, format: 'csv' });
    expect(csv.text).toContain(`"360/Kep.20-BPBD/2026","${dayFromToday(-2)}","Banjir Sukatani","${releaseNumber}"`);
    expect(csv.text).toContain('"Desa Cipicung","Sukatani","Beras","B1","100","kg","belum"');
  });

  it('reports refuse another Camat, another office, operators, guests and a month that is not one', async () => {
    for (const route of [ROUTES.monthlyStockReport, ROUTES.disasterStockReport, ROUTES.stockCard]) {
      const query = { gudang: SUKATANI, bulan: month, barang: 'beras' };
      expect((await call(camatDarangdan.pb, route, query)).status).toBe(403);
      expect((await call(staffBanjarnegara.pb, route, query)).status).toBe(403);
      expect((await call(operatorCipicung.pb, route, query)).status).toBe(403);
      expect((await call(null, route, query)).status).toBe(401);
      expect((await call(kepala.pb, route, { ...query, gudang: 'lumbung.99' })).status).toBe(404);
    }
    expect((await call(kepala.pb, ROUTES.monthlyStockReport, { gudang: SUKATANI, bulan: '2026-13' })).status).toBe(400);
  });

  it('every opening of a report is in the audit trail, naming who and which report', async () => {
    const entries = await server.admin.collection('audit_log').getFullList({
      filter: server.admin.filter('actor_id = {:id} && action ~ "membuka laporan stok"', { id: camatSukatani.id }),
    });
    expect(entries.map((entry) => entry['target_label'])).toEqual([
      'peringatan stok',
      `laporan bulanan ${month} Lambung Sosial Kecamatan Sukatani`,
      'penyaluran per bencana Lambung Sosial Kecamatan Sukatani',
    ]);
  });

  it('public figures: stock per category and releases per month, aggregates only, cached with an ETag', async () => {
    const answer = await call(null, ROUTES.stockFigures);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, no-cache');
    const sukatani = (answer.body['warehouses'] as { code: string; stock: unknown; releases: unknown }[]).find(
      (warehouse) => warehouse.code === SUKATANI,
    )!;
    expect(sukatani.stock).toEqual([
      {
        category: 'pangan',
        label: 'Pangan',
        items: [{ item: 'beras', name: 'Beras', category: 'pangan', unit: 'kg', quantity: 379.5 }],
      },
      { category: 'sandang', label: 'Sandang', items: [expect.objectContaining({ item: 'selimut', quantity: 50 })] },
      {
        category: 'perlengkapan-keluarga',
        label: 'Perlengkapan keluarga',
        items: [expect.objectContaining({ item: 'family-kit', quantity: 20 })],
      },
    ]);
    expect(sukatani.releases).toEqual([
      {
        month,
        bastCount: 1,
        items: [
          expect.objectContaining({ item: 'beras', quantity: 100 }),
          expect.objectContaining({ item: 'selimut', quantity: 30 }),
        ],
      },
    ]);
    for (const secret of ['B1', 'S1', 'Cipicung', 'Linggasari', 'MSS-75', releaseNumber, 'Kades'])
      expect(answer.text).not.toContain(secret);
    const etag = answer.headers.get('etag')!;
    const again = await fetch(`${server.url}${ROUTES.stockFigures.path}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    // A new entry changes the figures at once.
    await receive(camatSukatani.pb, SUKATANI, { item: 'selimut', batch: 'S3', expires_on: '', quantity: '1' });
    const changed = await fetch(`${server.url}${ROUTES.stockFigures.path}`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    const csv = await call(null, ROUTES.stockFigures, { format: 'csv' });
    expect(csv.text).toContain('"Lambung Sosial Kecamatan Sukatani","Stok","","Sandang","Selimut","51"');
    expect(csv.text).toContain(
      `"Lambung Sosial Kecamatan Sukatani","Disalurkan","${month}","Pangan","Beras","100","kg","1"`,
    );
  });
});

describe('kartu stok over a period, hand-worked across its edges (office time)', () => {
  const november = { dari: '2026-11-01', sampai: '2026-11-30' };
  /** The Dinas warehouse's kartu stok of mattresses, as the kepala bidang asks for it. */
  const mattressCard = (query: Record<string, string>) =>
    call(kepala.pb, ROUTES.stockCard, { gudang: DINAS, barang: 'kasur', ...query });
  let mistakeReference: string;
  let reversalReference: string;

  beforeAll(async () => {
    const ok = (answer: { status: number; text: string; body: Record<string, unknown> }) => {
      expect(answer.status, answer.text).toBe(200);
      return String(answer.body['id']);
    };
    const mattresses = (batch: string, quantity: string, reference: string) =>
      receive(petugas.pb, DINAS, { item: 'kasur', batch, expires_on: '', quantity, reference });
    const ids: Record<string, string> = {
      k0: ok(await mattresses('K0', '5', 'BAST-T/KASUR/0')),
      k1: ok(await mattresses('K1', '60', 'BAST-T/KASUR/1')),
      k2: ok(await mattresses('K2', '40', 'BAST-T/KASUR/2')),
    };
    ids['reversal'] = ok(await call(petugas.pb, ROUTES.stockReversal, { entry: ids['k0'], note: 'Tercatat dua kali' }));
    ok(
      await call(petugas.pb, ROUTES.stockTransfer, {
        from: DINAS,
        to: DARANGDAN,
        item: 'kasur',
        batch: 'K1',
        quantity: 15,
        reference: 'MUTASI/KASUR/1',
        idempotency_key: 'mutasi-kasur-1',
      }),
    );
    ok(await mattresses('K3', '10', 'BAST-T/KASUR/3'));
    // Backdated as an import of the paper cards would be: when each happened, in UTC as stored.
    const db = new DatabaseSync(join(server.dataDir, 'data.db'));
    const at = db.prepare('UPDATE stock_entries SET created = ? WHERE id = ?');
    at.run('2026-10-20 02:00:00.000Z', ids['k0']!); // 20 Oct 09:00 WIB
    at.run('2026-10-31 16:30:00.000Z', ids['k1']!); // 31 Oct 23:30 WIB: before the period
    at.run('2026-10-31 17:30:00.000Z', ids['k2']!); // 1 Nov 00:30 WIB: its first hour
    at.run('2026-11-02 03:00:00.000Z', ids['reversal']!);
    db.prepare(
      "UPDATE stock_entries SET created = '2026-11-30 16:59:00.000Z' WHERE reference = 'MUTASI/KASUR/1'",
    ).run();
    db.prepare(
      "UPDATE stock_entries SET created = '2026-11-30 17:00:00.000Z' WHERE reference = 'BAST-T/KASUR/3'",
    ).run();
    reversalReference = String(
      (db.prepare('SELECT reference FROM stock_entries WHERE id = ?').get(ids['reversal']!) as { reference: string })
        .reference,
    );
    db.close();
    mistakeReference = 'BAST-T/KASUR/0';
  });

  it('opens with what came before the period (5 + 60 = 65) and lists November’s rows only', async () => {
    const answer = await mattressCard(november);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body['period']).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(answer.body['opening']).toBe(65);
    const rows = answer.body['rows'] as {
      date: string;
      in: number;
      out: number;
      balance: number;
      reference: string;
      corrects: string;
    }[];
    expect(rows.map((row) => [row.date, row.in, row.out, row.balance, row.reference, row.corrects])).toEqual([
      ['2026-11-01', 40, 0, 105, 'BAST-T/KASUR/2', ''],
      ['2026-11-02', 0, 5, 100, reversalReference, mistakeReference],
      ['2026-11-30', 0, 15, 85, 'MUTASI/KASUR/1', ''],
    ]);
  });

  it('the next period carries November’s closing in (85) and starts on 1 December 00:00 WIB', async () => {
    const answer = await mattressCard({ dari: '2026-12-01', sampai: '2026-12-01' });
    expect(answer.body['opening']).toBe(85);
    expect((answer.body['rows'] as { in: number; balance: number }[]).map((row) => [row.in, row.balance])).toEqual([
      [10, 95],
    ]);
  });

  it('the receiving warehouse’s card shows the transfer in, and the CSV starts with the balance carried in', async () => {
    const darangdan = await call(camatDarangdan.pb, ROUTES.stockCard, {
      gudang: DARANGDAN,
      barang: 'kasur',
      ...november,
    });
    expect(darangdan.body['opening']).toBe(0);
    expect(
      (darangdan.body['rows'] as { in: number; balance: number; kind: string }[]).map((row) => [
        row.kind,
        row.in,
        row.balance,
      ]),
    ).toEqual([['mutasi-masuk', 15, 15]]);
    const csv = await mattressCard({ ...november, format: 'csv' });
    expect(csv.headers.get('content-disposition')).toContain(
      'kartu-stok-dinas.dinsos-p3a-purwakarta-kasur-2026-11-01-2026-11-30.csv',
    );
    expect(csv.text.split('\r\n').slice(1, 3)).toEqual([
      '"2026-11-01","","","65","Saldo awal periode","",""',
      '"2026-11-01","40","0","105","BAST-T/KASUR/2","Penerimaan","K2"',
    ]);
  });

  it('refuses a period that is not one, naming what to fix', async () => {
    const backwards = await mattressCard({ dari: '2026-11-30', sampai: '2026-11-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.text).toContain('tukar keduanya');
    expect((await mattressCard({ dari: '2026-02-30' })).status).toBe(400);
  });
});

describe('the query of proposals approved and not yet received', () => {
  it('reads the undelivered proposals and their approvals from their own indexes, never every proposal', () => {
    // 20,000 proposals at the five-year office (bench/five-years.ts) were read for the few undelivered.
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      for (const scope of ['office', 'camat'] as const) {
        const sql = undeliveredProposalsSql(scope);
        const plan = db
          .prepare(`EXPLAIN QUERY PLAN ${sql.replace(/\{:(\w+)\}/g, ':$1')}`)
          .all(scope === 'office' ? { agency: 'x' } : { kecamatan: 'x' })
          .map((row) => String(row['detail']))
          .join('; ');
        expect(plan, scope).toMatch(/ p USING (COVERING )?INDEX idx_proposals_undelivered\b/);
        expect(plan, scope).toMatch(/SEARCH ev USING (COVERING )?INDEX idx_proposal_events_approved \(proposal=\?\)/);
        expect(plan, scope).not.toMatch(/SCAN (p|ev)\b(?! USING)/);
      }
    } finally {
      db.close();
    }
  });
});

describe('the queries of stock releases', () => {
  it('read the releases through their own indexes: the months shown, each legal basis’s, never every release', () => {
    // One release (BAST) per delivery: thousands over an office's years, all read by each public
    // figure and once per legal basis by each disaster report before the indexes.
    const { RELEASE_QUERIES } = hookExports<{ RELEASE_QUERIES: Record<'disasters' | 'publicMonths', string> }>(
      'stock_reports.js',
    );
    const db = new DatabaseSync(join(server.dataDir, 'data.db'), { readOnly: true });
    try {
      const months = queryPlan(db, RELEASE_QUERIES.publicMonths, { offset: '+420 minutes', since: '2026-01-01' });
      expect(months).toMatch(/^SEARCH stock_releases USING COVERING INDEX idx_stock_releases_month \(released_at>\?\)/);
      const disasters = queryPlan(db, RELEASE_QUERIES.disasters, { warehouse: 'x' });
      expect(disasters).toMatch(/SEARCH r USING INDEX idx_stock_releases_basis \(legal_basis=\?\)/);
      for (const plan of [months, disasters]) expect(plan).not.toMatch(/SCAN (r|stock_releases)\b/);
    } finally {
      db.close();
    }
  });
});
