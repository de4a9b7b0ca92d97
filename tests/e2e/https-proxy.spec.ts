// The deployment of deploy/ on this machine: Caddy with deploy/Caddyfile in front of PocketBase,
// HTTPS from Caddy's own CA (trusted by Chromium and Node for exactly this run, not ignored),
// everything a resident, a village and an attacker do going through the proxy.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { formatRequestNumber } from '../../src/domain/request-number';
import type { SiteHeaders } from '../../src/lib/security-headers';
import { trustedRequest } from '../support/caddy.ts';
import { createE2eAccounts } from '../support/e2e-accounts.ts';
import { createStaff, serviceBySlug } from '../support/pocketbase.ts';
import { startProxiedSite, type ProxiedSite } from '../support/proxied-site.ts';
import { expect, feed, test as base, waitForIslands } from './fixtures';
import { fillToCheckAnswers, signInAsOperator, writeProposalFiles } from './proposal-steps';

const root = new URL('../../', import.meta.url).pathname;
const siteHeaders = JSON.parse(readFileSync(`${root}dist/_headers.json`, 'utf8')) as SiteHeaders;
// Few lookups per client, so that the test can exhaust them.
const STATUS_LIMIT = 3;

const test = base.extend<object, { site: ProxiedSite }>({
  site: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern; this one has none.
    async ({}, use) => {
      const site = await startProxiedSite({ LAYANAN_STATUS_RATE_LIMIT: `${STATUS_LIMIT}/60` });
      await createE2eAccounts(site.pocketbase.admin, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
      await use(site);
      await site.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  // Chromium accepts certificates from this run's CA (its intermediate's key), as if it were a public one.
  launchOptions: [
    async ({ launchOptions, site }, use) =>
      use({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), `--ignore-certificate-errors-spki-list=${site.caddy.intermediateSpki}`],
      }),
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, use) => use(site.url),
});

// One proxy and server for the file.
test.describe.configure({ mode: 'default' });
test.use({ serviceWorkers: 'allow' });

const get = (
  site: ProxiedSite,
  path: string,
  options: { headers?: Record<string, string>; localAddress?: string; method?: string; body?: string } = {},
) => trustedRequest(`${site.url}${path}`, { ca: site.caddy.rootCertificate, ...options });

test("pages come over HTTPS with the build's headers, compressed; hashed assets cached a year, sw.js revalidated by its ETag; plain HTTP redirects", async ({
  site,
}) => {
  const page = await get(site, '/', { headers: { 'Accept-Encoding': 'zstd, gzip' } });
  expect(page.status).toBe(200);
  expect(page.headers['content-encoding']).toBe('zstd');
  for (const [name, value] of Object.entries({ ...siteHeaders.all, ...siteHeaders.https }))
    expect(page.headers[name.toLowerCase()], name).toBe(value);
  expect(page.headers['server']).toBeUndefined();
  const [formPath, formHeaders] = Object.entries(siteHeaders.byPath).find(([, set]) => 'Permissions-Policy' in set)!;
  expect((await get(site, formPath)).headers['permissions-policy']).toBe(formHeaders['Permissions-Policy']);

  // The site's own 404 page, with the same headers; the header files themselves are not served.
  const missing = await get(site, '/tidak-ada/');
  expect(missing.status).toBe(404);
  expect(missing.body.toString('utf8')).toContain('Halaman tidak ditemukan');
  expect(missing.headers['content-security-policy']).toBe(siteHeaders.all['Content-Security-Policy']);
  expect((await get(site, '/_headers.json')).status).toBe(404);

  const asset = (await get(site, '/')).body.toString('utf8').match(/\/_astro\/[^"]+\.js/)![0];
  const script = await get(site, asset, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script.headers['content-encoding']).toBe('gzip');
  // The service worker is asked for again by its ETag (tests/integration/site-revalidation.test.ts: PocketBase's the same).
  const worker = await get(site, '/sw.js');
  expect(worker.headers['etag']).toMatch(/^".+"$/);
  expect((await get(site, '/sw.js', { headers: { 'If-None-Match': worker.headers['etag'] as string } })).status).toBe(
    304,
  );

  // The API is PocketBase's, through the proxy: its own headers, and the readiness route.
  const ready = await get(site, '/api/layanan/siap');
  expect(ready.json()).toEqual({ status: 'siap', checks: { database: 'ok', site: 'ok', disk: 'ok', uploads: 'ok' } });
  expect(ready.headers['cache-control']).toBe('no-store');
  // The backup service's reports never come through the proxy.
  expect((await get(site, '/api/layanan/cadangan/detak?salinan=berkas')).status).toBe(404);

  const redirect = await new Promise<{ status: number; location: URL }>((resolve, reject) =>
    httpRequest(`${site.httpUrl}/cek-status/`, (response) => {
      response.resume();
      resolve({ status: response.statusCode!, location: new URL(response.headers.location!) });
    })
      .on('error', reject)
      .end(),
  );
  // To the same page over HTTPS (on port 443, as in production: Caddy leaves the test's port out).
  expect([redirect.status, redirect.location.protocol, redirect.location.hostname, redirect.location.pathname]).toEqual(
    [308, 'https:', 'localhost', '/cek-status/'],
  );
});

test('the service worker installs over HTTPS, and the site then reads offline', async ({ page, context }) => {
  // A first visit from a poster's QR code keeps that kabupaten's pages (src/service-worker/packs.ts).
  const [opened, service] = feed.services.filter((candidate) => candidate.agency === feed.services[0]!.agency);
  await page.goto(`/layanan/${opened!.id}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  expect(await page.evaluate(() => location.protocol)).toBe('https:');
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan untuk dibaca tanpa sinyal' })).toBeVisible();
  await context.setOffline(true);
  const response = await page.goto(`/layanan/${service!.id}/`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toHaveText(service!.title);
  await context.setOffline(false);
});

test('a resident looks a request up through the proxy', async ({ page, site }) => {
  const staff = await createStaff(site.pocketbase, 'dinsos-p3a-purwakarta');
  const service = await serviceBySlug(site.pocketbase, 'kedaruratan-ppks');
  const request = await staff.pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Warga Uji',
    applicant_phone: '0812-3456-7890',
  });
  await page.goto(`/cek-status/?no=${request['number']}`);
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill('7890');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('.status-result')).toContainText('Langkah 1 dari');
});

test("a resident answers the counter survey through the proxy; another website's form cannot", async ({
  page,
  site,
}) => {
  await page.goto('/survei/dinsos-p3a-purwakarta/');
  await waitForIslands(page);
  await page.getByLabel('Layanan yang Anda terima').selectOption('kedaruratan-ppks');
  await page.locator('.survey-form fieldset').first().getByRole('radio').last().check();
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page.locator('#survei-terkirim')).toBeFocused();
  const elsewhere = await get(site, '/api/layanan/survei/loket', {
    method: 'POST',
    headers: { Origin: 'https://penipu.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'service=kedaruratan-ppks&persyaratan=1',
  });
  expect(elsewhere.status).toBe(403);
});

test('a village sends a proposal of several megabytes through the proxy', async ({ page, site }) => {
  test.setTimeout(90_000);
  const files = await writeProposalFiles({ letterBytes: 6 * 1024 * 1024 });
  const chronology = `Longsor (uji lewat proxy ${Date.now()}).`;
  await signInAsOperator(page);
  await fillToCheckAnswers(page, chronology, files);
  await page.getByRole('button', { name: 'Kirim usulan' }).click();
  await expect(page.locator('.receipt').getByRole('heading', { name: 'Usulan terkirim' })).toBeVisible({
    timeout: 60_000,
  });

  const admin = site.pocketbase.admin;
  const [proposal] = await admin
    .collection('proposals')
    .getFullList({ filter: admin.filter('chronology = {:chronology}', { chronology }) });
  const stored = Buffer.from(
    await (
      await fetch(
        admin.files.getURL(proposal!, proposal!['doc_request_letter'][0], { token: await admin.files.getToken() }),
      )
    ).arrayBuffer(),
  );
  const sent = readFileSync(files.letter);
  expect(stored.length).toBe(sent.length);
  expect(createHash('sha256').update(stored).digest('hex')).toBe(createHash('sha256').update(sent).digest('hex'));
});

test('the rate limiter and the sign-in guard see each client, not the proxy', async ({ site }) => {
  // Every 127.x.y.z address is this machine: three clients.
  const lookUp = (localAddress: string, index: number) =>
    get(site, '/api/layanan/status', {
      localAddress,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        number: formatRequestNumber('PWK', `K${localAddress.slice(-1)}${String(index).padStart(6, '0')}`),
        verifier: '1234',
      }),
    });
  const first: number[] = [];
  for (let index = 0; index <= STATUS_LIMIT; index++) first.push((await lookUp('127.0.0.2', index)).status);
  expect(first).toEqual([...Array(STATUS_LIMIT).fill(404), 429]);
  // Another client is not held back by the first one's limit.
  expect((await lookUp('127.0.0.3', 0)).status).toBe(404);

  const failed = await get(site, '/api/collections/staff/auth-with-password', {
    localAddress: '127.0.0.4',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identity: 'tidak.ada@e2e.test', password: 'salah-sekali-123' }),
  });
  expect(failed.status).toBe(400);
  const entries = await site.pocketbase.admin
    .collection('audit_log')
    .getFullList({ filter: 'target_label = "tidak.ada@e2e.test"' });
  expect(entries.map((entry) => entry['detail']['address'])).toEqual(['127.0.0.4']);
});

test('the dashboard and the superuser sign-in answer only the allowed addresses', async ({ site }) => {
  const signIn = (localAddress: string) =>
    get(site, '/api/collections/_superusers/auth-with-password', {
      localAddress,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identity: site.pocketbase.superuser.email, password: site.pocketbase.superuser.password }),
    });
  const outside = await get(site, '/_/', { localAddress: '127.0.0.2' });
  expect(outside.status).toBe(403);
  expect(outside.body.toString('utf8')).toBe('Dasbor hanya dapat dibuka dari jaringan kantor.');
  expect((await signIn('127.0.0.2')).status).toBe(403);

  const inside = await get(site, '/_/', { localAddress: '127.0.0.1' });
  expect(inside.status).toBe(200);
  expect(inside.body.toString('utf8')).toContain('<title>PocketBase</title>');
  expect((await signIn('127.0.0.1')).status).toBe(200);
});
