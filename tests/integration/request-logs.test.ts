// PocketBase's request log grows about 3 KB an API request. Residents' status lookups are the most
// frequent by far, and an answered one tells an office nothing: only lookups that fail are logged,
// unless the deployment asks for every one (LAYANAN_LOG_STATUS_LOOKUPS=1). Staff work is logged as before.
import { afterEach, describe, expect, it } from 'vitest';
import { createStaff, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';

let server: TestPocketBase | undefined;
afterEach(() => server?.stop());

const lookUp = (url: string, body: string) =>
  fetch(`${url}/api/layanan/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

/** An answered lookup, a failed one and a staff request; then the log, once PocketBase has written the staff request (it writes in batches). */
async function logAfterTraffic(running: TestPocketBase): Promise<string[]> {
  const staff = await createStaff(running, 'dinsos-p3a-purwakarta');
  expect((await lookUp(running.url, JSON.stringify({ number: 'PWK-7KX3-Q9MD-8', verifier: '1234' }))).status).toBe(404);
  expect((await lookUp(running.url, '{')).status).toBe(400);
  await staff.pb.collection('requests').getList(1, 1);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const logs = await running.admin.logs.getList(1, 200, { sort: '-created', filter: 'data.url ~ "/api/"' });
    const lines = logs.items.map(
      (log) => `${log.data['method']} ${String(log.data['url']).replace(/\?.*/, '')} ${log.data['status']}`,
    );
    if (lines.includes('GET /api/collections/requests/records 200') || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('request logs', () => {
  it('keep staff work and failed lookups, not each answered lookup', async () => {
    server = await startTestPocketBase();
    const logged = await logAfterTraffic(server);
    expect(logged).toContain('GET /api/collections/requests/records 200');
    // PocketBase logs a failure before its status is written: 0.
    expect(logged).toContain('POST /api/layanan/status 0');
    expect(logged).not.toContain('POST /api/layanan/status 404');
  });

  it('keep every lookup when the deployment asks for them', async () => {
    server = await startTestPocketBase({ env: { LAYANAN_LOG_STATUS_LOOKUPS: '1' } });
    expect(await logAfterTraffic(server)).toContain('POST /api/layanan/status 404');
  });
});
