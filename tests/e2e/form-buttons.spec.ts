// One button order in every multi-step form (issue 29, item 12): the step's own action first, then
// "Kembali" — on the application, complaint and village proposal forms alike, on a 360 px phone and
// a 1366 px laptop.
import type { Page } from '@playwright/test';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test, waitForIslands } from './fixtures';
import { fillEventStep, signInAsOperator } from './proposal-steps';

/** The buttons of the step's actions, in document order, and whether they read in that order on screen too. */
async function expectMainBeforeBack(page: Page, main: string) {
  const actions = page.locator('.form-actions').filter({ has: page.getByRole('button', { name: 'Kembali' }) });
  await expect(actions.getByRole('button')).toHaveText([main, 'Kembali']);
  const [first, second] = await Promise.all([
    actions.getByRole('button', { name: main }).boundingBox(),
    actions.getByRole('button', { name: 'Kembali' }).boundingBox(),
  ]);
  // Beside it to the right, or — where the row wraps — below it.
  expect(first!.x < second!.x || first!.y + first!.height <= second!.y).toBe(true);
  await expectNoViolations(page);
}

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('online application: "Lanjut" before "Kembali"', async ({ page }) => {
      await page.goto('/layanan/surat-keterangan-dtks/ajukan/');
      await waitForIslands(page);
      await page.getByLabel('Nama lengkap pemohon').fill('Nining Kurniasih');
      await page.getByLabel('Nomor HP yang aktif').fill('0838-1122-6093');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await expectMainBeforeBack(page, 'Lanjut');
    });

    test('complaint: "Lanjut" before "Kembali"', async ({ page }) => {
      await page.goto('/pengaduan/');
      await waitForIslands(page);
      await page.getByLabel(/^Pengaduan —/).check();
      await page.getByLabel('Kantor yang dituju').selectOption('dinsos-p3a-purwakarta');
      await page
        .getByLabel('Ceritakan apa yang terjadi, atau apa yang ingin Anda tanyakan')
        .fill('Antrean di loket sangat panjang dan tidak ada nomor antrean.');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await expectMainBeforeBack(page, 'Lanjut');
    });

    test('village proposal: "Lanjut" before "Kembali"', async ({ page }) => {
      await signInAsOperator(page, { serviceWorker: false });
      await fillEventStep(page, 'Longsor menimbun dua rumah setelah hujan deras semalaman.');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await expectMainBeforeBack(page, 'Lanjut');
    });
  });
}
