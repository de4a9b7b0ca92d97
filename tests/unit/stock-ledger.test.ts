// Known answers for the stock ledger, every figure worked by hand from the ledger below (office
// time is WIB, UTC+7). The Dinas warehouse D and the Lambung Sosial Darangdan L hold ready meals
// (paket, whole) in two batches: A expires 30 Sep 2026, B 30 Jun 2026.
//
//   e1  2 Mar 09:00 WIB  D receipt   A  +100  BAST-T/01
//   e2  5 Mar 10:00 WIB  D receipt   B   +50  BAST-T/02
//   e3 10 Mar 11:00 WIB  D transfer  A   -40  MUT/01  (out)      e4 same moment L A +40 MUT/01 (in)
//   e5  1 Apr 01:00 WIB  D release   B   -30  BAST/01  — 31 Mar 18:00 UTC: April in the office
//   e6  2 Apr 09:00 WIB  D write-off B    -5  HAPUS/01
//   e7  3 Apr 09:00 WIB  D reversal of e6 +5  KOREKSI/01
//   e8  5 Apr 09:00 WIB  D release   A   -20  BAST/02
//
// Stock card D: 100 | 150 | 110 | 80 | 75 | 80 | 60. Batches D: A 100-40-20 = 40, B 50-30-5+5 = 20.
import { describe, expect, it } from 'vitest';
import {
  batchBalances,
  belowMinimum,
  entrySignProblem,
  expiryAlerts,
  firstExpiryFirstOut,
  itemBalances,
  itemBalanceKey,
  monthlyReport,
  releaseLineProblems,
  reversalOf,
  stockCard,
  periodStockCard,
  defaultStockCardPeriod,
  stockCardPeriodProblem,
  stockCardPeriodRange,
  stockCardRows,
  stockCardSpreadsheet,
  undeliveredProposals,
  type LedgerEntry,
} from '../../src/domain/stock-ledger';
import { legalBasisProblems, officeWarehouses, quantityProblem, formatQuantity } from '../../src/domain/stock';

const D = 'dinas.dinsos-p3a-purwakarta';
const L = 'lumbung.32.14.06';
const MEALS = 'makanan-siap-saji';
let seq = 0;
const entry = (
  id: string,
  at: string,
  warehouse: string,
  batch: string,
  kind: LedgerEntry['kind'],
  change: number,
  reference: string,
  corrects = '',
): LedgerEntry => ({
  id,
  seq: ++seq,
  at,
  warehouse,
  item: MEALS,
  batch,
  expiresOn: batch === 'A' ? '2026-09-30' : '2026-06-30',
  kind,
  change,
  reference,
  corrects,
});

const LEDGER: LedgerEntry[] = [
  entry('e1', '2026-03-02T02:00:00Z', D, 'A', 'penerimaan', 100, 'BAST-T/01'),
  entry('e2', '2026-03-05T03:00:00Z', D, 'B', 'penerimaan', 50, 'BAST-T/02'),
  entry('e3', '2026-03-10T04:00:00Z', D, 'A', 'mutasi-keluar', -40, 'MUT/01'),
  entry('e4', '2026-03-10T04:00:00Z', L, 'A', 'mutasi-masuk', 40, 'MUT/01'),
  entry('e5', '2026-03-31T18:00:00Z', D, 'B', 'penyaluran', -30, 'BAST/01'),
  entry('e6', '2026-04-02T02:00:00Z', D, 'B', 'penghapusan', -5, 'HAPUS/01'),
  entry('e7', '2026-04-03T02:00:00Z', D, 'B', 'penghapusan', 5, 'KOREKSI/01', 'e6'),
  entry('e8', '2026-04-05T02:00:00Z', D, 'A', 'penyaluran', -20, 'BAST/02'),
];
// Recorded out of order on purpose: the ledger's functions sort by moment, then by sequence.
const SHUFFLED = [
  LEDGER[5],
  LEDGER[0],
  LEDGER[7],
  LEDGER[2],
  LEDGER[4],
  LEDGER[1],
  LEDGER[6],
  LEDGER[3],
] as LedgerEntry[];

describe('balances', () => {
  it('are the sum of the ledger, per batch and per item', () => {
    const batches = batchBalances(SHUFFLED).map(({ warehouse, batch, balance }) => [warehouse, batch, balance]);
    expect(batches).toEqual(
      expect.arrayContaining([
        [D, 'A', 40],
        [D, 'B', 20],
        [L, 'A', 40],
      ]),
    );
    expect(batches).toHaveLength(3);
    const items = itemBalances(SHUFFLED);
    expect(items.get(itemBalanceKey(D, MEALS))).toBe(60);
    expect(items.get(itemBalanceKey(L, MEALS))).toBe(40);
  });
});

describe('stock card', () => {
  it('lists every entry of one warehouse and item in order, with the running balance', () => {
    const card = stockCard(SHUFFLED, D, MEALS);
    expect(card.map((row) => [row.date, row.in, row.out, row.balance, row.reference, row.corrects])).toEqual([
      ['2026-03-02', 100, 0, 100, 'BAST-T/01', ''],
      ['2026-03-05', 50, 0, 150, 'BAST-T/02', ''],
      ['2026-03-10', 0, 40, 110, 'MUT/01', ''],
      ['2026-04-01', 0, 30, 80, 'BAST/01', ''],
      ['2026-04-02', 0, 5, 75, 'HAPUS/01', ''],
      ['2026-04-03', 5, 0, 80, 'KOREKSI/01', 'HAPUS/01'],
      ['2026-04-05', 0, 20, 60, 'BAST/02', ''],
    ]);
    expect(stockCard(SHUFFLED, L, MEALS).map((row) => [row.date, row.in, row.balance])).toEqual([
      ['2026-03-10', 40, 40],
    ]);
  });
});

describe('stock card over a period', () => {
  // By hand from LEDGER: before 1 April (office time) D held 100 + 50 − 40 = 110; e5 at 31 March
  // 18:00 UTC is 1 April 01:00 WIB, so it falls in April.
  it('carries the balance from before the period in, then lists only the period’s rows', () => {
    const april = periodStockCard(SHUFFLED, D, MEALS, { from: '2026-04-01', to: '2026-04-02' });
    expect(april.opening).toBe(110);
    expect(april.rows.map((row) => [row.date, row.in, row.out, row.balance, row.reference])).toEqual([
      ['2026-04-01', 0, 30, 80, 'BAST/01'],
      ['2026-04-02', 0, 5, 75, 'HAPUS/01'],
    ]);
  });
  it('names, in a reversal, the entry it corrects even when that entry lies before the period', () => {
    const later = periodStockCard(SHUFFLED, D, MEALS, { from: '2026-04-03', to: '2026-04-30' });
    expect(later.opening).toBe(75);
    expect(later.rows.map((row) => [row.date, row.in, row.out, row.balance, row.corrects])).toEqual([
      ['2026-04-03', 5, 0, 80, 'HAPUS/01'],
      ['2026-04-05', 0, 20, 60, ''],
    ]);
  });
  it('starts from nothing before the first entry and shows no rows in a quiet period', () => {
    expect(periodStockCard(SHUFFLED, D, MEALS, { from: '2026-01-01', to: '2026-03-01' })).toEqual({
      period: { from: '2026-01-01', to: '2026-03-01' },
      opening: 0,
      rows: [],
    });
    const quiet = periodStockCard(SHUFFLED, D, MEALS, { from: '2026-03-11', to: '2026-03-31' });
    expect([quiet.opening, quiet.rows.length]).toEqual([110, 0]);
  });
  it('runs the balance from the opening the server sums, and writes the opening as the CSV’s first row', () => {
    const april = LEDGER.filter((entry) => entry.at >= '2026-03-31T17:00:00Z');
    expect(stockCard(april, D, MEALS, 110).map((row) => row.balance)).toEqual([80, 75, 80, 60]);
    expect(stockCardRows([], { from: '2026-04-01', opening: 110 })[1]).toEqual([
      '2026-04-01',
      '',
      '',
      110,
      'Saldo awal periode',
      '',
      '',
    ]);
  });
  it('runs in office days: from midnight WIB of the first day to midnight after the last', () => {
    const range = stockCardPeriodRange({ from: '2026-04-01', to: '2026-04-30' });
    expect([range.from.toISOString(), range.to.toISOString()]).toEqual([
      '2026-03-31T17:00:00.000Z',
      '2026-04-30T17:00:00.000Z',
    ]);
  });
  it('opens on the current office month up to today', () => {
    // 30 November 2026 20:00 UTC is 1 December 03:00 WIB.
    expect(defaultStockCardPeriod(new Date('2026-11-30T20:00:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(defaultStockCardPeriod(new Date('2026-12-07T09:00:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-07' });
  });
  it('refuses a date that is not one, and a period that ends before it starts, naming the date', () => {
    expect(stockCardPeriodProblem({ from: '2026-02-30', to: '2026-03-01' })?.date).toBe('from');
    expect(stockCardPeriodProblem({ from: '2026-03-01', to: '' })?.date).toBe('to');
    expect(stockCardPeriodProblem({ from: '2026-03-02', to: '2026-03-01' })).toEqual({
      date: 'to',
      message: 'Tanggal akhir periode jatuh sebelum tanggal awalnya; tukar keduanya.',
    });
    expect(stockCardPeriodProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });
});

describe('kartu stok as a spreadsheet', () => {
  it('writes one row per entry, the reversal naming what it corrects, every cell quoted and defused', () => {
    const rows = stockCard(SHUFFLED, D, MEALS);
    const lines = stockCardSpreadsheet([...rows.slice(4, 6), { ...rows[6]!, reference: '=HYPERLINK("x")' }]).split(
      '\r\n',
    );
    expect(lines).toEqual([
      '\ufeff"Tanggal","Masuk","Keluar","Saldo","Referensi","Jenis","Batch"',
      '"2026-04-02","0","5","75","HAPUS/01","Penghapusan","B"',
      '"2026-04-03","5","0","80","KOREKSI/01 (koreksi atas HAPUS/01)","Penghapusan","B"',
      '"2026-04-05","0","20","60","\'=HYPERLINK(""x"")","Penyaluran","A"',
      '',
    ]);
  });
});

describe('monthly report', () => {
  it('gives opening, each movement and closing in office months (a release at 01:00 WIB on 1 April is April’s)', () => {
    const none = { penerimaan: 0, 'mutasi-masuk': 0, 'mutasi-keluar': 0, penyaluran: 0, penghapusan: 0 };
    expect(monthlyReport(SHUFFLED, D, '2026-03')).toEqual([
      { item: MEALS, opening: 0, movements: { ...none, penerimaan: 150, 'mutasi-keluar': 40 }, closing: 110 },
    ]);
    // The write-off and its reversal cancel: penghapusan 5 - 5 = 0.
    expect(monthlyReport(SHUFFLED, D, '2026-04')).toEqual([
      { item: MEALS, opening: 110, movements: { ...none, penyaluran: 50 }, closing: 60 },
    ]);
    expect(monthlyReport(SHUFFLED, L, '2026-03')).toEqual([
      { item: MEALS, opening: 0, movements: { ...none, 'mutasi-masuk': 40 }, closing: 40 },
    ]);
    expect(monthlyReport(SHUFFLED, L, '2026-05')).toEqual([{ item: MEALS, opening: 40, movements: none, closing: 40 }]);
    expect(monthlyReport(SHUFFLED, D, '2026-02')).toEqual([]);
  });
});

describe('reversal', () => {
  it('is the opposite change of the same kind, naming the entry; never of a reversal, never twice', () => {
    const e8 = LEDGER[7] as LedgerEntry;
    expect(reversalOf(e8, LEDGER)).toEqual({
      warehouse: D,
      item: MEALS,
      batch: 'A',
      expiresOn: '2026-09-30',
      kind: 'penyaluran',
      change: 20,
      corrects: 'e8',
    });
    expect(reversalOf(LEDGER[6] as LedgerEntry, LEDGER)).toEqual({
      problem: 'Entri koreksi tidak dapat dikoreksi lagi; catat mutasinya sekali lagi.',
    });
    expect(reversalOf(LEDGER[5] as LedgerEntry, LEDGER)).toEqual({ problem: 'Entri ini sudah dikoreksi.' });
  });

  it('entries carry the sign of their kind, a reversal the opposite', () => {
    expect(entrySignProblem({ kind: 'penerimaan', change: 5, corrects: '' })).toBeNull();
    expect(entrySignProblem({ kind: 'penyaluran', change: 5, corrects: '' })).toBe(
      'Arah jumlah tidak sesuai dengan jenis penyaluran.',
    );
    expect(entrySignProblem({ kind: 'penghapusan', change: 5, corrects: 'e6' })).toBeNull();
    expect(entrySignProblem({ kind: 'penerimaan', change: 0, corrects: '' })).toBe('Jumlah tidak boleh 0.');
  });
});

describe('first expiry, first out', () => {
  const batches = batchBalances(LEDGER).filter((batch) => batch.warehouse === D);

  it('takes the batch that expires first, then the next', () => {
    expect(firstExpiryFirstOut(batches, 50, '2026-04-10')).toEqual({
      picks: [
        { batch: 'B', expiresOn: '2026-06-30', quantity: 20 },
        { batch: 'A', expiresOn: '2026-09-30', quantity: 30 },
      ],
      short: 0,
    });
    expect(firstExpiryFirstOut(batches, 70, '2026-04-10').short).toBe(10);
  });

  it('never offers a batch on or after its expiry date', () => {
    expect(firstExpiryFirstOut(batches, 10, '2026-06-29').picks).toEqual([
      { batch: 'B', expiresOn: '2026-06-30', quantity: 10 },
    ]);
    expect(firstExpiryFirstOut(batches, 10, '2026-06-30').picks).toEqual([
      { batch: 'A', expiresOn: '2026-09-30', quantity: 10 },
    ]);
  });

  it('puts batches that never expire last, and among equal expiry the one that came in first', () => {
    const at = (day: number) => `2026-01-0${day}T02:00:00Z`;
    const tents = [
      { warehouse: D, item: 't', batch: 'Z-old', expiresOn: '', balance: 5, firstIn: at(1) },
      { warehouse: D, item: 't', batch: 'Y-late', expiresOn: '2027-01-01', balance: 5, firstIn: at(3) },
      { warehouse: D, item: 't', batch: 'X-early', expiresOn: '2027-01-01', balance: 5, firstIn: at(2) },
    ];
    expect(firstExpiryFirstOut(tents, 12, '2026-04-10').picks.map((pick) => [pick.batch, pick.quantity])).toEqual([
      ['X-early', 5],
      ['Y-late', 5],
      ['Z-old', 2],
    ]);
  });
});

describe('release lines', () => {
  const batches = batchBalances(LEDGER).filter((batch) => batch.warehouse === D);
  const items = new Map([[MEALS, { name: 'Makanan siap saji', unit: 'paket' }]]);
  const problems = (today: string, ...lines: [string, number][]) =>
    releaseLineProblems(
      lines.map(([batch, quantity]) => ({ item: MEALS, batch, quantity })),
      batches,
      items,
      today,
    );

  it('refuse more than a batch holds, two lines of one batch counted together', () => {
    expect(problems('2026-04-10', ['A', 30], ['A', 15])).toEqual([
      { line: 1, message: 'Makanan siap saji batch A tinggal 40 paket; kurangi jumlahnya.' },
    ]);
    expect(problems('2026-04-10', ['A', 40])).toEqual([]);
  });

  it('refuse an expired batch and one the warehouse does not have', () => {
    expect(problems('2026-06-30', ['B', 1], ['C', 1])).toEqual([
      {
        line: 0,
        message: 'Makanan siap saji batch B kedaluwarsa 2026-06-30: tidak boleh disalurkan; ajukan penghapusan.',
      },
      { line: 1, message: 'Makanan siap saji batch C tidak ada di gudang ini.' },
    ]);
  });
});

describe('quantities', () => {
  const tent = { name: 'Tenda keluarga', unit: 'unit', whole: true };
  const rice = { name: 'Beras', unit: 'kg', whole: false };
  it('are positive, whole where the unit is, at most two decimals', () => {
    expect(quantityProblem(tent, 2)).toBeNull();
    expect(quantityProblem(tent, 2.5)).toBe('Tenda keluarga dihitung per unit utuh: isi bilangan bulat, tanpa koma.');
    expect(quantityProblem(tent, -1)).toBe('Jumlah Tenda keluarga harus lebih dari 0.');
    expect(quantityProblem(tent, 0)).toBe('Jumlah Tenda keluarga harus lebih dari 0.');
    expect(quantityProblem(rice, 2.5)).toBeNull();
    expect(quantityProblem(rice, 2.555)).toBe('Jumlah Beras: paling banyak dua angka di belakang koma.');
    expect(quantityProblem(rice, Number.NaN)).toBe('Jumlah Beras harus lebih dari 0.');
  });
  it('are written the Indonesian way', () => {
    expect(formatQuantity(1250.5)).toBe('1.250,5');
    expect(formatQuantity(-40)).toBe('-40');
  });
});

describe('expiry alerts at the edges, in office time', () => {
  const items = new Map([
    ['beras', { alertDays: 90 }],
    [MEALS, { alertDays: 75 }],
  ]);
  const batch = (item: string) => ({
    warehouse: L,
    item,
    batch: 'K1',
    expiresOn: '2026-07-01',
    balance: 10,
    firstIn: '',
  });
  // 2 Apr → 1 Jul: 28 + 31 + 30 + 1 = 90 days; 17 Apr → 1 Jul: 13 + 31 + 30 + 1 = 75 days.
  it('lists rice from 90 days before expiry: from 00:00 WIB on 2 April (17:00 UTC on 1 April)', () => {
    expect(expiryAlerts([batch('beras')], items, new Date('2026-04-01T16:59:59Z'))).toEqual([]);
    expect(expiryAlerts([batch('beras')], items, new Date('2026-04-01T17:00:00Z'))).toEqual([
      { warehouse: L, item: 'beras', batch: 'K1', expiresOn: '2026-07-01', balance: 10, daysLeft: 90 },
    ]);
  });
  it('lists ready meals from 75 days before expiry: from 00:00 WIB on 17 April', () => {
    expect(expiryAlerts([batch(MEALS)], items, new Date('2026-04-16T16:59:59Z'))).toEqual([]);
    expect(expiryAlerts([batch(MEALS)], items, new Date('2026-04-16T17:00:00Z'))).toMatchObject([{ daysLeft: 75 }]);
  });
  it('keeps listing an expired batch with stock left, and never an empty one', () => {
    expect(expiryAlerts([batch(MEALS)], items, new Date('2026-07-02T00:00:00Z'))).toMatchObject([{ daysLeft: -1 }]);
    expect(expiryAlerts([{ ...batch(MEALS), balance: 0 }], items, new Date('2026-07-02T00:00:00Z'))).toEqual([]);
  });
});

describe('other alerts', () => {
  it('name items below their warehouse’s minimum (none held counts as 0)', () => {
    const balances = itemBalances(LEDGER);
    expect(
      belowMinimum(balances, [
        { code: D, minimum: { [MEALS]: 60, beras: 1 } },
        { code: L, minimum: { [MEALS]: 41 } },
      ]),
    ).toEqual([
      { warehouse: D, item: 'beras', balance: 0, minimum: 1 },
      { warehouse: L, item: MEALS, balance: 40, minimum: 41 },
    ]);
  });

  it('name proposals approved more than N office days ago and not delivered', () => {
    const approved = [{ number: 'U-1', approvedAt: '2026-04-01T16:30:00Z' }]; // 23:30 WIB on 1 April
    expect(undeliveredProposals(approved, 3, new Date('2026-04-04T16:59:59Z'))).toEqual([]);
    expect(undeliveredProposals(approved, 3, new Date('2026-04-04T17:00:00Z'))).toEqual(approved);
  });
});

describe('legal basis', () => {
  const lumbung = { name: 'Lambung Sosial Kecamatan Darangdan', legalBases: ['status-tanggap-darurat' as const] };
  const now = new Date('2026-04-10T02:00:00Z');
  const declaration = {
    kind: 'status-tanggap-darurat',
    number: '360/Kep.12-BPBD/2026',
    date: '2026-04-09',
    issuer: 'Bupati Purwakarta',
  };
  it('a Lambung Sosial releases only under an emergency declaration, the refusal naming the rule', () => {
    expect(legalBasisProblems(lumbung, declaration, now)).toEqual([]);
    expect(legalBasisProblems(lumbung, { ...declaration, kind: 'laporan-asesmen' }, now)).toEqual([
      {
        field: 'legal_basis',
        message:
          'Stok Lambung Sosial Kecamatan Darangdan hanya dapat dikeluarkan dengan keputusan status tanggap darurat bencana dari Bupati. ' +
          'Catat dasar itu dulu (nomor, tanggal, penerbit).',
      },
    ]);
  });
  it('needs number, a date not in the future (office date) and the issuer', () => {
    expect(
      legalBasisProblems(lumbung, { ...declaration, number: ' ', date: '2026-04-11', issuer: '' }, now).map(
        (problem) => problem.field,
      ),
    ).toEqual(['basis_number', 'basis_date', 'basis_issuer']);
    // 07:00 WIB on 10 April: the decree of that day is not in the future.
    expect(legalBasisProblems(lumbung, { ...declaration, date: '2026-04-10' }, now)).toEqual([]);
  });
});

describe('warehouses from content', () => {
  const settings = {
    dinas: {
      name: 'Gudang Dinas',
      legalBases: ['status-tanggap-darurat' as const, 'laporan-asesmen' as const],
      minimum: { beras: 5 },
    },
    lumbungSosial: { legalBases: ['status-tanggap-darurat' as const], minimum: {} },
    undeliveredAlertDays: 3,
  };
  const kecamatan = [
    { code: '32.14.06', name: 'Darangdan', lambungSosial: true },
    { code: '32.14.01', name: 'Purwakarta', lambungSosial: false },
  ];
  it('are the office’s own and one per Lambung Sosial kecamatan', () => {
    expect(
      officeWarehouses('dinsos', settings, kecamatan, new Set(['beras'])).map((one) => [one.code, one.name]),
    ).toEqual([
      ['dinas.dinsos', 'Gudang Dinas'],
      ['lumbung.32.14.06', 'Lambung Sosial Kecamatan Darangdan'],
    ]);
  });
  it('refuse a minimum for an item the catalogue does not have', () => {
    expect(() => officeWarehouses('dinsos', settings, kecamatan, new Set())).toThrow(
      'content/logistics/warehouses.yaml: dinsos.dinas.minimum names beras, which is not in content/logistics/items.yaml.',
    );
  });
});
