// The first visit from a QR code, as a resident on a cheap phone meets it (issue 29, items 7 and 8):
// the notice that the kabupaten is now kept on the phone never covers the search field, and the
// kabupaten's home page — one tap away on the breadcrumb of the service page they arrived on —
// opens without signal afterwards, its search included.
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test, waitForIslands } from './fixtures';

test.use({ serviceWorkers: 'allow' });

const KABUPATEN_HOME = '/kabupaten/purwakarta/';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the "Tersimpan" notice of a first visit leaves the search field free, and goes once the resident types', async ({
      page,
    }) => {
      await page.goto(KABUPATEN_HOME);
      const notice = page.locator('#tersimpan-luring');
      await expect(notice).toContainText('untuk dibaca tanpa sinyal: Dinsos P3A Kab. Purwakarta (8 layanan)');
      const search = page.getByRole('searchbox').first();
      const [noticeBox, searchBox] = [(await notice.boundingBox())!, (await search.boundingBox())!];
      // The search field is on the first screen, and the notice is below it, not over it.
      expect(searchBox.y + searchBox.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      expect(noticeBox.y).toBeGreaterThanOrEqual(searchBox.y + searchBox.height);
      await expectNoViolations(page);

      await search.focus();
      await expect(notice).toHaveCount(0);
    });

    test('arrived on a service page from a QR code: the kabupaten home opens without signal, with its search', async ({
      page,
      context,
    }) => {
      test.setTimeout(60_000);
      await page.goto('/layanan/surat-keterangan-dtks/');
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await expect(page.locator('#tersimpan-luring')).toBeVisible();
      await context.setOffline(true);

      await page
        .getByRole('navigation', { name: 'Lokasi halaman' })
        .getByRole('link', { name: 'Kabupaten Purwakarta' })
        .click();
      await expect(page).toHaveURL(new RegExp(`${KABUPATEN_HOME}$`));
      await expect(page.locator('h1')).toHaveText('Layanan Dinas Sosial Kabupaten Purwakarta');
      const response = await page.goto(KABUPATEN_HOME);
      expect(response?.fromServiceWorker()).toBe(true);
      await waitForIslands(page);
      await page.getByRole('searchbox').first().fill('bencana');
      await page.getByRole('searchbox').first().press('Enter');
      await expect(page.getByText('Tanpa sinyal: hasil dari kantor yang tersimpan di perangkat ini.')).toBeVisible();
      await expect(page.locator('.search-results .card h3').first()).toHaveText('Pengusulan Logistik Kebencanaan');
      await context.setOffline(false);
    });
  });
}
