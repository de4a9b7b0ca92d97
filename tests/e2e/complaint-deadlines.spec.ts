// The complaint form's deadlines are those of the office the resident chose (issue 29, item 10):
// a resident of Rokan Hulu who opened their kabupaten's pages finds its office chosen and reads its
// deadlines only, not all three offices'; choosing another office shows that one's; with none
// chosen, every office's is listed.
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test, waitForIslands } from './fixtures';

const SENTENCE = 'diperiksa paling lambat 3 hari kerja setelah diterima, dijawab paling lambat';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the deadlines of the office of the kabupaten the resident chose, and only those', async ({ page }) => {
      // A page of their kabupaten remembers the choice (src/lib/kabupaten-choice.ts).
      await page.goto('/kabupaten/rokan-hulu/');
      await page.goto('/pengaduan/');
      await waitForIslands(page);
      await expect(page.getByLabel('Kantor yang dituju')).toHaveValue('dinsos-p3a-rokan-hulu');
      const deadlines = page.getByRole('region', { name: 'Batas waktu' });
      await expect(deadlines.getByRole('listitem')).toHaveCount(1);
      await expect(deadlines.getByRole('listitem')).toContainText(`Dinsos P3A Kab. Rokan Hulu: ${SENTENCE}`);
      await expectNoViolations(page);

      await page.getByLabel('Kantor yang dituju').selectOption('dinsos-pppa-banjarnegara');
      await expect(deadlines.getByRole('listitem')).toHaveCount(1);
      await expect(deadlines.getByRole('listitem')).toContainText('Dinsos PPPA Kab. Banjarnegara:');

      await page.getByLabel('Kantor yang dituju').selectOption('');
      await expect(deadlines.getByRole('listitem')).toHaveCount(3);
    });
  });
}

test('a link from an office page chooses that office, whatever kabupaten was chosen before', async ({ page }) => {
  await page.goto('/kabupaten/rokan-hulu/');
  await page.goto('/pengaduan/?kantor=dinsos-p3a-purwakarta');
  await waitForIslands(page);
  await expect(page.getByLabel('Kantor yang dituju')).toHaveValue('dinsos-p3a-purwakarta');
  await expect(page.getByRole('region', { name: 'Batas waktu' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Batas waktu' }).getByRole('listitem')).toContainText(
    'Dinsos P3A Kab. Purwakarta:',
  );
});
