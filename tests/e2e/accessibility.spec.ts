import { E2E_STAFF } from '../support/e2e-accounts.ts';
import {
  expect,
  expectNoViolations,
  lookUpStatus,
  registerRequest,
  signedInStaff,
  signInToWorkspace,
  sitePages,
  test,
  waitForIslands,
} from './fixtures';

for (const path of sitePages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    // Islands that load when scrolled into view (the map) are checked loaded too.
    for (const island of await page.locator('astro-island[client="visible"]').all())
      await island.scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await expectNoViolations(page);
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
  const { request } = await registerRequest(baseURL!, 'pengusulan-dtks', '0812-7777-3131');
  const kepala = await signedInStaff(baseURL!, E2E_STAFF[3].email);
  await kepala.collection('request_events').create({
    request: request.id,
    step: (request['steps'] as string[]).length,
    status: 'ditolak',
    public_note: 'Data sudah terdaftar.',
    staff: kepala.authStore.record!.id,
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
