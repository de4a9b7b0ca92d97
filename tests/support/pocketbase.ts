// A real PocketBase for a test file: temporary data folder, free port, the project's
// migrations and hooks, services synced from the built feed. No mocks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import PocketBase from 'pocketbase';
import { freePort, startPocketBase, PROJECT_ROOT, type Superuser } from '../../pocketbase/scripts/server.ts';
import { syncServices } from '../../pocketbase/scripts/sync-services.ts';

export interface TestPocketBase {
  url: string;
  dataDir: string;
  superuser: Superuser;
  /** A client authenticated as superuser. */
  admin: PocketBase;
  stop(): Promise<void>;
}

export async function startTestPocketBase(options: { env?: Record<string, string>; siteDir?: string } = {}): Promise<TestPocketBase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'layanan-pb-'));
  const superuser = { email: 'admin@test.local', password: randomBytes(12).toString('hex') };
  const server = await startPocketBase({
    dataDir,
    http: `127.0.0.1:${await freePort()}`,
    superuser,
    siteDir: options.siteDir ?? `${PROJECT_ROOT}dist`,
    env: options.env,
  });
  const admin = new PocketBase(server.url);
  admin.autoCancellation(false);
  await admin.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  await syncServices(admin);
  return {
    url: server.url,
    dataDir,
    superuser,
    admin,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function client(url: string): PocketBase {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  return pb;
}

export interface StaffAccount {
  id: string;
  email: string;
  password: string;
  pb: PocketBase;
}

/** Creates a staff account of an office (by slug) and returns a client signed in as it. */
export async function createStaff(server: TestPocketBase, agencySlug: string, role: 'petugas' | 'kepala_bidang' = 'petugas'): Promise<StaffAccount> {
  const agency = await server.admin.collection('agencies').getFirstListItem(server.admin.filter('slug = {:slug}', { slug: agencySlug }));
  const email = `${role}.${agencySlug}.${randomBytes(4).toString('hex')}@test.local`;
  const password = randomBytes(12).toString('hex');
  const record = await server.admin.collection('staff').create({ email, password, passwordConfirm: password, name: `Petugas ${agencySlug}`, role, agency: agency.id, verified: true });
  const pb = client(server.url);
  await pb.collection('staff').authWithPassword(email, password);
  return { id: record.id, email, password, pb };
}

export async function serviceBySlug(server: TestPocketBase, slug: string) {
  return server.admin.collection('services').getFirstListItem(server.admin.filter('slug = {:slug}', { slug }));
}
