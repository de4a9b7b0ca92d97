// How many requests the counter can register per second: POST /api/collections/requests/records
// as staff, which runs the hooks (number, steps, due date, first timeline entry, public status)
// and writes the audit trail. Interleaved rounds at two concurrencies, medians reported, beside the
// target of issue 30 (printed, never asserted), with PocketBase's memory: resident at idle and its
// peak (VmHWM) after the rounds, and what Go's collector took and left live (GODEBUG=gctrace=1 on
// its stderr). PocketBase runs with the collector's settings it is deployed with (GOGC and GOMEMLIMIT
// of the systemd unit), and the rounds start once every concurrency has run for a moment: a crowd fills the pool of
// JS runtimes, each loading the hooks' modules once after a restart (docs/performance.md, "Writes
// under a crowd").
// The requests go through Caddy with deploy/Caddyfile over HTTPS, as in production (its queue for
// writes: LAYANAN_WRITES_AT_ONCE), or straight to PocketBase with BENCH_THROUGH=pocketbase.
//   npm run bench:create        (needs a build; starts its own PocketBase and Caddy; LAYANAN_HOOKS_POOL
//                                to try a pool size, BENCH_GOMEMLIMIT a limit — `off` for none —
//                                and BENCH_GOGC a GOGC)
import { readFileSync } from 'node:fs';
import { hooksPoolSize } from '../pocketbase/scripts/server.ts';
import { startTestPocketBase } from '../tests/support/pocketbase.ts';
import { startProxiedSite } from '../tests/support/proxied-site.ts';
import { benchCounter, residentMegabytes, round, summarize, unthrottled, type Round } from './load.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CONCURRENCIES = [10, 50];
const TARGET = { connections: 50, perSecond: 200, p95: 300 };
const THROUGH_CADDY = (process.env['BENCH_THROUGH'] ?? 'caddy') !== 'pocketbase';

/** GOGC, GOMEMLIMIT and MemoryMax as deploy/systemd/layanan-pocketbase.service gives them. */
const unit = readFileSync(new URL('../deploy/systemd/layanan-pocketbase.service', import.meta.url), 'utf8');
const deployed = {
  gogc: /^Environment=GOGC=(\S+)$/m.exec(unit)![1]!,
  memoryLimit: /^Environment=GOMEMLIMIT=(\S+)$/m.exec(unit)![1]!,
  memoryMax: /^MemoryMax=(\S+)$/m.exec(unit)![1]!,
};
const memoryLimit = process.env['BENCH_GOMEMLIMIT'] || deployed.memoryLimit;
const gogc = process.env['BENCH_GOGC'] || deployed.gogc;

const pocketbaseEnv = {
  GODEBUG: 'gctrace=1',
  GOGC: gogc,
  ...(memoryLimit !== 'off' && { GOMEMLIMIT: memoryLimit }),
};
const site = THROUGH_CADDY ? await startProxiedSite({}, pocketbaseEnv) : null;
const server = site ? site.pocketbase : await startTestPocketBase({ env: pocketbaseEnv });
/**
 * Go's collections (one gctrace line each): when, the CPU they took (assist, background and idle
 * workers) and the heap left live after marking (the third of gctrace's `before->after->live MB`).
 */
const collections: { at: number; cpuMilliseconds: number; liveMegabytes: number }[] = [];
server.process.stderr!.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n')) {
    const cpu = / ([\d.]+)\+([\d.]+)\/([\d.]+)\/([\d.]+)\+([\d.]+) ms cpu, \d+->\d+->(\d+) MB/.exec(line);
    if (line.startsWith('gc ') && cpu)
      collections.push({
        at: Date.now(),
        cpuMilliseconds: cpu.slice(1, 6).reduce((sum, part) => sum + Number(part), 0),
        liveMegabytes: Number(cpu[6]),
      });
  }
});
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
    url: `${site ? site.url : server.url}/api/collections/requests/records`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: staff.pb.authStore.token },
    body: JSON.stringify(requestBody),
  };
  // The audit chainer's loop starts at the first minute's tick after a start; until then the
  // requests chain the trail themselves (pocketbase/pb_hooks/lib/audit.js). The rounds measure a
  // server past its first minute: the loop is started now, as the tick would.
  await server.admin.crons.run('jejak-audit-rantai');
  const idleMegabytes = await residentMegabytes(server.process.pid!);
  for (const connections of CONCURRENCIES) await round({ ...options, connections, duration: 2 }); // warm-up
  const [cpuBefore, caddyCpuBefore, createdBefore, roundsFrom] = [
    cpuMilliseconds(server.process.pid!),
    site ? cpuMilliseconds(site.caddy.pid) : 0,
    await requestCount(),
    Date.now(),
  ];
  const rounds = new Map(CONCURRENCIES.map((connections) => [connections, [] as Round[]]));
  for (let index = 0; index < ROUNDS; index++) {
    for (const connections of CONCURRENCIES)
      rounds.get(connections)!.push(await round({ ...options, connections, duration: SECONDS }));
  }
  const peakKilobytes = Number(
    /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))![1],
  );
  const cpuUsed = cpuMilliseconds(server.process.pid!) - cpuBefore;
  const registered = (await requestCount()) - createdBefore;
  const cpuPerRegistration = cpuUsed / registered;
  const caddyCpuPerRegistration = site ? (cpuMilliseconds(site.caddy.pid) - caddyCpuBefore) / registered : 0;
  const duringRounds = collections.filter((collection) => collection.at >= roundsFrom);
  const collectorCpu = duringRounds.reduce((sum, collection) => sum + collection.cpuMilliseconds, 0);
  const total = await requestCount();

  console.log(
    `\nRequest registration benchmark — ${ROUNDS} interleaved rounds of ${SECONDS} s, rate limits out of reach, ` +
      `${total} requests in the database at the end, JS runtime pool ${hooksPoolSize()}, ` +
      (site
        ? `through Caddy (deploy/Caddyfile, HTTPS; writes at once ${process.env['LAYANAN_WRITES_AT_ONCE'] ?? 'as deployed'})\n`
        : 'straight to PocketBase\n'),
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
    `PocketBase CPU per registration (user + system over the rounds; the load shares the cores): ${cpuPerRegistration.toFixed(1)} ms` +
      (site ? `; Caddy's ${caddyCpuPerRegistration.toFixed(1)} ms.` : '.'),
  );
  const liveMegabytes = duringRounds.map((collection) => collection.liveMegabytes);
  console.log(
    `Go's collector during the rounds: ${duringRounds.length} collections, ${(collectorCpu / 1000).toFixed(1)} s CPU ` +
      `(${((100 * collectorCpu) / cpuUsed).toFixed(0)} % of PocketBase's; gctrace's own count); ` +
      `live heap after marking ${liveMegabytes.length ? `${Math.min(...liveMegabytes)}–${Math.max(...liveMegabytes)} MB` : '—'}.`,
  );
  console.log(
    `PocketBase resident memory: ${idleMegabytes} MB at idle, peak ${Math.round(peakKilobytes / 1024)} MB ` +
      `(GOGC ${gogc}, GOMEMLIMIT ${memoryLimit}; deployed: GOGC ${deployed.gogc}, GOMEMLIMIT ${deployed.memoryLimit}, ` +
      `MemoryMax ${deployed.memoryMax}).`,
  );
  console.log(`Load average at the end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}.`);
} finally {
  await (site ?? server).stop();
}
