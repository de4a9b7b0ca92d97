// The kartu stok and the monthly report of one warehouse at 50,000 ledger entries: five years of a
// busy Dinas warehouse (17 items, receipts in batches, releases, transfers, write-offs and their
// reversals), computed by the domain functions the server and the staff screens use
// (src/domain/stock-ledger.ts). Prints the median and slowest of 20 runs each.
//   npm run bench:stock       (BENCH_STOCK_ENTRIES to change the size)
import { performance } from 'node:perf_hooks';
import {
  batchBalances,
  monthlyReport,
  stockCard,
  stockCardSpreadsheet,
  type LedgerEntry,
} from '../src/domain/stock-ledger.ts';

const ENTRIES = Number(process.env['BENCH_STOCK_ENTRIES'] ?? 50_000);
const RUNS = 20;
const WAREHOUSE = 'dinas.dinsos-p3a-purwakarta';
const ITEMS = Array.from({ length: 17 }, (_, index) => `barang-${index}`);
const FIVE_YEARS_MS = 5 * 365 * 86_400_000;
const start = Date.parse('2022-01-01T00:00:00Z');

// A fixed pseudo-random sequence: the same ledger on every run and machine.
let seed = 42;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const ledger: LedgerEntry[] = [];
for (let seq = 0; seq < ENTRIES; seq++) {
  const item = ITEMS[seq % ITEMS.length]!;
  const at = new Date(start + Math.floor((seq / ENTRIES) * FIVE_YEARS_MS)).toISOString();
  const roll = next();
  const batch = `B-${Math.floor(seq / 200)}`;
  const kind = roll < 0.35 ? 'penerimaan' : roll < 0.85 ? 'penyaluran' : roll < 0.95 ? 'mutasi-keluar' : 'penghapusan';
  const quantity = 1 + Math.floor(next() * 50);
  ledger.push({
    id: `e${seq}`,
    seq,
    at,
    warehouse: WAREHOUSE,
    item,
    batch,
    expiresOn: '2030-12-31',
    kind,
    change: kind === 'penerimaan' ? quantity * 3 : -quantity,
    reference: `REF/${seq}`,
    corrects: '',
  });
}

function measure(label: string, work: () => unknown) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const begin = performance.now();
    work();
    times.push(performance.now() - begin);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[RUNS / 2]!.toFixed(1)} ms, slowest ${times[RUNS - 1]!.toFixed(1)} ms`);
}

console.log(`${ENTRIES} ledger entries in one warehouse, ${ITEMS.length} items; ${RUNS} runs each`);
measure('kartu stok of one item (about 1/17 of the entries)', () => stockCard(ledger, WAREHOUSE, 'barang-3'));
measure('kartu stok of one item as CSV', () => stockCardSpreadsheet(stockCard(ledger, WAREHOUSE, 'barang-3')));
measure('monthly report of the warehouse (all items)', () => monthlyReport(ledger, WAREHOUSE, '2026-06'));
measure('balances of every batch (FEFO and alerts)', () => batchBalances(ledger));
