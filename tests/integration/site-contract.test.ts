// The server starts from the build it serves. Change a service's steps in content/, rebuild,
// restart PocketBase — no other command — and new requests follow the new steps while an open
// request keeps its own; a build that would orphan open requests, or no build at all, stops the start.
// The changed build is the site's second version (tests/support/site-builds.ts), which
// tests/e2e/pwa-update.spec.ts deploys too; the build without a service is this project's with the
// service left out of its feeds, which are all the server reads of a build.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startPocketBase, PROJECT_ROOT, type RunningPocketBase } from '../../pocketbase/scripts/server.ts';
import { client, relaxRateLimits } from '../support/pocketbase';
import { BUILD_TIMEOUT, CHANGED_SERVICE, secondVersionBuild } from '../support/site-builds';
import { SITE_CONTRACT_FILES } from '../../src/domain/site-contract';
import type { StatusLookupAnswer } from '../../src/domain/public-status';

const SERVICE = CHANGED_SERVICE.id;
const OLD_STEPS = [...CHANGED_SERVICE.steps];
const NEW_STEP = CHANGED_SERVICE.addedStep;

const work = mkdtempSync(join(tmpdir(), 'layanan-contract-'));
const dataDir = join(work, 'pb_data');
const superuser = { email: 'admin@contract.test', password: 'kata-sandi-uji-kontrak' };
let server: RunningPocketBase | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/**
 * The project's build as a build from content without `service` would be: every file the same but
 * the feeds, where the service and the service points' mentions of it are left out.
 */
function buildWithout(service: string): string {
  const site = join(work, 'site-without-service');
  const built = join(PROJECT_ROOT, 'dist');
  mkdirSync(site);
  for (const entry of readdirSync(built)) if (entry !== 'data') symlinkSync(join(built, entry), join(site, entry));
  cpSync(join(built, 'data'), join(site, 'data'), { recursive: true });
  const rewrite = <T>(file: string, change: (feed: T) => T) =>
    writeFileSync(join(site, file), JSON.stringify(change(JSON.parse(readFileSync(join(site, file), 'utf8')) as T)));
  rewrite<{ services: { id: string }[] }>(SITE_CONTRACT_FILES.services, (feed) => ({
    ...feed,
    services: feed.services.filter((candidate) => candidate.id !== service),
  }));
  rewrite<{ services: string[] }[]>(SITE_CONTRACT_FILES.servicePoints, (points) =>
    points.map((point) => ({ ...point, services: point.services.filter((candidate) => candidate !== service) })),
  );
  return site;
}

async function serve(siteDir: string): Promise<{ server: RunningPocketBase; admin: PocketBase }> {
  const started = await startPocketBase({ dataDir, http: `127.0.0.1:${await freePort()}`, superuser, siteDir });
  const admin = client(started.url);
  await admin.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  await relaxRateLimits(admin);
  return { server: started, admin };
}

async function lookup(url: string, number: string): Promise<StatusLookupAnswer> {
  const response = await fetch(`${url}/api/layanan/status`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ number, verifier: '3187' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as StatusLookupAnswer;
}

let staffEmail: string;
const staffPassword = 'kata-sandi-petugas-uji';

async function signInStaff(url: string) {
  const pb = client(url);
  await pb.collection('staff').authWithPassword(staffEmail, staffPassword);
  return pb;
}

async function register(url: string, admin: PocketBase) {
  const service = await admin
    .collection('services')
    .getFirstListItem(admin.filter('slug = {:slug}', { slug: SERVICE }));
  const staff = await signInStaff(url);
  return staff.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Siti Aminah',
    applicant_phone: '0812-2044-3187',
  });
}

let changedSite: string;
beforeAll(async () => {
  changedSite = await secondVersionBuild();
}, BUILD_TIMEOUT);

describe('the server starts from the build it serves', () => {
  let openRequest: { id: string; number: string };

  beforeAll(async () => {
    const first = await serve(join(PROJECT_ROOT, 'dist'));
    server = first.server;
    const agency = await first.admin.collection('agencies').getFirstListItem('slug = "dinsos-p3a-purwakarta"');
    staffEmail = `kabid.${Date.now()}@contract.test`;
    await first.admin.collection('staff').create({
      email: staffEmail,
      password: staffPassword,
      passwordConfirm: staffPassword,
      name: 'Kabid Uji',
      role: 'kepala_bidang',
      agency: agency.id,
      verified: true,
    });
    const created = await register(server.url, first.admin);
    openRequest = { id: created.id, number: created['number'] };
  }, 60_000);

  it('takes services and steps from the build at start, with no sync command', async () => {
    const answer = await lookup(server!.url, openRequest.number);
    expect(answer.steps).toEqual(OLD_STEPS);
  });

  it('after content changes, a rebuild and a restart: new requests get the new steps, the open one keeps its own', async () => {
    await server!.stop();
    const restarted = await serve(changedSite);
    server = restarted.server;

    const fresh = await register(server.url, restarted.admin);
    expect(fresh['steps']).toEqual([...OLD_STEPS, NEW_STEP]);
    expect((await lookup(server.url, fresh['number'])).steps).toEqual([...OLD_STEPS, NEW_STEP]);

    const staff = await signInStaff(server.url);
    expect((await staff.collection('requests').getOne(openRequest.id))['steps']).toEqual(OLD_STEPS);
    expect((await lookup(server.url, openRequest.number)).steps).toEqual(OLD_STEPS);
    // The open request cannot be moved to a step its own standard never had …
    const beyond = await staff
      .collection('request_events')
      .create({ request: openRequest.id, step: 3, status: 'diproses', staff: staff.authStore.record!.id })
      .catch((error) => error);
    expect(beyond.status).toBe(400);
    expect(beyond.response.data.step.message).toContain('hanya punya 2 langkah');
    // … and finishes on its own last step, while the new one has three.
    await staff
      .collection('request_events')
      .create({ request: openRequest.id, step: 2, status: 'selesai', staff: staff.authStore.record!.id });
    await staff
      .collection('request_events')
      .create({ request: fresh.id, step: 3, status: 'diproses', staff: staff.authStore.record!.id });
    expect((await lookup(server.url, openRequest.number)).status).toBe('selesai');
    expect((await lookup(server.url, fresh['number'])).currentStep).toBe(3);
  }, 120_000);

  it('refuses to start on a build that leaves out a service with open requests, naming the request', async () => {
    const staff = await signInStaff(server!.url);
    const open = (await staff.collection('requests').getFirstListItem('status != "selesai" && status != "ditolak"'))[
      'number'
    ];
    const withoutService = buildWithout(SERVICE);
    await server!.stop();
    server = undefined;
    const refusal = await serve(withoutService).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toContain(
      `Layanan ${SERVICE} tidak ada lagi di build, tetapi 1 permohonan belum selesai (${open})`,
    );
  }, 120_000);

  it('refuses to start without a build, saying what to do', async () => {
    const refusal = await serve(join(work, 'no-such-build')).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toContain('Build situs tidak lengkap');
    expect((refusal as Error).message).toContain('npm run build');
  });
});
