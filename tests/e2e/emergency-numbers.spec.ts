// Emergencies (issue 29, item 13): a service that answers emergencies gives, besides its office's
// numbers, the national ones — 112, Polisi 110, SAPA 129 (call or WhatsApp) — marked as the site's
// own with their source and checking date; the Rokan Hulu child-case page points to them too.
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test } from './fixtures';

const NATIONAL = [
  { name: 'Telepon 112', href: 'tel:112' },
  { name: 'Telepon 110', href: 'tel:110' },
  { name: 'Telepon 129', href: 'tel:129' },
  { name: 'WhatsApp 0811-1129-129', href: 'https://wa.me/628111129129' },
];

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    for (const [service, office] of [
      ['kedaruratan-ppks', 'Telepon Dinas Sosial P3A: 0264-8304578'],
      ['respon-kasus-anak', 'Telepon Dinas Sosial P3A Rokan Hulu: 081365466531'],
    ] as const) {
      test(`${service}: the emergency box gives the office's number and the national ones, marked as the site's own`, async ({
        page,
      }) => {
        await page.goto(`/layanan/${service}/`);
        const box = page.locator('#darurat');
        await expect(box.getByRole('heading', { name: 'Ada keadaan darurat sekarang?' })).toBeVisible();
        await expect(box.getByRole('link', { name: office })).toBeVisible();
        const national = box.locator('.emergency-numbers');
        await expect(national).toContainText('bukan dari dokumen sumber');
        for (const { name, href } of NATIONAL)
          await expect(national.getByRole('link', { name })).toHaveAttribute('href', href);
        await expect(national.locator('#darurat-sapa-129')).toContainText('kekerasan terhadap perempuan dan anak');
        await expect(national.locator('#sumber-darurat-sapa-129')).toHaveText(
          /^SAPA 129 — .+ \(setkab\.go\.id.*\), dicek \d+ \w+ 20\d\d$/,
        );
        // On the first screen of a phone, before the rest of the standard.
        expect((await box.boundingBox())!.y).toBeLessThan(page.viewportSize()!.height);
        await expectNoViolations(page);
      });
    }
  });
}

test('the leaflet of an emergency service names the national numbers in one line', async ({ page }) => {
  await page.goto('/layanan/kedaruratan-ppks/leaflet/');
  await expect(page.locator('.leaflet-urgent .emergency-line')).toHaveText(
    new RegExp(
      '^Nomor darurat nasional \\(keterangan situs ini, dicek \\d+ \\w+ 20\\d\\d\\): ' +
        'Panggilan darurat 112 · Polisi 110 · SAPA 129 \\(Telepon 129, WhatsApp 0811-1129-129\\)$',
    ),
  );
});
