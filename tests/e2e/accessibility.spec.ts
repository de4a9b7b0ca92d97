import { E2E_STAFF } from '../support/e2e-accounts.ts';
import {
  axeViolations,
  expect,
  expectNoViolations,
  finishedRequest,
  lookUpStatus,
  registerRequest,
  signInToWorkspace,
  sitePages,
  test,
  waitForIslands,
} from './fixtures';

// Every page of the site, several to a test: one browser page goes from one to the next (a new
// browser context per page cost more than many pages' checks), each page named in what fails, and
// every page checked even after one fails. Each page keeps the time a test of its own had.
const PAGES_PER_TEST = 8;
const pages = sitePages();
for (let first = 0; first < pages.length; first += PAGES_PER_TEST) {
  const group = pages.slice(first, first + PAGES_PER_TEST);
  test(`axe finds no WCAG 2.2 AA violations on ${group[0]} … ${group.at(-1)} (${group.length} pages)`, async ({
    page,
  }) => {
    test.setTimeout(group.length * test.info().timeout);
    for (const path of group) {
      await test.step(path, async () => {
        await page.goto(path);
        // Islands that load when scrolled into view (the map) are checked loaded too.
        for (const island of await page.locator('astro-island[client="visible"]').all())
          await island.scrollIntoViewIfNeeded();
        await waitForIslands(page);
        expect.soft(await axeViolations(page), path).toEqual([]);
      });
    }
  });
}

test('axe finds no violations on the 404 page', async ({ page }) => {
  await page.goto('/tidak-ada/');
  await expectNoViolations(page);
});

test('axe finds no violations on the status page with errors and with a result', async ({ page, baseURL }) => {
  await page.goto('/cek-status/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoViolations(page);

  const { request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar', '0812-1111-2222');
  await page.getByLabel('Nomor permohonan').fill(request['number']);
  await page.getByLabel('4 angka terakhir nomor HP').fill('2222');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('#hasil-judul')).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations on the counter survey with errors', async ({ page }) => {
  await page.goto('/survei/dinsos-p3a-purwakarta/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page.locator('.error-summary')).toContainText('Pilih layanan yang Anda terima');
  await expectNoViolations(page);
});

test('axe finds no violations on the status page offering the survey, with the form open and with errors', async ({
  page,
  baseURL,
}) => {
  const request = await finishedRequest(baseURL!, 'pengusulan-dtks', '0812-7777-3131', {
    status: 'ditolak',
    public_note: 'Data sudah terdaftar.',
  });
  await lookUpStatus(page, request['number'], '3131');
  await expect(page.getByRole('button', { name: 'Beri penilaian layanan' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Beri penilaian layanan' }).click();
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations on /kinerja/ with its figures', async ({ page }) => {
  await page.goto('/kinerja/');
  await waitForIslands(page);
  await expect(page.locator('.performance-office').first()).toBeVisible();
  await expectNoViolations(page);
});

test("axe finds no violations on the kepala bidang's survey report and its A4 page", async ({ page }) => {
  await signInToWorkspace(page, E2E_STAFF[3]);
  await page.getByRole('button', { name: 'Survei kepuasan' }).click();
  await page.getByRole('button', { name: 'Tampilkan laporan survei' }).click();
  await expect(page.locator('.survey-report')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('link', { name: 'Cetak laporan (A4)' }).click();
  await expect(page.locator('.report-a4')).toBeVisible();
  await expectNoViolations(page);
});
