// The server the end-to-end tests drive: the built site and a fresh PocketBase (temporary data,
// the port Playwright chose), with one staff account per office the tests sign in with.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { PROJECT_ROOT, startPocketBase } from '../../pocketbase/scripts/server.ts';
import { E2E_OPERATOR, E2E_STAFF } from './e2e-accounts.ts';
import { relaxRateLimits } from './pocketbase.ts';
import { ensureFreshBuild } from './fresh-build.ts';

const port = process.env['LAYANAN_E2E_PORT'];
const password = process.env['LAYANAN_E2E_STAFF_PASSWORD'];
if (!port || !password) throw new Error('Run through `playwright test`: LAYANAN_E2E_PORT and LAYANAN_E2E_STAFF_PASSWORD are set by playwright.config.ts.');

ensureFreshBuild();
const dataDir = mkdtempSync(join(tmpdir(), 'layanan-e2e-'));
const superuser = { email: 'admin@e2e.test', password };
const server = await startPocketBase({
  dataDir,
  http: `127.0.0.1:${port}`,
  superuser,
  siteDir: `${PROJECT_ROOT}dist`,
  // Many tests look statuses up from one address; the limit itself is tested in tests/integration.
  env: { LAYANAN_STATUS_RATE_LIMIT: '10000/60' },
});

const stop = async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const pb = new PocketBase(server.url);
await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
await relaxRateLimits(pb);
for (const staff of E2E_STAFF) {
  const agency = await pb.collection('agencies').getFirstListItem(pb.filter('slug = {:slug}', { slug: staff.agency }));
  await pb.collection('staff').create({ email: staff.email, password, passwordConfirm: password, name: staff.name, role: staff.role, agency: agency.id, verified: true });
}
const village = await pb.collection('villages').getFirstListItem(pb.filter('code = {:code}', { code: E2E_OPERATOR.villageCode }));
await pb.collection('operators').create({ email: E2E_OPERATOR.email, password, passwordConfirm: password, name: E2E_OPERATOR.name, phone: E2E_OPERATOR.phone, village: village.id, verified: true });
console.log(`e2e server ready at ${server.url}`);
