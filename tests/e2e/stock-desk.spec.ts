// The workspace's stock tab: the Camat of Darangdan on a 360 px phone and the Dinas's kepala bidang
// on the office's 1366 px laptop receive stock through the receipt form (its checks shown before
// anything is sent), see each item's batches with their expiry, correct a receipt by a reversing
// entry, and — the kepala bidang only — write damaged stock off; a petugas is told who does that.
import { E2E_CAMAT, E2E_STAFF } from '../support/e2e-accounts.ts';
import { writeProposalFiles } from './proposal-steps';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, signInToWorkspace, test } from './fixtures';

const KEPALA = E2E_STAFF.find((staff) => staff.role === 'kepala_bidang')!;
const PETUGAS = E2E_STAFF[0];

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);
    const phone = size.name.startsWith('ponsel');
    const shot = (name: string) => `test-results/stok-${name}-${size.name.replace(/\W+/g, '-')}.png`;

    test(`${phone ? 'the Camat' : 'the kepala bidang'} receives stock, sees its batches, corrects a receipt`, async ({
      page,
    }) => {
      // Several forms, each checked by axe, on a machine shared with other work.
      test.setTimeout(120_000);
      const batch = `UJI-${Date.now().toString(36).toUpperCase()}`;
      await signInToWorkspace(page, phone ? E2E_CAMAT : KEPALA);
      await page.getByRole('button', { name: 'Stok logistik' }).click();
      const warehouse = phone ? 'Lambung Sosial Kecamatan Darangdan' : 'Gudang Logistik Dinas Sosial P3A Purwakarta';
      await expect(page.getByRole('heading', { name: warehouse })).toBeVisible();
      if (!phone) {
        // Another of the office's warehouses, where nothing was ever received: said so.
        await page.getByLabel('Gudang', { exact: true }).selectOption({ label: 'Lambung Sosial Kecamatan Sukatani' });
        await expect(page.getByText('Belum ada stok di Lambung Sosial Kecamatan Sukatani.')).toBeVisible();
        await expectNoViolations(page);
        await page.getByLabel('Gudang', { exact: true }).selectOption({ label: warehouse });
      }

      await page.getByRole('button', { name: 'Catat penerimaan' }).click();
      await page.getByRole('button', { name: 'Simpan penerimaan' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Pilih barang yang diterima.');
      await page.getByLabel('Barang', { exact: true }).selectOption({ label: 'Makanan siap saji (paket, pangan)' });
      await page.getByLabel('Jumlah (paket)').fill('12,5');
      await page.getByRole('button', { name: 'Simpan penerimaan' }).click();
      await expect(summary).toContainText('Makanan siap saji dihitung per paket utuh: isi bilangan bulat, tanpa koma.');
      await expect(summary).toContainText('Pilih sumber barang: APBN, APBD, hibah atau donasi.');
      await expect(summary).toContainText('Makanan siap saji punya tanggal kedaluwarsa: isi tanggalnya.');
      await expect(summary).toContainText('Lampirkan foto atau PDF BAST penerimaan yang sudah ditandatangani.');
      await expectNoViolations(page);
      await page.screenshot({ path: shot('penerimaan-salah'), fullPage: true });

      await page.getByLabel(phone ? 'APBD' : 'APBN').check();
      await page.getByLabel('Jumlah (paket)').fill('40');
      await page.getByLabel('Nomor batch (lot)').fill(batch);
      await page.getByLabel('Tanggal kedaluwarsa').fill('2099-06-30');
      await page.getByLabel('Nomor BAST penerimaan').fill(`BAST-T/${batch}`);
      const { photo } = await writeProposalFiles();
      await page.getByLabel('BAST penerimaan yang ditandatangani').setInputFiles(photo);
      // Shrinking a photo on the device takes a while on a busy machine (as in proposal-steps.ts).
      await expect(page.getByText('diperkecil dari')).toBeVisible({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Simpan penerimaan' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveText(
        `Tersimpan: 40 paket Makanan siap saji, batch ${batch}.`,
      );
      const row = page.getByRole('row').filter({ hasText: 'Makanan siap saji' });
      await expect(row).toContainText(`${batch}: 40 paket — kedaluwarsa 2099-06-30`);
      await expectNoViolations(page);
      await page.screenshot({ path: shot('stok'), fullPage: true });

      await page.getByRole('button', { name: 'Koreksi entri' }).click();
      const entry = page.getByLabel('Entri yang salah');
      await expect(entry.locator('option', { hasText: batch })).toHaveCount(1);
      await entry.selectOption({ label: (await entry.locator('option', { hasText: batch }).textContent())! });
      await page.getByLabel('Apa yang salah').fill('Jumlah salah ketik; yang diterima 4 karton.');
      await page.getByRole('button', { name: 'Simpan koreksi' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Tersimpan' })).toContainText(
        `entri pembalik atas BAST-T/${batch}`,
      );
      // The batch is back to 0: it leaves the list (and the item with it, when it was the only one).
      await expect(page.locator('.batch-list li', { hasText: batch })).toHaveCount(0);
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Hapus stok rusak atau kedaluwarsa' }).click();
      if (phone) {
        await expect(page.locator('.stock-task')).toContainText('dicatat dan disetujui kepala bidang Dinas Sosial');
      } else {
        await page.getByRole('button', { name: 'Simpan penghapusan' }).click();
        await expect(summary).toContainText('Pilih barang dan batch yang dihapus.');
        await expect(summary).toContainText('Isi nomor berita acara penghapusan.');
      }
      await expectNoViolations(page);
      await page.screenshot({ path: shot('penghapusan'), fullPage: true });
    });
  });
}

test('a petugas records receipts at the Dinas warehouse, but a write-off is the kepala bidang’s', async ({ page }) => {
  await signInToWorkspace(page, PETUGAS);
  await page.getByRole('button', { name: 'Stok logistik' }).click();
  await expect(page.getByText('Penghapusan stok rusak atau kedaluwarsa disetujui kepala bidang.')).toBeVisible();
  await page.getByRole('button', { name: 'Hapus stok rusak atau kedaluwarsa' }).click();
  await expect(page.locator('.stock-task')).toContainText('dicatat dan disetujui kepala bidang Dinas Sosial');
  await expect(page.getByRole('button', { name: 'Simpan penghapusan' })).toHaveCount(0);
  await expectNoViolations(page);
});
