// "Petunjuk arah" is a tap target, not a 19 px line of text (issue 29, item 12; WCAG 2.2 2.5.8: at
// least 24 CSS px): on the service page, the office page and the list of /peta/, on a 360 px phone
// and a 1366 px laptop.
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test } from './fixtures';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    for (const path of ['/layanan/surat-keterangan-dtks/', '/instansi/dinsos-p3a-purwakarta/', '/peta/']) {
      test(`every "Petunjuk arah" on ${path} is at least 24 px tall`, async ({ page }) => {
        await page.goto(path);
        const links = page.getByRole('link', { name: /^Petunjuk arah/ });
        expect(await links.count()).toBeGreaterThan(0);
        const heights = await links.evaluateAll((found) =>
          found.filter((link) => link.getClientRects().length > 0).map((link) => link.getBoundingClientRect().height),
        );
        expect(heights.length).toBeGreaterThan(0);
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
        await expectNoViolations(page);
      });
    }
  });
}
