// The server the end-to-end tests drive: the built site and a fresh PocketBase (temporary data,
// the port Playwright chose), with one staff account per office the tests sign in with.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { PROJECT_ROOT, startPocketBase } from '../../pocketbase/scripts/server.ts';
import { createE2eAccounts } from './e2e-accounts.ts';
import { relaxRateLimits, removeDataDir } from './pocketbase.ts';
import { ensureFreshBuild } from './fresh-build.ts';

const port = process.env['LAYANAN_E2E_PORT'];
const password = process.env['LAYANAN_E2E_STAFF_PASSWORD'];
if (!port || !password)
  throw new Error(
    'Run through `playwright test`: LAYANAN_E2E_PORT and LAYANAN_E2E_STAFF_PASSWORD are set by playwright.config.ts.',
  );

await ensureFreshBuild();
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
  removeDataDir(dataDir);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const pb = new PocketBase(server.url);
await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
await relaxRateLimits(pb);
await createE2eAccounts(pb, password);
console.log(`e2e server ready at ${server.url}`);
