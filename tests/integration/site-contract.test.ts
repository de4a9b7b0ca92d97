// The server starts from the build it serves. Change a service's steps in content/, rebuild,
// restart PocketBase — no other command — and new requests follow the new steps while an open
// request keeps its own; a build that would orphan open requests, or no build at all, stops the start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startPocketBase, PROJECT_ROOT, type RunningPocketBase } from '../../pocketbase/scripts/server.ts';
import { client, relaxRateLimits } from '../support/pocketbase';
import { projectWorkspace } from '../support/workspace';
import type { StatusLookupAnswer } from '../../src/domain/public-status';

const SERVICE = 'pengecekan-status-dtks-bansos';
const OLD_STEPS = ['Menyerahkan dokumen kependudukan untuk dicek', 'Petugas memberikan informasi hasil pengecekan'];
const NEW_STEP = 'Petugas mencetak bukti hasil pengecekan';

const work = mkdtempSync(join(tmpdir(), 'layanan-contract-'));
const dataDir = join(work, 'pb_data');
const workspace = projectWorkspace();
const superuser = { email: 'admin@contract.test', password: 'kata-sandi-uji-kontrak' };
let server: RunningPocketBase | undefined;

afterAll(async () => {
  await server?.stop();
  workspace.remove();
  rmSync(work, { recursive: true, force: true });
});

/** `astro build` of the workspace's content into its own folder (the feeds are all the server reads). */
function buildSite(name: string): string {
  const outDir = join(work, name);
  const run = spawnSync(join(workspace.dir, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: workspace.dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      LAYANAN_OUT_DIR: outDir,
      LAYANAN_CACHE_DIR: join(work, `cache-${name}`),
    },
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}${run.stderr}`);
  return outDir;
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
    workspace.editContent(`services/${SERVICE}.md`, (text) =>
      text.replace(
        '    - Petugas memberikan informasi hasil pengecekan\n',
        `    - Petugas memberikan informasi hasil pengecekan\n    - ${NEW_STEP}\n`,
      ),
    );
    const changedSite = buildSite('site-changed');
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
    workspace.removeContent(`services/${SERVICE}.md`);
    workspace.editContent('service-points.yaml', (text) => text.replace(/pengecekan-status-dtks-bansos, /g, ''));
    workspace.editContent('glossary.yaml', (text) =>
      text.replace(
        /services: \[(.*)\]/g,
        (_, ids: string) =>
          `services: [${ids
            .split(', ')
            .filter((id) => id !== SERVICE)
            .join(', ')}]`,
      ),
    );
    const withoutService = buildSite('site-without-service');
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
