// What 10,000 requests leave on disk, and how much memory PocketBase takes: status lookups (the
// public's request), registrations at the counter (the staff's write), and page views when
// PocketBase serves the site itself (behind Caddy they never reach it). Sizes are read after a
// clean stop, when the write-ahead logs are merged into the database files.
//   npm run bench:disk          (needs a build; starts its own PocketBase)
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startTestPocketBase, type TestPocketBase } from '../tests/support/pocketbase.ts';
import { benchCounter, residentMegabytes, statusLookupOf, unthrottled } from './load.ts';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 10_000);
const CONNECTIONS = 10;
const env = { LAYANAN_STATUS_RATE_LIMIT: '100000000/60' };

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);
const sizes = (dataDir: string) => ({
  data: sizeOf(join(dataDir, 'data.db')) + sizeOf(join(dataDir, 'data.db-wal')),
  logs: sizeOf(join(dataDir, 'auxiliary.db')) + sizeOf(join(dataDir, 'auxiliary.db-wal')),
});
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

let server: TestPocketBase = await startTestPocketBase({ env });
const dataDir = server.dataDir;
await unthrottled(server);
const { staff, requestBody, register } = await benchCounter(server);
const request = await register();
const idleMegabytes = await residentMegabytes(server.process.pid!);

const phases: { name: string; options: autocannon.Options }[] = [
  {
    name: 'status lookups (POST /api/layanan/status)',
    options: { url: `${server.url}/api/layanan/status`, ...statusLookupOf(request) },
  },
  {
    name: 'registrations (POST requests/records, as staff)',
    options: {
      url: `${server.url}/api/collections/requests/records`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: staff.pb.authStore.token },
      body: JSON.stringify(requestBody),
    },
  },
  { name: 'page views served by PocketBase (GET /)', options: { url: `${server.url}/` } },
];

const rows: string[] = [];
for (const phase of phases) {
  await server.stop({ keepData: true });
  const before = sizes(dataDir);
  server = await startTestPocketBase({ env, dataDir });
  await unthrottled(server);
  const url = new URL(phase.options.url!);
  // While it runs the write-ahead logs hold what is not yet merged: the disk needs room for them too.
  let peak = 0;
  let busiestLogs = 0;
  const sampler = setInterval(() => {
    busiestLogs = Math.max(busiestLogs, sizes(dataDir).logs);
    void residentMegabytes(server.process.pid!).then((value) => (peak = Math.max(peak, value)));
  }, 200);
  const result = await autocannon({
    ...phase.options,
    url: `${server.url}${url.pathname}`,
    connections: CONNECTIONS,
    amount: REQUESTS,
  });
  clearInterval(sampler);
  await server.stop({ keepData: true });
  const after = sizes(dataDir);
  const failed = result.non2xx + result.errors;
  rows.push(
    `| ${phase.name} | ${megabytes(after.data - before.data)} | ${megabytes(after.logs - before.logs)} | ` +
      `${Math.round((after.logs - before.logs) / REQUESTS)} | ${megabytes(busiestLogs - before.logs)} | ${peak} | ` +
      `${failed} |`,
  );
  server = await startTestPocketBase({ env, dataDir });
}
await server.stop();

console.log(
  `\nDisk growth per ${REQUESTS.toLocaleString('en')} requests (${CONNECTIONS} connections), sizes after a clean ` +
    `stop; PocketBase idle: ${idleMegabytes} MB resident\n`,
);
console.log(
  '| requests | data.db MB | auxiliary.db (request log) MB | log bytes/request | request log while running, with its WAL, MB | peak resident MB | failed |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
