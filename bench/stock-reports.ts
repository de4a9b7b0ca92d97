// The stock reports through PocketBase at 50,000 ledger entries (issue 27: < 150 ms): the kartu stok
// of one item over this month (its default) and the last 12 months as JSON and CSV, with the plan
// SQLite makes of its two queries, the monthly report, the releases per disaster, the alerts, the daily
// summary that carries them, and the public figures made afresh. The ledger's originals are written
// through the server's routes (bench/stock-data.ts), copied in SQL to the volume, then spread over
// five years, so the monthly report has an opening to sum and a month to read.
//   npm run bench:stock-reports            (BENCH_STOCK_ENTRIES to change the size)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { officeMonth } from '../src/domain/time.ts';
import { officeDate } from '../src/domain/working-days.ts';
import { stockCardQueries, type StockCardPeriod } from '../src/domain/stock-ledger.ts';
import { copyCases, staffClient, startServer, table, timed } from './office-data.ts';
import { BENCH_WAREHOUSE, stockThroughServer } from './stock-data.ts';

const ENTRIES = Number(process.env['BENCH_STOCK_ENTRIES'] ?? 50_000);
const TARGET_MS = 150;

const machine =
  `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ` +
  `load average at the start ${loadavg()[0]!.toFixed(1)}`;
const dataDir = mkdtempSync(join(tmpdir(), 'layanan-stock-reports-'));
let server = await startServer(dataDir);
try {
  await stockThroughServer(server);
  await server.stop({ keepData: true });
  const db = new DatabaseSync(join(dataDir, 'data.db'));
  const originals = Number(db.prepare('SELECT COUNT(*) AS count FROM stock_entries').get()!['count']);
  db.close();
  copyCases(dataDir, { table: 'stock_entries', children: [] }, originals, ENTRIES);
  // Spread over the five years before now, evenly by the order they were copied.
  const spread = new DatabaseSync(join(dataDir, 'data.db'));
  spread.exec(
    `UPDATE stock_entries SET created = strftime('%Y-%m-%d %H:%M:%fZ', 'now', '-' || ((${ENTRIES} - rowid) * 1825 / ${ENTRIES}) || ' days')`,
  );
  const perCard = Number(
    spread
      .prepare(
        'SELECT COUNT(*) AS count FROM stock_entries e JOIN warehouses w ON w.id = e.warehouse' +
          " JOIN stock_items i ON i.id = e.item WHERE w.code = ? AND i.slug = 'beras'",
      )
      .get(BENCH_WAREHOUSE)!['count'],
  );
  // The last 12 months up to today, office time.
  const today = officeDate(new Date());
  const year: StockCardPeriod = { from: officeDate(new Date(Date.now() - 365 * 86_400_000)), to: today };
  const ids = spread
    .prepare('SELECT w.id AS warehouse, i.id AS item FROM warehouses w, stock_items i WHERE w.code = ? AND i.slug = ?')
    .get(BENCH_WAREHOUSE, 'beras')!;
  const queries = stockCardQueries(String(ids['warehouse']), String(ids['item']), year);
  const plans = Object.entries(queries).map(([name, query]) => {
    const plan = spread
      .prepare(`EXPLAIN QUERY PLAN ${query.sql.replace(/\{:(\w+)\}/g, ':$1')}`)
      .all(query.bind)
      .map((row) => String(row['detail']))
      .join('; ');
    return `- kartu stok, ${name}: ${plan}`;
  });
  spread.close();

  server = await startServer(dataDir);
  const kepala = await staffClient(server, 'kepala_bidang');
  const token = kepala.authStore.token;
  const month = officeMonth(new Date());
  const stock = `gudang=${BENCH_WAREHOUSE}`;
  const card12 = `${stock}&barang=beras&dari=${year.from}&sampai=${year.to}`;
  const routes: [string, string, string][] = [
    [`kartu stok, beras, this month (of ${perCard} entries)`, `/api/logistik/kartu-stok?${stock}&barang=beras`, token],
    ['kartu stok, beras, last 12 months', `/api/logistik/kartu-stok?${card12}`, token],
    ['kartu stok, last 12 months, as CSV', `/api/logistik/kartu-stok?${card12}&format=csv`, token],
    ['monthly report of the warehouse', `/api/logistik/laporan-bulanan?${stock}&bulan=${month}`, token],
    ['monthly report as CSV', `/api/logistik/laporan-bulanan?${stock}&bulan=${month}&format=csv`, token],
    ['releases per disaster', `/api/logistik/laporan-bencana?${stock}`, token],
    ['stock alerts (every warehouse of the office)', '/api/logistik/peringatan', token],
    ['daily summary (with the stock alerts)', '/api/petugas/ringkasan', token],
    // Made afresh each time: the CSV is not kept (the JSON is, a minute).
    ['public figures, made afresh (CSV)', '/api/data/logistik?format=csv', ''],
  ];
  const rows: (string | number)[][] = [];
  for (const [what, path, as] of routes) {
    const result = await timed(`${server.url}${path}`, as);
    rows.push([
      what,
      `${result.ms.toFixed(1)} ms`,
      `${result.p95.toFixed(1)} ms`,
      `${(result.bytes / 1024).toFixed(0)} KB`,
      result.p95 < TARGET_MS ? 'met' : '**not met**',
    ]);
  }
  console.log(
    `\n### Stock reports through PocketBase at ${ENTRIES.toLocaleString('en')} ledger entries — ${machine}\n`,
  );
  console.log(table(['what (11 runs, HTTP included)', 'p50', 'p95', 'answer', `p95 < ${TARGET_MS} ms`], rows));
  console.log(`\nSQLite's plan of the kartu stok over the last 12 months (EXPLAIN QUERY PLAN):\n\n${plans.join('\n')}`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
