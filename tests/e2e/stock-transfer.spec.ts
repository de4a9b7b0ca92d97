// Moving stock between the office's warehouses (issue 27) on a 360 px phone and the office's 1366 px laptop: the Dinas's petugas
// opens "Pindahkan stok", is told what is missing, gets the batch that expires first chosen for
// them, is refused more than the batch holds (named), moves part of it to the Lambung Sosial of
// Darangdan (cooking oil on the phone, rice on the laptop) — and the kartu stok of both warehouses shows the transfer. A Camat is told who moves stock.
import { E2E_CAMAT, E2E_STAFF } from '../support/e2e-accounts.ts';
import { receiveStock } from '../support/stock-release.ts';
import { stockCardPath } from '../../src/lib/stock-paths';
import {
  SMALL_PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  signInToWorkspace,
  staffClient,
  test,
  waitForIslands,
} from './fixtures';

const DINAS = 'dinas.dinsos-p3a-purwakarta';
const DARANGDAN = 'lumbung.32.14.06';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);
    const shot = (name: string) => `test-results/stok-${name}-${size.name.replace(/\W+/g, '-')}.png`;
    // Each size moves an item no other test keeps at the Dinas: the two run at once on one server.
    const goods = size.name.startsWith('ponsel')
      ? { slug: 'minyak-goreng', name: 'Minyak goreng', unit: 'liter' }
      : { slug: 'beras', name: 'Beras', unit: 'kg' };

    test('a petugas moves stock from the Dinas warehouse to Darangdan, the batch to expire first chosen', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const stamp = Date.now().toString(36).toUpperCase();
      const [later, sooner] = [`MG-${stamp}-A`, `MG-${stamp}-B`];
      const petugas = await staffClient(baseURL!, 'dinsos-p3a-purwakarta');
      // The one to expire first arrives last: first expiry, not first arrival, decides.
      for (const [batch, expires, quantity] of [
        [later, '2099-06-30', '50'],
        [sooner, '2098-03-31', '30'],
      ] as const)
        await receiveStock(baseURL!, petugas.authStore.token, {
          warehouse: DINAS,
          item: goods.slug,
          batch,
          expires_on: expires,
          quantity,
        });

      await signInToWorkspace(page, E2E_STAFF[0]);
      await page.getByRole('button', { name: 'Stok logistik' }).click();
      await expect(page.getByRole('heading', { name: 'Gudang Logistik Dinas Sosial P3A Purwakarta' })).toBeVisible();
      await page.getByRole('button', { name: 'Pindahkan stok' }).click();
      await page.getByRole('button', { name: 'Simpan pemindahan' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Pilih barang yang dipindahkan.');
      await expect(summary).toContainText('Pilih gudang tujuan.');
      await expect(summary).toContainText('Isi nomor surat atau BAST mutasi.');
      await expectNoViolations(page);

      await page.getByLabel('Barang', { exact: true }).selectOption({ label: `${goods.name} (${goods.unit})` });
      await expect(page.getByLabel('Batch', { exact: true })).toHaveValue(sooner);
      await page.getByLabel(`Jumlah yang dipindahkan (${goods.unit})`).fill('45');
      await page.getByLabel('Gudang tujuan').selectOption({ label: 'Lambung Sosial Kecamatan Darangdan' });
      const reference = `MUTASI/${stamp}`;
      await page.getByLabel('Nomor surat atau BAST mutasi').fill(reference);
      await page.getByRole('button', { name: 'Simpan pemindahan' }).click();
      await expect(summary).toContainText(`${goods.name} batch ${sooner} tinggal 30 ${goods.unit}; kurangi jumlahnya.`);
      await expectNoViolations(page);
      await page.screenshot({ path: shot('mutasi-ditolak'), fullPage: true });

      await page.getByLabel(`Jumlah yang dipindahkan (${goods.unit})`).fill('12,5');
      await page.getByRole('button', { name: 'Simpan pemindahan' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveText(
        `Tersimpan: 12,5 ${goods.unit} ${goods.name} batch ${sooner} dipindahkan ke Lambung Sosial Kecamatan Darangdan.`,
      );
      await expect(page.locator('.batch-list li', { hasText: sooner })).toContainText(`${sooner}: 17,5 ${goods.unit}`);
      await expectNoViolations(page);
      await page.screenshot({ path: shot('mutasi'), fullPage: true });

      // The kartu stok of both warehouses (this month, the default period) shows the one transfer.
      for (const [warehouse, kind, amount] of [
        [DINAS, 'Mutasi keluar', '12,5'],
        [DARANGDAN, 'Mutasi masuk', '12,5'],
      ] as const) {
        await page.goto(stockCardPath(warehouse, goods.slug));
        await waitForIslands(page);
        const row = page.getByRole('region', { name: 'Kartu stok' }).getByRole('row').filter({ hasText: reference });
        await expect(row).toContainText(kind);
        await expect(row).toContainText(amount);
        await expect(row).toContainText(sooner);
        await expectNoViolations(page);
      }
    });
  });
}

test.describe('ponsel 360 px', () => {
  test.use(SMALL_PHONE_AND_LAPTOP[0].use);
  test('a Camat is told that stock is moved by the Dinas, not from their Lambung Sosial', async ({ page }) => {
    await signInToWorkspace(page, E2E_CAMAT);
    await page.getByRole('button', { name: 'Stok logistik' }).click();
    await page.getByRole('button', { name: 'Pindahkan stok' }).click();
    await expect(page.locator('.stock-task')).toContainText('memindahkan stok dari gudang Dinas');
    await expect(page.getByRole('button', { name: 'Simpan pemindahan' })).toHaveCount(0);
    await expectNoViolations(page);
  });
});
