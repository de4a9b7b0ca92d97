// What is read out of the stock ledger (src/domain/stock-ledger.ts) besides the kartu stok: the alerts
// of the daily summary, the monthly report of a warehouse, what each disaster's releases delivered to
// which villages, and the public figures of each Lambung Sosial (aggregates only: no batch, no
// village, no name). Shared by the hooks (pb_hooks/stock_reports.pb.js), the staff pages and the
// public page /kinerja/logistik/.
import { ENTRY_KINDS, type EntryKind, type ExpiryAlert, type MinimumAlert, type MonthlyLine } from './stock-ledger';
import { STOCK_CATEGORIES, type StockCategory } from './stock';
export { monthsBefore, officeMonthRange } from './report-months';

/** Names a warehouse and an item as people read them, beside the codes links are made of. */
export interface NamedStock {
  warehouseName: string;
  itemName: string;
  unit: string;
}

/** A proposal approved and not yet received by its village, as an alert shows it (no names). */
export interface UndeliveredProposal {
  id: string;
  number: string;
  village: string;
  kecamatan: string;
  /** "disetujui": nothing released yet; "dikirim": released, the signed BAST not yet back. */
  status: 'disetujui' | 'dikirim';
  /** When it was approved, ISO. */
  approvedAt: string;
  /** Calendar days since its approval (office dates). */
  waitingDays: number;
}

/**
 * The SQL of the proposals approved and not yet received, with when each was approved, oldest
 * approval first (at most 500): of the office's kecamatan, or for a Camat those they decided in
 * theirs. Read from the index of undelivered proposals and the index of approval events
 * (pb_migrations/1795403961_undelivered_proposals.js), whose conditions it states as they do.
 */
export function undeliveredProposalsSql(scope: 'office' | 'camat'): string {
  return (
    'SELECT p.id, p.number, p.status, v.name AS village, k.name AS kecamatan,' +
    ' (SELECT MAX(ev.at) FROM proposal_events ev INDEXED BY idx_proposal_events_approved' +
    " WHERE ev.proposal = p.id AND ev.status = 'disetujui') AS approved_at" +
    ' FROM proposals p INDEXED BY idx_proposals_undelivered JOIN villages v ON v.id = p.village JOIN kecamatan k ON k.id = v.kecamatan' +
    " WHERE (p.status = 'disetujui' OR p.status = 'dikirim') AND " +
    (scope === 'camat'
      ? "k.id = {:kecamatan} AND p.decided_by = 'camat'"
      : 'p.agency = {:agency} AND k.agency = {:agency}') +
    ' ORDER BY approved_at LIMIT 500'
  );
}

/**
 * The stock alerts of the warehouses an account keeps: batches to move out before they expire,
 * items below the warehouse's minimum, proposals approved and still not received by the village.
 */
export interface StockAlerts {
  expiring: (ExpiryAlert & NamedStock)[];
  belowMinimum: (MinimumAlert & NamedStock)[];
  undelivered: UndeliveredProposal[];
  /** The office's N (content/logistics/warehouses.yaml): a proposal waits longer than this before it shows. */
  undeliveredAlertDays: number;
}

/** The monthly report of one warehouse, with each item named. */
export interface MonthlyReport {
  warehouse: string;
  warehouseName: string;
  /** "YYYY-MM", office time. */
  month: string;
  lines: (MonthlyLine & { itemName: string; unit: string })[];
}

/** The monthly report as a spreadsheet has it, header first: one row per item, a column per kind of movement. */
export function monthlyReportRows(report: MonthlyReport): (string | number)[][] {
  const kinds = Object.keys(ENTRY_KINDS) as EntryKind[];
  return [
    ['Barang', 'Satuan', 'Saldo awal', ...kinds.map((kind) => ENTRY_KINDS[kind]), 'Saldo akhir'],
    ...report.lines.map((line) => [
      line.itemName,
      line.unit,
      line.opening,
      ...kinds.map((kind) => line.movements[kind]),
      line.closing,
    ]),
  ];
}

/** One release (one BAST) of a disaster: where it went and what it carried. No names of givers or receivers. */
export interface DisasterDelivery {
  bastNumber: string;
  proposalNumber: string;
  village: string;
  kecamatan: string;
  /** ISO. */
  releasedAt: string;
  /** The office date of the release, "YYYY-MM-DD". */
  releasedOn: string;
  /** ISO, when the village's signed BAST was attached; '' while it is not. */
  receivedAt: string;
  /** Its office date, "YYYY-MM-DD"; '' while it is not. */
  receivedOn: string;
  lines: { name: string; unit: string; batch: string; quantity: number }[];
}

/** A disaster, as the legal basis its releases acted under names it (an emergency declaration or an assessment report). */
export interface DisasterReportEntry {
  basisId: string;
  kind: string;
  /** What the kind is called (src/domain/stock.ts LEGAL_BASES). */
  kindLabel: string;
  number: string;
  /** "YYYY-MM-DD". */
  date: string;
  issuer: string;
  disaster: string;
  deliveries: DisasterDelivery[];
}

export interface DisasterReport {
  warehouse: string;
  warehouseName: string;
  /** Newest declaration first. */
  disasters: DisasterReportEntry[];
}

/** Per item and unit, what the deliveries carried in all. */
export function deliveredTotals(
  deliveries: readonly DisasterDelivery[],
): { name: string; unit: string; quantity: number }[] {
  const totals = new Map<string, { name: string; unit: string; quantity: number }>();
  for (const delivery of deliveries)
    for (const line of delivery.lines) {
      const key = `${line.name}\u0000${line.unit}`;
      const total = totals.get(key) ?? { name: line.name, unit: line.unit, quantity: 0 };
      total.quantity = Math.round((total.quantity + line.quantity) * 100) / 100;
      totals.set(key, total);
    }
  return [...totals.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The per-disaster report as a spreadsheet has it: one row per line of each BAST, dates in office time. */
export function disasterReportRows(report: DisasterReport): (string | number)[][] {
  return [
    [
      'Dasar penyaluran',
      'Tanggal dasar',
      'Bencana',
      'Nomor BAST',
      'Tanggal BAST',
      'Desa',
      'Kecamatan',
      'Barang',
      'Batch',
      'Jumlah',
      'Satuan',
      'Diterima desa',
    ],
    ...report.disasters.flatMap((disaster) =>
      disaster.deliveries.flatMap((delivery) =>
        delivery.lines.map((line) => [
          disaster.number,
          disaster.date,
          disaster.disaster,
          delivery.bastNumber,
          delivery.releasedOn,
          delivery.village,
          delivery.kecamatan,
          line.name,
          line.batch,
          line.quantity,
          line.unit,
          delivery.receivedOn || 'belum',
        ]),
      ),
    ),
  ];
}

/** An item's quantity in a public figure. */
export interface PublicItemFigure {
  item: string;
  name: string;
  category: StockCategory;
  unit: string;
  quantity: number;
}

/** One warehouse's public figures: what it holds by category, and what left it for villages each month. */
export interface PublicWarehouseFigures {
  code: string;
  name: string;
  stock: { category: StockCategory; label: string; items: PublicItemFigure[] }[];
  /** Newest month first; months without a release are left out. */
  releases: { month: string; bastCount: number; items: PublicItemFigure[] }[];
}

/** Open data of the logistics stock (GET /api/data/logistik): aggregates only. */
export interface PublicStockFigures {
  generatedAt: string;
  /** Months of releases shown, counting the current one. */
  months: number;
  warehouses: PublicWarehouseFigures[];
}

/** How many months of releases the public figures show. */
export const PUBLIC_RELEASE_MONTHS = 12;

/** The catalogue as the public figures need it. */
type CatalogueItem = { slug: string; name: string; unit: string; category: StockCategory };

/**
 * A warehouse's public figures from its item balances and its released quantities per month and
 * item: items with nothing held are left out; categories in their declared order, items in the
 * catalogue's.
 */
export function publicWarehouseFigures(
  warehouse: { code: string; name: string },
  catalogue: readonly CatalogueItem[],
  balances: ReadonlyMap<string, number>,
  released: readonly { month: string; item: string; quantity: number; bastCount: number }[],
): PublicWarehouseFigures {
  const bySlug = new Map(catalogue.map((item) => [item.slug, item]));
  const figure = (slug: string, quantity: number): PublicItemFigure | null => {
    const item = bySlug.get(slug);
    return item ? { item: slug, name: item.name, category: item.category, unit: item.unit, quantity } : null;
  };
  const stock = (Object.keys(STOCK_CATEGORIES) as StockCategory[])
    .map((category) => ({
      category,
      label: STOCK_CATEGORIES[category],
      items: catalogue
        .filter((item) => item.category === category && (balances.get(item.slug) ?? 0) > 0)
        .map((item) => figure(item.slug, balances.get(item.slug) ?? 0)!),
    }))
    .filter((category) => category.items.length > 0);
  const months = new Map<string, { month: string; bastCount: number; items: PublicItemFigure[] }>();
  for (const row of released) {
    const month = months.get(row.month) ?? { month: row.month, bastCount: row.bastCount, items: [] };
    const item = figure(row.item, row.quantity);
    if (item) month.items.push(item);
    months.set(row.month, month);
  }
  const position = new Map(catalogue.map((item, index) => [item.slug, index]));
  for (const month of months.values())
    month.items.sort((a, b) => (position.get(a.item) ?? 0) - (position.get(b.item) ?? 0));
  return {
    code: warehouse.code,
    name: warehouse.name,
    stock,
    releases: [...months.values()].sort((a, b) => b.month.localeCompare(a.month)),
  };
}

/** The public figures as one spreadsheet: a row per warehouse, figure and item. */
export function publicStockRows(figures: PublicStockFigures): (string | number)[][] {
  return [
    ['Gudang', 'Angka', 'Bulan', 'Kategori', 'Barang', 'Jumlah', 'Satuan', 'Jumlah BAST'],
    ...figures.warehouses.flatMap((warehouse) => [
      ...warehouse.stock.flatMap((category) =>
        category.items.map((item) => [
          warehouse.name,
          'Stok',
          '',
          category.label,
          item.name,
          item.quantity,
          item.unit,
          '',
        ]),
      ),
      ...warehouse.releases.flatMap((month) =>
        month.items.map((item) => [
          warehouse.name,
          'Disalurkan',
          month.month,
          STOCK_CATEGORIES[item.category],
          item.name,
          item.quantity,
          item.unit,
          month.bastCount,
        ]),
      ),
    ]),
  ];
}
