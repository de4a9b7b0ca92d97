// What the benches share: autocannon rounds that keep every successful latency, medians and
// percentiles, and a PocketBase without the limits that would throttle one load generator.
import autocannon from 'autocannon';
import { createStaff, serviceBySlug, type TestPocketBase } from '../tests/support/pocketbase.ts';

export interface Round {
  requestsPerSecond: number;
  latencies: number[];
  failures: number;
}

export async function round(options: autocannon.Options): Promise<Round> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  return {
    requestsPerSecond: result.requests.average,
    latencies,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

// A round where nothing succeeded has no latency: NaN, so the table prints it beside its failures.
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
export const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
};

/** Median requests/s, p50 and p95 over rounds, and every failure. */
export function summarize(rounds: Round[]) {
  const latencies = rounds.flatMap((one) => one.latencies);
  return {
    requestsPerSecond: median(rounds.map((one) => one.requestsPerSecond)),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    failures: rounds.reduce((sum, one) => sum + one.failures, 0),
  };
}

/**
 * PocketBase's rate limits are per client, and one load generator is one client: every rule raised
 * out of reach and the catch-all "/api/" rule removed. The limiter itself still runs, as in production.
 */
export async function unthrottled(server: TestPocketBase): Promise<void> {
  const settings = await server.admin.settings.getAll();
  const rules = settings['rateLimits'].rules
    .filter((rule: { label: string }) => rule.label !== '/api/')
    .map((rule: object) => ({ ...rule, maxRequests: 100_000_000 }));
  await server.admin.settings.update({ rateLimits: { ...settings['rateLimits'], rules } });
}

/**
 * A counter clerk of the demo office and the request they register in every bench: its phone ends
 * in 4821, the digits its status lookup gives.
 */
export async function benchCounter(server: TestPocketBase) {
  const staff = await createStaff(server, 'dinsos-p3a-purwakarta');
  const service = await serviceBySlug(server, 'rujukan-ppks-terlantar');
  const requestBody = {
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Pemohon Uji Beban',
    applicant_phone: '0812-0000-4821',
  };
  const register = () => staff.pb.collection('requests').create(requestBody);
  return { staff, service, requestBody, register };
}

/** The public status lookup of a request registered by `benchCounter`, as autocannon sends it. */
export const statusLookupOf = (request: { [field: string]: unknown }) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ number: request['number'], verifier: '4821' }),
});

/** Resident memory of a process in MB (Linux). */
export async function residentMegabytes(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const kilobytes = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
  return Math.round(kilobytes / 1024);
}
