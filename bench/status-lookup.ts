// Load on the public status lookup versus PocketBase's plain view of one record, on the same
// server in the same run: requests/s and p95 latency at 50 connections, and their ratio.
// Endpoints are measured in interleaved rounds (medians reported) because a 2-core machine that
// also runs the load generator is noisy.
//   npm run bench:status        (needs a build; starts its own PocketBase)
import autocannon from 'autocannon';
import { startTestPocketBase } from '../tests/support/pocketbase.ts';
import { benchCounter, round, statusLookupOf, summarize, unthrottled, type Round } from './load.ts';

const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const STATUS_LIMIT = '100000000/60';

const server = await startTestPocketBase({ env: { LAYANAN_STATUS_RATE_LIMIT: STATUS_LIMIT } });
try {
  await unthrottled(server);

  const { staff, service, register } = await benchCounter(server);
  const request = await register();
  for (const step of [2, 3, 4])
    await staff.pb
      .collection('request_events')
      .create({ request: request.id, step, status: 'diproses', public_note: `Langkah ${step}.`, staff: staff.id });

  const endpoints: { name: string; options: autocannon.Options }[] = [
    {
      name: 'status lookup — POST /api/layanan/status',
      options: { url: `${server.url}/api/layanan/status`, ...statusLookupOf(request) },
    },
    {
      name: 'record view, public — GET services/records/:id',
      options: { url: `${server.url}/api/collections/services/records/${service.id}` },
    },
    {
      name: 'record view, staff — GET requests/records/:id',
      options: {
        url: `${server.url}/api/collections/requests/records/${request.id}`,
        headers: { authorization: staff.pb.authStore.token },
      },
    },
  ];

  for (const endpoint of endpoints) await autocannon({ ...endpoint.options, connections: CONNECTIONS, duration: 2 }); // warm-up
  const rounds = new Map(endpoints.map((endpoint) => [endpoint.name, [] as Round[]]));
  for (let index = 0; index < ROUNDS; index++) {
    for (const endpoint of endpoints)
      rounds
        .get(endpoint.name)!
        .push(await round({ ...endpoint.options, connections: CONNECTIONS, duration: SECONDS }));
  }

  const rows = endpoints.map((endpoint) => ({ name: endpoint.name, ...summarize(rounds.get(endpoint.name)!) }));

  console.log(
    `\nStatus lookup benchmark — ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s, rate limits out of reach\n`,
  );
  console.log('| endpoint | requests/s (median) | p50 ms | p95 ms | non-2xx |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows)
    console.log(
      `| ${row.name} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.failures} |`,
    );
  const [lookup, publicView, staffView] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
  console.log(
    `\nlookup / public view: ${((lookup.requestsPerSecond / publicView.requestsPerSecond) * 100).toFixed(0)} %`,
  );
  console.log(
    `lookup / staff view:  ${((lookup.requestsPerSecond / staffView.requestsPerSecond) * 100).toFixed(0)} %   (target ≥ 80 %)`,
  );
  console.log(`lookup p95: ${lookup.p95.toFixed(1)} ms   (target < 50 ms)`);
} finally {
  await server.stop();
}
