import type { Page } from '@playwright/test';
import { expect, feed, servicePoints, test, waitForIslands } from './fixtures';
import { formatRequestNumber } from '../../src/domain/request-number';

const WELL_FORMED_NUMBER = formatRequestNumber('PWK', '7KX3Q9MD');
const PURWAKARTA = feed.agencies.find((agency) => agency.id === 'dinsos-p3a-purwakarta')!;
const BANJARNEGARA = feed.agencies.find((agency) => agency.id === 'dinsos-pppa-banjarnegara')!;
const servicesOf = (agencyId: string) => feed.services.filter((service) => service.agency === agencyId);

test.use({ serviceWorkers: 'allow' });

/** The first visit: a resident opens a page (a service page, from a poster's QR code) and the service worker installs. */
async function visitOnce(page: Page, path = `/layanan/${servicesOf(PURWAKARTA.id)[0]!.id}/`) {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** The notice the first visit shows once its kabupaten is kept. */
const keptNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Tersimpan untuk dibaca tanpa sinyal' });

test('after one visit every service page of the kabupaten, its office and search read without a connection', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await visitOnce(page);
  await expect(keptNotice(page)).toContainText(
    `Dinsos P3A Kab. Purwakarta (${servicesOf(PURWAKARTA.id).length} layanan)`,
  );
  await context.setOffline(true);

  for (const service of servicesOf(PURWAKARTA.id)) {
    const response = await page.goto(`/layanan/${service.id}/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveText(service.title);
  }
  await page.goto(`/instansi/${PURWAKARTA.id}/`);
  await expect(page.locator('h1')).toHaveText(PURWAKARTA.name);
  await expect(page.locator('#simpan-luring')).toContainText('Sudah tersimpan di perangkat ini');

  await page.goto('/cari/?q=bencana');
  await waitForIslands(page);
  await expect(page.getByText('Tanpa sinyal: hasil dari kantor yang tersimpan di perangkat ini.')).toBeVisible();
  await expect(page.locator('.search-results .card').first().locator('h3')).toHaveText(
    'Pengusulan Logistik Kebencanaan',
  );

  // Another kabupaten's pages, and pages never opened, were not downloaded.
  await page.goto(`/layanan/${servicesOf(BANJARNEGARA.id)[0]!.id}/`);
  await expect(page.locator('h1')).toHaveText('Anda sedang offline');
  await page.goto(`/layanan/${servicesOf(PURWAKARTA.id)[1]!.id}/leaflet/`);
  await expect(page.locator('h1')).toHaveText('Anda sedang offline');
  await context.setOffline(false);
});

test('a first visit to a page about no office downloads no office, where the site has several kabupaten', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/');
  await page.reload();
  await expect(keptNotice(page)).toHaveCount(0);
  await context.setOffline(true);
  await page.goto(`/layanan/${servicesOf(PURWAKARTA.id)[0]!.id}/`);
  await expect(page.locator('h1')).toHaveText('Anda sedang offline');
  await context.setOffline(false);
});

test('pages outside the first visit are kept once visited: a leaflet, the map, the open data', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await visitOnce(page);
  const leaflet = `/layanan/${servicesOf(PURWAKARTA.id)[1]!.id}/leaflet/`;
  await page.goto(leaflet);
  await page.goto('/peta/');
  await page.locator('#peta').scrollIntoViewIfNeeded();
  await expect(page.locator('#peta path.kecamatan-lambung')).toHaveCount(4);
  await page.goto('/data/layanan.json');
  await context.setOffline(true);

  await page.goto(leaflet);
  await expect(page.locator('.leaflet .qr svg')).toBeVisible();
  await page.goto('/peta/');
  await expect(page.locator('[id^="titik-"]')).toHaveCount(servicePoints.length);
  await expect(page.locator('tr[data-kecamatan]')).toHaveCount(17);
  await page.locator('#peta').scrollIntoViewIfNeeded();
  await expect(page.locator('#peta path.kecamatan-lambung')).toHaveCount(4);
  await expect(page.locator('#peta .leaflet-marker-icon')).toHaveCount(
    servicePoints.filter((point) => point.regionCode === '32.14').length,
  );
  const feedResponse = await page.goto('/data/layanan.json');
  expect(feedResponse?.fromServiceWorker()).toBe(true);
  await context.setOffline(false);
});

test('a resident saves another office on purpose, seeing its size first, and it reads and searches offline too', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await visitOnce(page);
  await page.goto(`/instansi/${BANJARNEGARA.id}/`);
  const save = page.locator('#simpan-luring');
  await expect(save).toBeVisible();
  await expect(save.getByRole('status')).toHaveText(/^Ukuran unduhan: \d+ KB\.$/);
  await save.getByRole('button', { name: 'Simpan untuk dibaca tanpa sinyal' }).click();
  await expect(save.getByRole('status')).toContainText(
    `Tersimpan untuk dibaca tanpa sinyal: Dinsos PPPA Kab. Banjarnegara (${servicesOf(BANJARNEGARA.id).length} layanan)`,
  );
  await expect(save.getByRole('button')).toBeHidden();

  await context.setOffline(true);
  for (const service of servicesOf(BANJARNEGARA.id)) {
    const response = await page.goto(`/layanan/${service.id}/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveText(service.title);
  }
  await page.goto('/cari/?q=JPST');
  await waitForIslands(page);
  await expect(page.locator('.search-results .card:not(.search-answer) h3')).toHaveText(
    servicesOf(BANJARNEGARA.id).map((service) => service.title),
  );
  await page.goto('/halaman-yang-tidak-tersimpan/');
  await expect(page.locator('#kantor-tersimpan li')).toHaveText([
    /Dinsos P3A Kab. Purwakarta — \d+ layanan/,
    /Dinsos PPPA Kab. Banjarnegara — \d+ layanan/,
  ]);
  await context.setOffline(false);
});

test('an address that was never saved shows the offline page with what is kept, and going back online works', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await expect(keptNotice(page)).toBeVisible();
  await context.setOffline(true);
  await page.goto('/halaman-yang-tidak-tersimpan/');
  await expect(page.locator('h1')).toHaveText('Anda sedang offline');
  await page.getByRole('link', { name: 'Dinsos P3A Kab. Purwakarta' }).click();
  await expect(page.locator('h1')).toHaveText(PURWAKARTA.name);

  await context.setOffline(false);
  const response = await page.goto('/halaman-yang-tidak-tersimpan/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
});

test('the status page opens offline from a receipt link and keeps the number', async ({ page, context }) => {
  await visitOnce(page, '/');
  await context.setOffline(true);
  await page.goto(`/cek-status/?no=${WELL_FORMED_NUMBER}`);
  await waitForIslands(page);
  await expect(page.getByLabel('Nomor permohonan')).toHaveValue(WELL_FORMED_NUMBER);
  await context.setOffline(false);
});

test('status lookups are never answered from a cache', async ({ page, context }) => {
  await visitOnce(page, '/');
  await page.goto('/cek-status/');
  const lookups: boolean[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/layanan/status')) lookups.push(response.fromServiceWorker());
  });
  await waitForIslands(page);
  await page.getByLabel('Nomor permohonan').fill(WELL_FORMED_NUMBER);
  await page.getByLabel('4 angka terakhir nomor HP').fill('1234');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.getByRole('alert')).toContainText('Tidak dapat terhubung ke server');
  await context.setOffline(false);
  expect(lookups.length).toBeGreaterThan(0);
  expect(lookups.every((fromServiceWorker) => !fromServiceWorker)).toBe(true);
});
