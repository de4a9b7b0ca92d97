import type { Page } from '@playwright/test';
import { expect, feed, servicePoints, test, waitForIslands } from './fixtures';
import { formatRequestNumber } from '../../src/domain/request-number';

const WELL_FORMED_NUMBER = formatRequestNumber('PWK', '7KX3Q9MD');

test.use({ serviceWorkers: 'allow' });

/** The first visit: the service worker installs and precaches the site. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

test('after one visit every service page, the offices and search work without a connection', async ({ page, context }) => {
  test.setTimeout(60_000);
  await visitOnce(page);
  await context.setOffline(true);

  for (const service of feed.services) {
    const response = await page.goto(`/layanan/${service.id}/`);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveText(service.title);
  }
  for (const agency of feed.agencies) {
    await page.goto(`/instansi/${agency.id}/`);
    await expect(page.locator('h1')).toHaveText(agency.name);
  }
  await page.goto(`/layanan/${feed.services[0]!.id}/leaflet/`);
  await expect(page.locator('.leaflet .qr svg')).toBeVisible();

  await page.goto('/peta/');
  await expect(page.locator('[id^="titik-"]')).toHaveCount(servicePoints.length);
  await expect(page.locator('tr[data-kecamatan]')).toHaveCount(17);
  await page.locator('#peta').scrollIntoViewIfNeeded();
  await expect(page.locator('#peta path.kecamatan-lambung')).toHaveCount(4);
  await expect(page.locator('#peta .leaflet-marker-icon')).toHaveCount(servicePoints.filter((point) => point.regionCode === '32.14').length);

  await page.goto('/cari/?q=bencana');
  await waitForIslands(page);
  await expect(page.locator('.search-results .card').first().locator('h3')).toHaveText('Pengusulan Logistik Kebencanaan');

  const feedResponse = await page.goto('/data/layanan.json');
  expect(feedResponse?.fromServiceWorker()).toBe(true);

  await context.setOffline(false);
});

test('an address that was never saved shows the offline page, and going back online works', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/halaman-yang-tidak-tersimpan/');
  await expect(page.locator('h1')).toHaveText('Anda sedang offline');
  await expect(page.getByRole('link', { name: 'Pengusulan Logistik Kebencanaan' })).toBeVisible();

  await context.setOffline(false);
  const response = await page.goto('/halaman-yang-tidak-tersimpan/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
});

test('the status page opens offline from a receipt link and keeps the number', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto(`/cek-status/?no=${WELL_FORMED_NUMBER}`);
  await waitForIslands(page);
  await expect(page.getByLabel('Nomor permohonan')).toHaveValue(WELL_FORMED_NUMBER);
  await context.setOffline(false);
});

test('status lookups are never answered from a cache', async ({ page, context }) => {
  await visitOnce(page);
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
