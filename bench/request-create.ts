// How many requests the counter can register per second: POST /api/collections/requests/records
// as staff, which runs the hooks (number, steps, due date, first timeline entry, public status)
// and writes the audit trail. Interleaved rounds at two concurrencies, medians reported, beside the
// target of issue 30 (printed, never asserted), with PocketBase's memory: resident at idle and its
// peak (VmHWM) after the rounds.
//   npm run bench:create        (needs a build; starts its own PocketBase; LAYANAN_HOOKS_POOL to try a pool size)
import { readFileSync } from 'node:fs';
import { hooksPoolSize } from '../pocketbase/scripts/server.ts';
import { startTestPocketBase } from '../tests/support/pocketbase.ts';
import { benchCounter, residentMegabytes, round, summarize, unthrottled, type Round } from './load.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CONCURRENCIES = [10, 50];
const TARGET = { connections: 50, perSecond: 200, p95: 300 };

const server = await startTestPocketBase();
const requestCount = async () => (await server.admin.collection('requests').getList(1, 1)).totalItems;
/** CPU time a process has used, user and system (Linux, /proc/<pid>/stat, clock ticks of 10 ms). */
const cpuMilliseconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
try {
  await unthrottled(server);
  const { staff, requestBody } = await benchCounter(server);
  const options = {
    url: `${server.url}/api/collections/requests/records`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: staff.pb.authStore.token },
    body: JSON.stringify(requestBody),
  };
  const idleMegabytes = await residentMegabytes(server.process.pid!);
  await round({ ...options, connections: 10, duration: 2 }); // warm-up
  const [cpuBefore, createdBefore] = [cpuMilliseconds(server.process.pid!), await requestCount()];
  const rounds = new Map(CONCURRENCIES.map((connections) => [connections, [] as Round[]]));
  for (let index = 0; index < ROUNDS; index++) {
    for (const connections of CONCURRENCIES)
      rounds.get(connections)!.push(await round({ ...options, connections, duration: SECONDS }));
  }
  const peakKilobytes = Number(
    /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))![1],
  );
  const cpuPerRegistration =
    (cpuMilliseconds(server.process.pid!) - cpuBefore) / ((await requestCount()) - createdBefore);
  const total = await requestCount();

  console.log(
    `\nRequest registration benchmark — ${ROUNDS} interleaved rounds of ${SECONDS} s, rate limits out of reach, ` +
      `${total} requests in the database at the end, JS runtime pool ${hooksPoolSize()}\n`,
  );
  console.log('| connections | requests created/s (median) | p50 ms | p95 ms | failed |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const connections of CONCURRENCIES) {
    const row = summarize(rounds.get(connections)!);
    console.log(
      `| ${connections} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.failures} |`,
    );
  }
  console.log(
    `\nTarget (issue 30, not asserted): ≥ ${TARGET.perSecond}/s with p95 < ${TARGET.p95} ms at ${TARGET.connections} clients.`,
  );
  console.log(
    `PocketBase CPU per registration (user + system over the rounds; the load shares the cores): ${cpuPerRegistration.toFixed(1)} ms.`,
  );
  console.log(`PocketBase resident memory: ${idleMegabytes} MB at idle, peak ${Math.round(peakKilobytes / 1024)} MB.`);
  console.log(`Load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}.`);
} finally {
  await server.stop();
}
