import type { Page } from '@playwright/test';
import { expect, servicePoints, test, waitForIslands } from './fixtures';
import { DEFAULT_TILE_URL, tileUrlPattern } from '../../src/lib/map-tiles';
import { NOT_IN_SOURCE } from '../../src/lib/standard-components';

const TILES = tileUrlPattern(DEFAULT_TILE_URL);
const LAMBUNG_SOSIAL = ['Darangdan', 'Sukatani', 'Kiarapedes', 'Sukasari'];
const PURWAKARTA_POINTS = servicePoints.filter((point) => point.regionCode === '32.14');

/** Opens the map page with tile requests blocked, as offline or behind a filter, and collects console errors. */
async function openMap(page: Page) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    // The blocked tile requests themselves are reported by the browser; anything else is a fault.
    if (message.type() === 'error' && !TILES.test(message.location().url)) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.route(TILES, (route) => route.abort('blockedbyclient'));
  await page.goto('/peta/');
  await page.locator('#peta').scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await expect(page.locator('#peta .leaflet-marker-icon').first()).toBeVisible();
  return consoleErrors;
}

test('the Purwakarta map shows its own offices only, the four Lambung Sosial kecamatan labelled, without tiles and without errors', async ({
  page,
}) => {
  const consoleErrors = await openMap(page);
  await expect(page.locator('#peta .leaflet-marker-icon')).toHaveCount(PURWAKARTA_POINTS.length);
  await expect(page.getByRole('button', { name: 'Dinas Sosial PPPA Kabupaten Banjarnegara' })).toHaveCount(0);
  await expect(page.locator('#peta path.kecamatan-lambung')).toHaveCount(4);
  await expect(page.locator('#peta path.kecamatan-lain')).toHaveCount(13);
  const labels = await page.locator('#peta .label-kecamatan').allTextContents();
  expect(labels.sort()).toEqual([...LAMBUNG_SOSIAL].sort());
  await expect(page.getByText('Peta dasar tidak dapat dimuat')).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
  expect(consoleErrors).toEqual([]);
});

test('a marker popup names its office, says the location is approximate and offers directions', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Kantor Camat Darangdan' }).click();
  const popup = page.locator('.leaflet-popup .map-popup');
  await expect(popup).toHaveAttribute('data-titik', 'kantor-camat-darangdan');
  await expect(popup).toContainText('Kantor Camat Darangdan');
  await expect(popup).toContainText('Lokasi perkiraan (bisa meleset hingga ±13 km)');
  await expect(popup.getByRole('link', { name: 'Pengusulan Logistik Kebencanaan' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Petunjuk arah (buka aplikasi peta)' })).toHaveAttribute(
    'href',
    /google\.com\/maps\/search\/.*Kantor%20Camat%20Darangdan/,
  );
});

test('markers are reachable and open by keyboard', async ({ page }) => {
  await openMap(page);
  const marker = page.getByRole('button', { name: 'Dinas Sosial P3A Kabupaten Purwakarta' });
  await marker.focus();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup .map-popup')).toHaveAttribute('data-titik', 'dinsos-p3a-purwakarta');
  // Tab moves from marker to marker.
  await page.keyboard.press('Escape');
  await marker.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#peta .leaflet-marker-icon:focus')).toHaveCount(1);
});

const FINDER_CASES = [
  { kecamatan: 'Darangdan', desa: 'Linggasari', camat: 'Kantor Camat Darangdan' },
  { kecamatan: 'Sukatani', desa: 'Cipicung', camat: 'Kantor Camat Sukatani' },
  { kecamatan: 'Kiarapedes', desa: 'Taringgul Landeuh', camat: 'Kantor Camat Kiarapedes' },
  { kecamatan: 'Sukasari', desa: 'Kertamanah', camat: 'Kantor Camat Sukasari' },
  { kecamatan: 'Plered', desa: 'Anjun', camat: undefined },
];

// The map opened again for each village, in one browser context: a failure names the village (its step).
test('the office finder answers for every village asked, with its Lambung Sosial or without', async ({ page }) => {
  test.setTimeout(30_000 * FINDER_CASES.length);
  for (const { kecamatan, desa, camat } of FINDER_CASES) {
    await test.step(`the office finder answers for Desa ${desa}, Kecamatan ${kecamatan}`, async () => {
      await openMap(page);
      await page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: kecamatan });
      const desaSelect = page.getByLabel('Desa/kelurahan (boleh dilewati)');
      await expect(desaSelect).toBeEnabled();
      await desaSelect.selectOption({ label: desa });
      await page.getByRole('button', { name: 'Tampilkan kantor' }).click();
      const answer = page.locator('.office-answer');
      await expect(answer).toContainText(`Desa ${desa}, Kecamatan ${kecamatan}, Kabupaten Purwakarta, dilayani di:`);
      // Which office for which service: the SIYANSOS services at the Pusat Layanan, PPKS at the Dinas.
      const pusat = answer.locator('li', { hasText: 'Pusat Layanan Perlindungan Jaminan Sosial' });
      await expect(pusat).toContainText('Desa Maracang');
      await expect(
        pusat.getByRole('link', { name: 'Pengecekan Status Kepesertaan DTKS dan Bantuan Sosial' }),
      ).toBeVisible();
      await expect(pusat.getByRole('link', { name: 'Pengusulan Logistik Kebencanaan' })).toBeVisible();
      const dinas = answer.locator('li', { hasText: 'Dinas Sosial P3A Kabupaten Purwakarta' });
      await expect(dinas.getByRole('link', { name: 'Layanan Kedaruratan bagi PPKS' })).toBeVisible();
      await expect(dinas).not.toContainText('Pengecekan');
      await expect(answer).not.toContainText('Banjarnegara');
      if (camat) {
        await expect(answer).toContainText(`Kecamatan ${kecamatan} memiliki Lambung Sosial`);
        await expect(answer).toContainText(camat);
      } else {
        await expect(answer).toContainText(`Kecamatan ${kecamatan} tidak memiliki Lambung Sosial`);
        await expect(answer).not.toContainText('Kantor Camat');
      }
      await expect(page.locator('#peta .label-fokus')).toHaveText(desa);
    });
  }
});

test('without JavaScript the page lists every office, each under its own kabupaten, and every kecamatan', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/peta/');
  await expect(page.locator('[id^="titik-"]')).toHaveCount(servicePoints.length);
  await expect(page.locator('#kabupaten-purwakarta [id^="titik-"]')).toHaveCount(PURWAKARTA_POINTS.length);
  await expect(page.locator('#kabupaten-banjarnegara [id^="titik-"]')).toHaveCount(1);
  await expect(page.locator('#kabupaten-rokan-hulu [id^="titik-"]')).toHaveCount(1);
  await expect(page.locator('#titik-pusat-layanan-jamsos-fakir-miskin-purwakarta')).toContainText(
    `Jam layanan: ${NOT_IN_SOURCE}`,
  );
  await expect(page.locator('tr[data-kecamatan]')).toHaveCount(17);
  for (const name of LAMBUNG_SOSIAL) {
    await expect(page.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText(
      `Camat di Kantor Camat ${name}`,
    );
  }
  await expect(page.getByRole('row', { name: /^Plered/ })).toContainText('Tidak');
  await context.close();
});

test('Leaflet loads only when the map scrolls into view', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 500 });
  const leafletFiles: string[] = [];
  page.on('request', (request) => {
    if (/leaflet/i.test(request.url())) leafletFiles.push(request.url());
  });
  await page.route(TILES, (route) => route.abort('blockedbyclient'));
  await page.goto('/peta/');
  await page.waitForLoadState('networkidle');
  expect(leafletFiles).toEqual([]);
  await page.locator('#peta').scrollIntoViewIfNeeded();
  await expect(page.locator('#peta .leaflet-marker-icon').first()).toBeVisible();
  expect(leafletFiles.some((url) => url.endsWith('.js'))).toBe(true);
  expect(leafletFiles.some((url) => url.endsWith('.css'))).toBe(true);

  await page.goto('/layanan/kedaruratan-ppks/');
  leafletFiles.length = 0;
  await page.waitForLoadState('networkidle');
  expect(leafletFiles).toEqual([]);
});
