import { expect, expectNoViolations, registerRequest, sitePages, test, waitForIslands } from './fixtures';

for (const path of sitePages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    // Islands that load when scrolled into view (the map) are checked loaded too.
    for (const island of await page.locator('astro-island[client="visible"]').all()) await island.scrollIntoViewIfNeeded();
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
