// Known answers for the stock reports' pure parts (src/domain/stock-reports.ts), worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  deliveredTotals,
  disasterReportRows,
  monthlyReportRows,
  officeMonthRange,
  publicStockRows,
  publicWarehouseFigures,
  type DisasterDelivery,
} from '../../src/domain/stock-reports';
import { monthsBefore } from '../../src/domain/report-months';

describe('office months', () => {
  it('December 2026 in WIB runs from 30 Nov 17:00 UTC to 31 Dec 17:00 UTC', () => {
    const { from, to } = officeMonthRange('2026-12');
    expect(from.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('counts months back across a year', () => {
    expect(monthsBefore('2026-03', 11)).toBe('2025-04');
    expect(monthsBefore('2026-12', 0)).toBe('2026-12');
  });
});

const delivery = (village: string, lines: DisasterDelivery['lines']): DisasterDelivery => ({
  bastNumber: `BAST/${village}`,
  proposalNumber: 'USL-1',
  village,
  kecamatan: 'Sukatani',
  releasedAt: '2026-12-06T18:30:00.000Z', // 7 December, 01:30 WIB
  releasedOn: '2026-12-07',
  receivedAt: '',
  receivedOn: '',
  lines,
});

describe('per disaster', () => {
  it('adds up what the BASTs carried per item and unit', () => {
    expect(
      deliveredTotals([
        delivery('Desa A', [
          { name: 'Beras', unit: 'kg', batch: 'B1', quantity: 100.25 },
          { name: 'Selimut', unit: 'lembar', batch: 'S1', quantity: 30 },
        ]),
        delivery('Desa B', [{ name: 'Beras', unit: 'kg', batch: 'B2', quantity: 49.5 }]),
      ]),
    ).toEqual([
      { name: 'Beras', unit: 'kg', quantity: 149.75 },
      { name: 'Selimut', unit: 'lembar', quantity: 30 },
    ]);
  });

  it('one spreadsheet row per line of each BAST', () => {
    const rows = disasterReportRows({
      warehouse: 'lumbung.32.14.05',
      warehouseName: 'Lambung Sosial Kecamatan Sukatani',
      disasters: [
        {
          basisId: 'x',
          kind: 'status-tanggap-darurat',
          kindLabel: 'Keputusan status tanggap darurat bencana',
          number: '360/1',
          date: '2026-12-05',
          issuer: 'Bupati',
          disaster: 'Banjir',
          deliveries: [delivery('Desa A', [{ name: 'Beras', unit: 'kg', batch: 'B1', quantity: 5 }])],
        },
      ],
    });
    expect(rows[1]).toEqual([
      '360/1',
      '2026-12-05',
      'Banjir',
      'BAST/Desa A',
      '2026-12-07',
      'Desa A',
      'Sukatani',
      'Beras',
      'B1',
      5,
      'kg',
      'belum',
    ]);
  });
});

describe('public figures', () => {
  const catalogue = [
    { slug: 'beras', name: 'Beras', unit: 'kg', category: 'pangan' as const },
    { slug: 'selimut', name: 'Selimut', unit: 'lembar', category: 'sandang' as const },
    { slug: 'genset', name: 'Genset', unit: 'unit', category: 'peralatan' as const },
  ];
  const figures = publicWarehouseFigures(
    { code: 'lumbung.1', name: 'Lambung Sosial 1' },
    catalogue,
    new Map([
      ['selimut', 50],
      ['beras', 379.5],
      ['genset', 0],
    ]),
    [
      { month: '2026-11', item: 'selimut', quantity: 4, bastCount: 1 },
      { month: '2026-12', item: 'selimut', quantity: 30, bastCount: 2 },
      { month: '2026-12', item: 'beras', quantity: 100, bastCount: 2 },
    ],
  );

  it('stock by category in the declared order, nothing held left out; months newest first, items in catalogue order', () => {
    expect(figures.stock.map((category) => [category.category, category.items.map((item) => item.quantity)])).toEqual([
      ['pangan', [379.5]],
      ['sandang', [50]],
    ]);
    expect(
      figures.releases.map((month) => [month.month, month.bastCount, month.items.map((item) => item.item)]),
    ).toEqual([
      ['2026-12', 2, ['beras', 'selimut']],
      ['2026-11', 1, ['selimut']],
    ]);
  });

  it('as a spreadsheet: stock rows, then released rows with their BAST count', () => {
    const rows = publicStockRows({ generatedAt: '', months: 12, warehouses: [figures] });
    expect(rows[1]).toEqual(['Lambung Sosial 1', 'Stok', '', 'Pangan', 'Beras', 379.5, 'kg', '']);
    expect(rows[3]).toEqual(['Lambung Sosial 1', 'Disalurkan', '2026-12', 'Pangan', 'Beras', 100, 'kg', 2]);
  });
});

describe('monthly report as a spreadsheet', () => {
  it('a column per kind of movement between the opening and the closing', () => {
    const rows = monthlyReportRows({
      warehouse: 'w',
      warehouseName: 'W',
      month: '2026-12',
      lines: [
        {
          item: 'beras',
          itemName: 'Beras',
          unit: 'kg',
          opening: 10,
          movements: { penerimaan: 500, 'mutasi-masuk': 0, 'mutasi-keluar': 5, penyaluran: 100, penghapusan: 20.5 },
          closing: 384.5,
        },
      ],
    });
    expect(rows).toEqual([
      [
        'Barang',
        'Satuan',
        'Saldo awal',
        'Penerimaan',
        'Mutasi masuk',
        'Mutasi keluar',
        'Penyaluran',
        'Penghapusan',
        'Saldo akhir',
      ],
      ['Beras', 'kg', 10, 500, 0, 5, 100, 20.5, 384.5],
    ]);
  });
});
