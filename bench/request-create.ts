// How many requests the counter can register per second: POST /api/collections/requests/records
// as staff, which runs the hooks (number, steps, due date, first timeline entry, public status)
// and writes the audit trail. Interleaved rounds at two concurrencies, medians reported.
//   npm run bench:create        (needs a build; starts its own PocketBase)
import { startTestPocketBase } from '../tests/support/pocketbase.ts';
import { benchCounter, round, summarize, unthrottled, type Round } from './load.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const CONCURRENCIES = [10, 50];

const server = await startTestPocketBase();
try {
  await unthrottled(server);
  const { staff, requestBody } = await benchCounter(server);
  const options = {
    url: `${server.url}/api/collections/requests/records`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: staff.pb.authStore.token },
    body: JSON.stringify(requestBody),
  };
  await round({ ...options, connections: 10, duration: 2 }); // warm-up
  const rounds = new Map(CONCURRENCIES.map((connections) => [connections, [] as Round[]]));
  for (let index = 0; index < ROUNDS; index++) {
    for (const connections of CONCURRENCIES)
      rounds.get(connections)!.push(await round({ ...options, connections, duration: SECONDS }));
  }
  const total = (await server.admin.collection('requests').getList(1, 1)).totalItems;

  console.log(
    `\nRequest registration benchmark — ${ROUNDS} interleaved rounds of ${SECONDS} s, rate limits out of reach, ${total} requests in the database at the end\n`,
  );
  console.log('| connections | requests created/s (median) | p50 ms | p95 ms | failed |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const connections of CONCURRENCIES) {
    const row = summarize(rounds.get(connections)!);
    console.log(
      `| ${connections} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.failures} |`,
    );
  }
} finally {
  await server.stop();
}
