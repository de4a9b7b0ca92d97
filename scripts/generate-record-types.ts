// `npm run generate:records`: migrates a temporary PocketBase, reads its collections and writes
// src/domain/records.ts (scripts/record-types.ts). Run it after adding a migration.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import PocketBase from 'pocketbase';
import { freePort, PROJECT_ROOT, startPocketBase } from '../pocketbase/scripts/server.ts';
import { recordTypesSource, type SchemaCollection } from './record-types.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'layanan-types-'));
const superuser = { email: 'types@localhost.test', password: randomBytes(12).toString('hex') };
const server = await startPocketBase({
  dataDir,
  http: `127.0.0.1:${await freePort()}`,
  superuser,
  siteDir: process.env['LAYANAN_OUT_DIR'] ?? `${PROJECT_ROOT}dist`,
});
try {
  const pb = new PocketBase(server.url);
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  const collections = (await pb.collections.getFullList()) as unknown as SchemaCollection[];
  writeFileSync(`${PROJECT_ROOT}src/domain/records.ts`, recordTypesSource(collections));
  console.log('src/domain/records.ts ditulis ulang dari skema PocketBase.');
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
