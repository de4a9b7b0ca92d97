import { expect, test, waitForIslands } from './fixtures';

test('requirement ticks are remembered on the device across reloads', async ({ page }) => {
  await page.goto('/layanan/pengusulan-pbi-apbd/');
  await waitForIslands(page);
  const checklist = page.locator('#persyaratan');
  await checklist.getByLabel('Kartu Keluarga').check();
  await checklist.getByLabel('SKTM dari Desa/Kelurahan').check();
  await expect(checklist).toContainText('2 dari 4 sudah siap');

  await page.reload();
  await waitForIslands(page);
  await expect(checklist.getByLabel('Kartu Keluarga')).toBeChecked();
  await expect(checklist.getByLabel('SKTM dari Desa/Kelurahan')).toBeChecked();
  await expect(checklist.getByLabel('Kartu Tanda Penduduk')).not.toBeChecked();
  await expect(checklist).toContainText('2 dari 4 sudah siap. Centang Anda tersimpan di perangkat ini.');

  await checklist.getByLabel('Kartu Keluarga').uncheck();
  await page.reload();
  await waitForIslands(page);
  await expect(checklist.getByLabel('Kartu Keluarga')).not.toBeChecked();

  // Ticks belong to their service.
  await page.goto('/layanan/surat-keterangan-dtks/');
  await waitForIslands(page);
  await expect(page.locator('#persyaratan').getByLabel('Kartu Keluarga')).not.toBeChecked();
});
