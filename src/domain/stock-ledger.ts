// The stock ledger: every movement of stock is one entry, written once and never changed (the
// stock_entries collection refuses updates and deletes through every API path). A balance is the
// sum of the entries; a mistake is corrected by a reversing entry that names the one it corrects
// and counts as the same kind of movement with the opposite sign. A transfer is two entries, out of
// one warehouse and into another, under one reference. Everything here is pure: the hooks, the
// staff screens and the benches read the same functions.
import { officeDate } from './working-days';
import { fromOfficeClock } from './time';
import { storedDate, type BoundQuery } from './database';
import { spreadsheetText } from './spreadsheet';
import { formatQuantity, quantityProblem, roundQuantity, type StockItem, type StockProblem } from './stock';

/** Kinds of movement, in the order of the monthly report's columns. */
export const ENTRY_KINDS = {
  penerimaan: 'Penerimaan',
  'mutasi-masuk': 'Mutasi masuk',
  'mutasi-keluar': 'Mutasi keluar',
  penyaluran: 'Penyaluran',
  penghapusan: 'Penghapusan',
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

/** The direction of each kind of movement: +1 into the warehouse, -1 out of it. */
export const ENTRY_DIRECTION: Record<EntryKind, 1 | -1> = {
  penerimaan: 1,
  'mutasi-masuk': 1,
  'mutasi-keluar': -1,
  penyaluran: -1,
  penghapusan: -1,
};

/** Where received stock came from (a receipt's `source`). */
export const RECEIPT_SOURCES = { apbn: 'APBN', apbd: 'APBD', hibah: 'Hibah', donasi: 'Donasi' } as const;
export type ReceiptSource = keyof typeof RECEIPT_SOURCES;

/** What a receipt of stock says, as typed: the quantity as a number (NaN when it is not one). */
export interface ReceiptFields {
  source: string;
  quantity: number;
  batch: string;
  /** "YYYY-MM-DD", '' for an item that does not expire. */
  expiresOn: string;
  reference: string;
  /** How many photos or PDFs of the BAST of receipt come with it. */
  documents: number;
}

/**
 * Why a receipt of `item` may not be recorded as it is (empty when it may): the server's check
 * (pb_hooks/logistics.pb.js) and the receipt form's, so both say the same.
 */
export function receiptProblems(
  item: Pick<StockItem, 'name' | 'unit' | 'whole' | 'expires'>,
  receipt: ReceiptFields,
): StockProblem[] {
  const problems: StockProblem[] = [];
  if (!(receipt.source in RECEIPT_SOURCES))
    problems.push({ field: 'source', message: 'Pilih sumber barang: APBN, APBD, hibah atau donasi.' });
  const quantity = quantityProblem(item, receipt.quantity);
  if (quantity) problems.push({ field: 'quantity', message: quantity });
  if (receipt.batch.trim() === '')
    problems.push({ field: 'batch', message: 'Isi nomor batch (lot) yang tertulis di kemasan.' });
  if (item.expires && !/^\d{4}-\d{2}-\d{2}$/.test(receipt.expiresOn))
    problems.push({ field: 'expires_on', message: `${item.name} punya tanggal kedaluwarsa: isi tanggalnya.` });
  if (!item.expires && receipt.expiresOn)
    problems.push({ field: 'expires_on', message: `${item.name} tidak kedaluwarsa: kosongkan tanggalnya.` });
  if (receipt.reference.trim() === '')
    problems.push({ field: 'reference', message: 'Isi nomor BAST penerimaan dari pengirim barang.' });
  if (receipt.documents === 0)
    problems.push({ field: 'document', message: 'Lampirkan foto atau PDF BAST penerimaan yang sudah ditandatangani.' });
  return problems;
}

/** Why stock is written off (a write-off's `reason`); a kepala bidang approves it. */
export const WRITE_OFF_REASONS = { rusak: 'Rusak', kedaluwarsa: 'Kedaluwarsa' } as const;
export type WriteOffReason = keyof typeof WRITE_OFF_REASONS;

/** One ledger entry, as the stock card and the reports read it. */
export interface LedgerEntry {
  id: string;
  /** Order of recording (the collection's sequence); breaks ties between entries of the same moment. */
  seq: number;
  /** When it happened, ISO. */
  at: string;
  warehouse: string;
  item: string;
  batch: string;
  /** "YYYY-MM-DD", '' for an item that does not expire. */
  expiresOn: string;
  kind: EntryKind;
  /** Signed: positive into the warehouse, negative out. A reversal has the opposite sign of its kind. */
  change: number;
  /** The document it was recorded under: BAST number, transfer number, write-off approval. */
  reference: string;
  /** The id of the entry a reversal corrects; '' otherwise. */
  corrects: string;
}

/** Why an entry may not be written as it is (null when it may). */
export function entrySignProblem(entry: Pick<LedgerEntry, 'kind' | 'change' | 'corrects'>): string | null {
  const sign = Math.sign(entry.change);
  if (sign === 0) return 'Jumlah tidak boleh 0.';
  const expected = entry.corrects ? -ENTRY_DIRECTION[entry.kind] : ENTRY_DIRECTION[entry.kind];
  return sign === expected ? null : `Arah jumlah tidak sesuai dengan jenis ${ENTRY_KINDS[entry.kind].toLowerCase()}.`;
}

/**
 * The reversing entry for `entry`: same warehouse, item, batch and kind, the opposite change. A
 * reversal is never reversed itself (record the movement again instead), and an entry is reversed
 * at most once — both refused here, with the reason.
 */
export function reversalOf(
  entry: LedgerEntry,
  ledger: readonly Pick<LedgerEntry, 'corrects'>[],
): { problem: string } | Omit<LedgerEntry, 'id' | 'seq' | 'at' | 'reference'> {
  if (entry.corrects) return { problem: 'Entri koreksi tidak dapat dikoreksi lagi; catat mutasinya sekali lagi.' };
  if (ledger.some((other) => other.corrects === entry.id)) return { problem: 'Entri ini sudah dikoreksi.' };
  const { warehouse, item, batch, expiresOn, kind, change } = entry;
  return { warehouse, item, batch, expiresOn, kind, change: -change, corrects: entry.id };
}

const byRecording = (a: LedgerEntry, b: LedgerEntry) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq);

/** A batch of an item in a warehouse, with what is left of it. */
export interface BatchBalance {
  warehouse: string;
  item: string;
  batch: string;
  expiresOn: string;
  balance: number;
  /** When the batch first came into this warehouse (ISO), the tie-break of first-expiry-first-out. */
  firstIn: string;
}

const batchKey = (entry: Pick<LedgerEntry, 'warehouse' | 'item' | 'batch'>) =>
  `${entry.warehouse}\u0000${entry.item}\u0000${entry.batch}`;

/** Every batch's balance: the sum of its entries. Batches used up stay in the list with 0. */
export function batchBalances(ledger: readonly LedgerEntry[]): BatchBalance[] {
  const batches = new Map<string, BatchBalance>();
  for (const entry of [...ledger].sort(byRecording)) {
    const key = batchKey(entry);
    const found = batches.get(key);
    if (found) found.balance = roundQuantity(found.balance + entry.change);
    else
      batches.set(key, {
        warehouse: entry.warehouse,
        item: entry.item,
        batch: entry.batch,
        expiresOn: entry.expiresOn,
        balance: roundQuantity(entry.change),
        firstIn: entry.at,
      });
  }
  return [...batches.values()];
}

/** Per warehouse and item: the sum of its batches. */
export function itemBalances(ledger: readonly LedgerEntry[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of ledger) {
    const key = `${entry.warehouse}\u0000${entry.item}`;
    totals.set(key, roundQuantity((totals.get(key) ?? 0) + entry.change));
  }
  return totals;
}

export const itemBalanceKey = (warehouse: string, item: string) => `${warehouse}\u0000${item}`;

/** A batch cannot be handed out from its expiry date on (the date printed on the pack is its last safe day's end). */
export function isExpired(expiresOn: string, today: string): boolean {
  return expiresOn !== '' && expiresOn <= today;
}

/** A batch and how much of it to take. */
export interface BatchPick {
  batch: string;
  expiresOn: string;
  quantity: number;
}

/**
 * First-expiry-first-out: which batches of one item in one warehouse to hand out `quantity` from,
 * today (office date). The batch that expires first goes first; batches without expiry after all
 * that expire; among equals the one that came in first, then by batch name. Expired and empty
 * batches are never offered. `short` is what the usable batches cannot cover (0 when they can).
 */
export function firstExpiryFirstOut(
  batches: readonly BatchBalance[],
  quantity: number,
  today: string,
): { picks: BatchPick[]; short: number } {
  const usable = batches
    .filter((batch) => batch.balance > 0 && !isExpired(batch.expiresOn, today))
    .sort(
      (a, b) =>
        (a.expiresOn || '9999').localeCompare(b.expiresOn || '9999') ||
        a.firstIn.localeCompare(b.firstIn) ||
        a.batch.localeCompare(b.batch),
    );
  const picks: BatchPick[] = [];
  let left = roundQuantity(quantity);
  for (const batch of usable) {
    if (left <= 0) break;
    const take = Math.min(batch.balance, left);
    picks.push({ batch: batch.batch, expiresOn: batch.expiresOn, quantity: take });
    left = roundQuantity(left - take);
  }
  return { picks, short: Math.max(0, left) };
}

/** One line of a release: an item's batch and how much of it leaves. */
export interface ReleaseLine {
  item: string;
  batch: string;
  quantity: number;
}

/**
 * Why these lines may not leave `warehouse` today (empty when they may): per line, a batch that is
 * not there, is expired or holds less than asked — all lines of one batch counted together, so two
 * lines cannot take the same pack twice.
 */
export function releaseLineProblems(
  lines: readonly ReleaseLine[],
  batches: readonly BatchBalance[],
  items: ReadonlyMap<string, Pick<StockItem, 'name' | 'unit'>>,
  today: string,
): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const asked = new Map<string, number>();
  lines.forEach((line, index) => {
    const item = items.get(line.item);
    if (!item) {
      problems.push({ line: index, message: `Barang ${line.item} tidak ada di katalog logistik.` });
      return;
    }
    const name = item.name;
    const batch = batches.find((candidate) => candidate.item === line.item && candidate.batch === line.batch);
    if (!batch || batch.balance <= 0) {
      problems.push({ line: index, message: `${name} batch ${line.batch} tidak ada di gudang ini.` });
      return;
    }
    if (isExpired(batch.expiresOn, today)) {
      problems.push({
        line: index,
        message: `${name} batch ${line.batch} kedaluwarsa ${batch.expiresOn}: tidak boleh disalurkan; ajukan penghapusan.`,
      });
      return;
    }
    const key = `${line.item}\u0000${line.batch}`;
    const total = roundQuantity((asked.get(key) ?? 0) + line.quantity);
    asked.set(key, total);
    if (total > batch.balance)
      problems.push({
        line: index,
        message: `${name} batch ${line.batch} tinggal ${formatQuantity(batch.balance)} ${item.unit}; kurangi jumlahnya.`,
      });
  });
  return problems;
}

/** How the kartu stok names the balance carried into its period. */
export const STOCK_CARD_OPENING = 'Saldo awal periode';

/** A line of the kartu stok. */
export interface StockCardRow {
  /** Office date, "YYYY-MM-DD". */
  date: string;
  in: number;
  out: number;
  balance: number;
  reference: string;
  kind: EntryKind;
  batch: string;
  /** The reference of the entry a reversal corrects. */
  corrects: string;
}

/**
 * The kartu stok of one item in one warehouse: every entry in the order recorded, with the running
 * balance from `opening` (what the ledger held before the first of them).
 */
export function stockCard(
  ledger: readonly LedgerEntry[],
  warehouse: string,
  item: string,
  opening = 0,
): StockCardRow[] {
  const entries = ledger.filter((entry) => entry.warehouse === warehouse && entry.item === item).sort(byRecording);
  const references = new Map(entries.map((entry) => [entry.id, entry.reference]));
  let balance = opening;
  return entries.map((entry) => {
    balance = roundQuantity(balance + entry.change);
    return {
      date: officeDate(new Date(entry.at)),
      in: Math.max(entry.change, 0),
      out: entry.change < 0 ? -entry.change : 0,
      balance,
      reference: entry.reference,
      kind: entry.kind,
      batch: entry.batch,
      corrects: entry.corrects ? (references.get(entry.corrects) ?? entry.corrects) : '',
    };
  });
}

/** The days a kartu stok shows: office dates "YYYY-MM-DD", both included. */
export interface StockCardPeriod {
  from: string;
  to: string;
}

/**
 * The period a kartu stok opens with: the current office month up to today. A logistics officer
 * closes stock monthly (stock opname, the monthly report): this month's movements under the balance
 * carried in from before, and any other period one pick away.
 */
export function defaultStockCardPeriod(now: Date): StockCardPeriod {
  const today = officeDate(now);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

const PERIOD_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (date: string) =>
  PERIOD_DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

/** What is wrong with a period as asked, and in which date (null when nothing): each date a real one, the first not after the last. */
export function stockCardPeriodProblem(
  period: StockCardPeriod,
): { date: keyof StockCardPeriod; message: string } | null {
  if (!isCalendarDate(period.from)) return { date: 'from', message: 'Isi tanggal awal periode, misalnya 2026-12-01.' };
  if (!isCalendarDate(period.to)) return { date: 'to', message: 'Isi tanggal akhir periode, misalnya 2026-12-31.' };
  if (period.from > period.to)
    return { date: 'to', message: 'Tanggal akhir periode jatuh sebelum tanggal awalnya; tukar keduanya.' };
  return null;
}

/** The moments a period runs from (its first office day's start, inclusive) and to (after its last day, exclusive). */
export function stockCardPeriodRange(period: StockCardPeriod): { from: Date; to: Date } {
  const last = new Date(`${period.to}T00:00:00Z`);
  return {
    from: fromOfficeClock(new Date(`${period.from}T00:00:00Z`)),
    to: fromOfficeClock(new Date(last.getTime() + 24 * 60 * 60 * 1000)),
  };
}

/**
 * The SQL of a kartu stok over a period (pb_hooks/lib/stock.js; bench/stock-reports.ts explains
 * it): the balance carried in is one sum of the entries before the period, and only the period's
 * entries are read, in the order they were written (rowid breaks ties of one moment) — both through
 * the card index (warehouse, item, created). A reversal names the entry it corrects by that entry's
 * reference, which may lie before the period.
 */
export function stockCardQueries(
  warehouse: string,
  item: string,
  period: StockCardPeriod,
): { opening: BoundQuery; rows: BoundQuery } {
  const range = stockCardPeriodRange(period);
  const before = { warehouse, item, from: storedDate(range.from) };
  return {
    opening: {
      sql:
        'SELECT COALESCE(ROUND(SUM(change), 2), 0) AS opening FROM stock_entries' +
        ' WHERE warehouse = {:warehouse} AND item = {:item} AND created < {:from}',
      bind: before,
    },
    rows: {
      sql:
        'SELECT e.id, e.rowid AS seq, e.created, e.batch, e.expires_on, e.kind, e.change, e.reference,' +
        " CASE WHEN e.corrects = '' THEN '' ELSE COALESCE(c.reference, e.corrects) END AS corrects" +
        ' FROM stock_entries e LEFT JOIN stock_entries c ON c.id = e.corrects' +
        ' WHERE e.warehouse = {:warehouse} AND e.item = {:item} AND e.created >= {:from} AND e.created < {:to}' +
        ' ORDER BY e.created, e.rowid',
      bind: { ...before, to: storedDate(range.to) },
    },
  };
}

/**
 * What the warehouses hold, read from the balances kept per warehouse, item and batch as the ledger
 * is written (pb_migrations/1795403960_stock_batch_balances.js), never summed from the ledger:
 * `batches`, every batch of one warehouse (item ids in order, then batch); `held`, each warehouse's
 * total per item. Balances are kept in hundredths (exact) and read as quantities.
 */
export const STOCK_BALANCE_SQL = {
  batches:
    'SELECT i.slug AS item, b.batch, b.expires_on, b.balance_hundredths / 100.0 AS balance, b.first_in' +
    ' FROM stock_batch_balances b JOIN stock_items i ON i.id = b.item WHERE b.warehouse = {:warehouse} ORDER BY b.item, b.batch',
  held:
    'SELECT b.warehouse, i.slug AS item, SUM(b.balance_hundredths) / 100.0 AS balance' +
    ' FROM stock_batch_balances b JOIN stock_items i ON i.id = b.item GROUP BY b.warehouse, b.item',
} as const;

/**
 * The movements kept per warehouse, item, office month and kind as the ledger is written
 * (pb_migrations/1795403962_stock_month_figures.js), never summed from the ledger: `report`, a
 * warehouse's sums up to `{:month}` ("YYYY-MM") per item, what came before the month as one sum (kind
 * '') and the month's per kind; `released`, every warehouse's releases per month and item from
 * `{:since}` on, as positive quantities.
 */
export const STOCK_MONTH_SQL = {
  report:
    "SELECT i.slug AS item, g.kind, g.change FROM (SELECT item, CASE WHEN month < {:month} THEN '' ELSE kind END AS kind," +
    ' SUM(change_hundredths) / 100.0 AS change FROM stock_month_figures' +
    ' WHERE warehouse = {:warehouse} AND month <= {:month} AND entries > 0 GROUP BY item, 2) g JOIN stock_items i ON i.id = g.item',
  released:
    'SELECT g.warehouse, g.month, i.slug AS item, g.quantity FROM (SELECT warehouse, month, item,' +
    " -SUM(change_hundredths) / 100.0 AS quantity FROM stock_month_figures WHERE kind = 'penyaluran' AND month >= {:since}" +
    ' AND entries > 0 GROUP BY warehouse, month, item) g JOIN stock_items i ON i.id = g.item',
} as const;

/** A kartu stok over a period: the balance carried in from the ledger before it, then the period's rows. */
export interface PeriodStockCard {
  period: StockCardPeriod;
  opening: number;
  rows: StockCardRow[];
}

/** The kartu stok of one item in one warehouse over `period` (office dates), from the whole ledger. */
export function periodStockCard(
  ledger: readonly LedgerEntry[],
  warehouse: string,
  item: string,
  period: StockCardPeriod,
): PeriodStockCard {
  const card = stockCard(ledger, warehouse, item);
  const before = card.filter((row) => row.date < period.from);
  return {
    period,
    opening: before.length > 0 ? before[before.length - 1]!.balance : 0,
    rows: card.filter((row) => row.date >= period.from && row.date <= period.to),
  };
}

/** One item's month in a warehouse: opening, each kind of movement (reversals net), closing. */
export interface MonthlyLine {
  item: string;
  opening: number;
  movements: Record<EntryKind, number>;
  closing: number;
}

const noMovements = (): Record<EntryKind, number> => ({
  penerimaan: 0,
  'mutasi-masuk': 0,
  'mutasi-keluar': 0,
  penyaluran: 0,
  penghapusan: 0,
});

/**
 * The monthly report of a warehouse (`month` "YYYY-MM", office time): per item that had stock or
 * movement, the opening balance, what each kind of movement brought in or took out (as positive
 * amounts; a reversal lowers its kind's figure), and the closing balance.
 */
export function monthlyReport(ledger: readonly LedgerEntry[], warehouse: string, month: string): MonthlyLine[] {
  const lines = new Map<string, MonthlyLine>();
  const lineOf = (item: string) => {
    let line = lines.get(item);
    if (!line) {
      line = { item, opening: 0, movements: noMovements(), closing: 0 };
      lines.set(item, line);
    }
    return line;
  };
  for (const entry of ledger) {
    if (entry.warehouse !== warehouse) continue;
    const entryMonth = officeDate(new Date(entry.at)).slice(0, 7);
    if (entryMonth > month) continue;
    const line = lineOf(entry.item);
    if (entryMonth < month) line.opening = roundQuantity(line.opening + entry.change);
    else
      line.movements[entry.kind] = roundQuantity(
        line.movements[entry.kind] + entry.change * ENTRY_DIRECTION[entry.kind],
      );
  }
  const report = [...lines.values()].map((line) => {
    const moved = (Object.keys(line.movements) as EntryKind[]).reduce(
      (sum, kind) => sum + line.movements[kind] * ENTRY_DIRECTION[kind],
      0,
    );
    return { ...line, closing: roundQuantity(line.opening + moved) };
  });
  return report
    .filter((line) => line.opening !== 0 || line.closing !== 0 || Object.values(line.movements).some((n) => n !== 0))
    .sort((a, b) => a.item.localeCompare(b.item));
}

/** Calendar days from office date `from` to office date `to` ("YYYY-MM-DD"): negative when `to` is before. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A batch with stock left that expires within its item's alert days of today, or has expired. */
export interface ExpiryAlert {
  warehouse: string;
  item: string;
  batch: string;
  expiresOn: string;
  balance: number;
  /** Days from today to the expiry date: 0 on it, negative after. */
  daysLeft: number;
}

/**
 * Batches to move out before they expire: `alertDays` of the item (90; ready meals 75) or fewer from
 * today's office date to the expiry date — a batch 90 days away is in, 91 days away is not — and
 * those already expired, which must be written off.
 */
export function expiryAlerts(
  batches: readonly BatchBalance[],
  items: ReadonlyMap<string, Pick<StockItem, 'alertDays'>>,
  now: Date,
): ExpiryAlert[] {
  const today = officeDate(now);
  const alerts: ExpiryAlert[] = [];
  for (const batch of batches) {
    const item = items.get(batch.item);
    if (!item || batch.balance <= 0 || batch.expiresOn === '') continue;
    const daysLeft = daysBetween(today, batch.expiresOn);
    if (daysLeft <= item.alertDays)
      alerts.push({
        warehouse: batch.warehouse,
        item: batch.item,
        batch: batch.batch,
        expiresOn: batch.expiresOn,
        balance: batch.balance,
        daysLeft,
      });
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft || a.warehouse.localeCompare(b.warehouse));
}

/** An item below the minimum its warehouse keeps (content). */
export interface MinimumAlert {
  warehouse: string;
  item: string;
  balance: number;
  minimum: number;
}

export function belowMinimum(
  balances: ReadonlyMap<string, number>,
  warehouses: readonly { code: string; minimum: Record<string, number> }[],
): MinimumAlert[] {
  const alerts: MinimumAlert[] = [];
  for (const warehouse of warehouses) {
    for (const [item, minimum] of Object.entries(warehouse.minimum)) {
      const balance = balances.get(itemBalanceKey(warehouse.code, item)) ?? 0;
      if (balance < minimum) alerts.push({ warehouse: warehouse.code, item, balance, minimum });
    }
  }
  return alerts;
}

/**
 * Proposals approved more than `days` calendar days ago (office dates) and not yet delivered: the
 * village is still waiting for what it was promised.
 */
export function undeliveredProposals<P extends { approvedAt: string }>(
  proposals: readonly P[],
  days: number,
  now: Date,
): P[] {
  const today = officeDate(now);
  return proposals.filter((proposal) => daysBetween(officeDate(new Date(proposal.approvedAt)), today) > days);
}

/**
 * The kartu stok's rows as a spreadsheet has them, header first, then (over a period) the balance
 * carried in on its first day: a reversal's reference names the entry it corrects.
 */
export function stockCardRows(
  rows: readonly StockCardRow[],
  carried?: { from: string; opening: number },
): (string | number)[][] {
  return [
    ['Tanggal', 'Masuk', 'Keluar', 'Saldo', 'Referensi', 'Jenis', 'Batch'],
    ...(carried ? [[carried.from, '', '', carried.opening, STOCK_CARD_OPENING, '', '']] : []),
    ...rows.map((row) => [
      row.date,
      row.in,
      row.out,
      row.balance,
      row.corrects ? `${row.reference} (koreksi atas ${row.corrects})` : row.reference,
      ENTRY_KINDS[row.kind],
      row.batch,
    ]),
  ];
}

/** The kartu stok as a spreadsheet file (cells defused, src/domain/spreadsheet.ts). */
export function stockCardSpreadsheet(rows: readonly StockCardRow[]): string {
  return spreadsheetText(stockCardRows(rows));
}
