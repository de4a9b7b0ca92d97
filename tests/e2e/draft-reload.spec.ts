// What was typed just before a reload is not lost (issue 29, item 12): a village operator adds a
// logistics row and the phone reloads the page at once (a tap on a notification, a low-memory
// reload); a resident types their name and does the same. Nothing waits for typing to pause.
import { SMALL_PHONE_AND_LAPTOP, expect, test, waitForIslands } from './fixtures';
import { fillEventStep, fillImpactCounts, signInAsOperator } from './proposal-steps';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a logistics row typed right before a reload is still there', async ({ page }) => {
      await signInAsOperator(page, { serviceWorker: false });
      await fillEventStep(page, 'Longsor menimbun dua rumah setelah hujan deras semalaman.');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await fillImpactCounts(page, '2');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await page.getByLabel('Barang').first().fill('Terpal');
      await page.getByLabel('Jumlah', { exact: true }).first().fill('10');
      await page.getByLabel('Satuan').first().fill('lembar');
      await page.reload();
      await waitForIslands(page);
      await expect(page.getByLabel('Barang').first()).toHaveValue('Terpal');
      await expect(page.getByLabel('Jumlah', { exact: true }).first()).toHaveValue('10');
      await expect(page.getByLabel('Satuan').first()).toHaveValue('lembar');
    });

    test('an applicant’s name typed right before a reload is still there', async ({ page }) => {
      await page.goto('/layanan/surat-keterangan-dtks/ajukan/');
      await waitForIslands(page);
      await page.getByLabel('Nama lengkap pemohon').fill('Nining Kurniasih');
      await page.reload();
      await waitForIslands(page);
      await expect(page.getByLabel('Nama lengkap pemohon')).toHaveValue('Nining Kurniasih');
    });
  });
}
