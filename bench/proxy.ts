// What Caddy in front costs and gives (deploy/): the status lookup straight to PocketBase and
// through Caddy over HTTPS, and the home page from PocketBase's site route and from Caddy's file
// server, compressed. Interleaved rounds, medians; resident memory of both at the end.
//   npm run bench:proxy         (needs a build and Caddy; starts PocketBase and Caddy)
import type autocannon from 'autocannon';
import { startProxiedSite } from '../tests/support/proxied-site.ts';
import { benchCounter, residentMegabytes, round, statusLookupOf, summarize, unthrottled, type Round } from './load.ts';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);

const site = await startProxiedSite({ LAYANAN_STATUS_RATE_LIMIT: '100000000/60' });
try {
  const server = site.pocketbase;
  await unthrottled(server);
  const lookup = statusLookupOf(await (await benchCounter(server)).register());
  const page = { headers: { 'accept-encoding': 'zstd, gzip' } };
  const endpoints: { name: string; options: autocannon.Options }[] = [
    {
      name: 'status lookup, straight to PocketBase (HTTP)',
      options: { url: `${server.url}/api/layanan/status`, ...lookup },
    },
    { name: 'status lookup through Caddy (HTTPS)', options: { url: `${site.url}/api/layanan/status`, ...lookup } },
    {
      name: 'home page from PocketBase (HTTP, gzip)',
      options: { url: `${server.url}/`, headers: { 'accept-encoding': 'gzip' } },
    },
    { name: 'home page from Caddy (HTTPS, zstd)', options: { url: `${site.url}/`, ...page } },
  ];
  for (const endpoint of endpoints) await round({ ...endpoint.options, connections: CONNECTIONS, duration: 2 }); // warm-up
  const rounds = new Map(endpoints.map((endpoint) => [endpoint.name, [] as Round[]]));
  for (let index = 0; index < ROUNDS; index++) {
    for (const endpoint of endpoints)
      rounds
        .get(endpoint.name)!
        .push(await round({ ...endpoint.options, connections: CONNECTIONS, duration: SECONDS }));
  }
  const memory = {
    pocketbase: await residentMegabytes(server.process.pid!),
    caddy: await residentMegabytes(site.caddy.pid),
  };

  console.log(
    `\nProxy benchmark — ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s, rate limits out of reach\n`,
  );
  console.log('| endpoint | requests/s (median) | p50 ms | p95 ms | failed |');
  console.log('|---|---:|---:|---:|---:|');
  for (const endpoint of endpoints) {
    const row = summarize(rounds.get(endpoint.name)!);
    console.log(
      `| ${endpoint.name} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.failures} |`,
    );
  }
  console.log(`\nresident memory after the runs: PocketBase ${memory.pocketbase} MB, Caddy ${memory.caddy} MB`);
} finally {
  await site.stop();
}
