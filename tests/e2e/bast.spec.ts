// Anyone checks a paper BAST by its QR code (/bast/?kode=…): what it should say — number, date,
// warehouse, village, items — and never the names or signatures on it; an altered code is told so.
import { camatRelease } from '../support/stock-release.ts';
import { bastVerificationPath } from '../../src/domain/stock';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test } from './fixtures';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a BAST’s QR page shows what the BAST says, without names; an altered code is refused', async ({
      page,
      baseURL,
    }) => {
      const release = await camatRelease(baseURL!);
      await page.goto(bastVerificationPath(release.code));
      const result = page.locator('[data-bast-result]');
      await expect(result.getByRole('heading', { name: `${release.number} tercatat` })).toBeVisible();
      await expect(result).toContainText('Dari: Lambung Sosial Kecamatan Darangdan');
      await expect(result).toContainText('Untuk: Desa Linggasari, Kecamatan Darangdan');
      await expect(result.getByRole('row').nth(1)).toHaveText(/Makanan siap saji\s*12 paket\s*E2E-/);
      await expect(result).not.toContainText('Kepala Desa Linggasari');
      await expect(result).not.toContainText('Camat Uji');
      await expectNoViolations(page);
      await page.screenshot({ path: `test-results/bast-${size.name.replace(/\W+/g, '-')}.png`, fullPage: true });

      const altered = `${release.code.slice(0, -1)}${release.code.endsWith('a') ? 'b' : 'a'}`;
      await page.goto(bastVerificationPath(altered));
      await expect(result.getByRole('heading', { name: 'BAST tidak dikenal' })).toBeVisible();
      await expect(result).toContainText('kodenya salah tulis atau diubah');
      await expectNoViolations(page);
    });
  });
}
