// Issue 26, figures: anyone reads each office's household proposals (usulan DTSEN) on /kinerja/dtsen/,
// linked from /kinerja/, at 360 and 1366 px — office-wide counts only, no number, name, NIK or village,
// the same in the open data; axe is clean with the figures shown.
import { E2E_FIGURES_NIK, e2eVillageHouseholds, VALID_HOUSEHOLD_FIELDS } from '../support/household-form';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test } from './fixtures';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the public DTSEN figures show each office’s counts per stage, never a household or village; linked from /kinerja/', async ({
      page,
      baseURL,
    }) => {
      const numbers = await e2eVillageHouseholds(baseURL!, 3);
      await page.goto('/kinerja/');
      await page.getByRole('link', { name: 'Usulan DTSEN' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Usulan DTSEN' })).toBeVisible();
      const figures = page.locator('.household-figures');
      await expect(figures).toContainText('Angka diambil pada');
      const purwakarta = page.getByRole('region', {
        name: 'Usulan DTSEN Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Purwakarta',
      });
      // Three households at least (other tests add theirs): a number, never "kurang dari 3".
      await expect(purwakarta.locator('[data-angka="diterima"] td')).toHaveText(/^\d+$/);
      await expect(purwakarta.locator('[data-angka="tahap-dicatat-desa"] td')).toHaveText(/^\d+$/);
      await expect(purwakarta.locator('[data-angka="median"] td')).toHaveText(/hari|belum cukup hasil/);
      for (const secret of [
        ...numbers,
        'Linggasari',
        E2E_FIGURES_NIK,
        VALID_HOUSEHOLD_FIELDS['head_name']!,
        'Cibeureum',
      ])
        await expect(page.getByRole('main')).not.toContainText(secret);
      await expectNoViolations(page);
      await page.screenshot({ path: `test-results/dtsen-angka-${size.name.replace(/\W+/g, '-')}.png`, fullPage: true });
      const csv = await (await fetch(`${baseURL}/api/data/dtsen?format=csv`)).text();
      expect(csv).toContain(
        '"Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Purwakarta","Usulan diterima"',
      );
      for (const secret of [...numbers, 'Linggasari', E2E_FIGURES_NIK]) expect(csv).not.toContain(secret);
    });
  });
}
