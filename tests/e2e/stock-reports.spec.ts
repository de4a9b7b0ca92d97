// The stock reports of a Camat's Lambung Sosial (/petugas/laporan-stok/): the alerts above their
// proposals, the monthly report, the releases per disaster and the kartu stok, each printed on A4 —
// at 360 px on a phone and at 1366 px — and refused to a village operator.
import { camatRelease } from '../support/stock-release.ts';
import { E2E_CAMAT } from '../support/e2e-accounts.ts';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test, waitForIslands } from './fixtures';
import { officeMonth } from '../../src/domain/time';
import { officeDate } from '../../src/domain/working-days';

/** The sizes of a PDF's pages in points. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a Camat reads the alerts of their Lambung Sosial, its month, its releases per disaster and a kartu stok on one A4 page', async ({
      page,
      baseURL,
    }) => {
      const release = await camatRelease(baseURL!);
      await page.goto('/petugas/');
      await waitForIslands(page);
      await page.getByLabel('Camat (Lambung Sosial)').check();
      await page.getByLabel('Email akun Camat').fill(E2E_CAMAT.email);
      await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
      await page.getByRole('button', { name: 'Masuk' }).click();

      // Above their proposals: their own warehouse's alerts only.
      const belowMinimum = page.getByRole('region', { name: 'Barang di bawah stok minimum' });
      await expect(belowMinimum.getByRole('row').filter({ hasText: 'Selimut' })).toContainText(
        'Lambung Sosial Kecamatan Darangdan',
      );
      await expect(page.getByRole('main')).not.toContainText('Gudang Logistik Dinas');
      await expectNoViolations(page);

      await page.getByRole('link', { name: 'Buka laporan stok' }).click();
      await waitForIslands(page);
      await page.getByLabel('Laporan bulanan gudang').check();
      await expect(page.getByLabel('Bulan', { exact: true })).toHaveValue(officeMonth(new Date()));
      await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
      await expect(
        page.getByRole('heading', { name: `Laporan bulanan stok ${officeMonth(new Date())}` }),
      ).toBeVisible();
      // Other tests keep other items in the same warehouse (lauk pauk sorts first): the row is found by its item.
      await expect(
        page
          .getByRole('region', { name: 'Laporan bulanan stok' })
          .getByRole('row')
          .filter({ hasText: 'Makanan siap saji (paket)' }),
      ).toHaveCount(1);
      await expectNoViolations(page);

      await page.getByLabel('Penyaluran per bencana').check();
      await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
      const delivery = page.getByRole('row').filter({ hasText: release.number });
      await expect(delivery).toContainText('Desa Linggasari, Kec. Darangdan');
      await expect(delivery).toContainText('Makanan siap saji 12 paket');
      await expect(delivery).toContainText('belum');
      await expect(page.getByRole('main')).not.toContainText('Kepala Desa Linggasari');
      await expectNoViolations(page);
      await page.screenshot({
        path: `test-results/laporan-stok-${size.name.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });

      // The kartu stok, asked for without choosing the warehouse: a Camat has one.
      await page.getByLabel('Kartu stok satu barang').check();
      await page.getByLabel('Barang', { exact: true }).selectOption({ label: 'Makanan siap saji (paket)' });
      // It opens on this month up to today; the officer picks a period, first the wrong way round.
      const today = officeDate(new Date());
      await expect(page.getByLabel('Dari tanggal')).toHaveValue(`${today.slice(0, 8)}01`);
      await expect(page.getByLabel('Sampai tanggal')).toHaveValue(today);
      await page.getByLabel('Dari tanggal').fill(today);
      await page.getByLabel('Sampai tanggal').fill(`${today.slice(0, 8)}01`);
      await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
      await expect(page.getByRole('alert')).toContainText('Tanggal akhir periode jatuh sebelum tanggal awalnya');
      await expectNoViolations(page);
      await page.getByLabel('Sampai tanggal').fill(today);
      await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
      await expect(page.getByRole('heading', { name: 'Kartu stok: Makanan siap saji (paket)' })).toBeVisible();
      await expect(page.getByText(`periode ${today} s.d. ${today}`)).toBeVisible();
      const card = page.getByRole('region', { name: 'Kartu stok' });
      // Everything of this test was recorded today: nothing is carried in from before it.
      await expect(card.getByRole('row').nth(1)).toContainText('Saldo awal periode');
      await expect(card.getByRole('row').filter({ hasText: release.number })).toContainText('Penyaluran');
      await expectNoViolations(page);
      await page.screenshot({
        path: `test-results/kartu-stok-periode-${size.name.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: 'Tampilkan laporan' })).toBeHidden();
      const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      // A4 is 595.28 × 841.89 pt; Chromium rounds a page to whole CSS pixels.
      expect(pages[0]!.width).toBeCloseTo(595.28, -0.5);
      expect(pages[0]!.height).toBeCloseTo(841.89, -0.5);
      await page.emulateMedia({ media: 'screen' });

      // A CSV of the same, with the account's authorization.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Unduh CSV' }).click();
      expect((await download).suggestedFilename()).toBe(
        `kartu-stok-lumbung.32.14.06-makanan-siap-saji-${today}-${today}.csv`,
      );
    });
  });
}

// Anyone reads what each warehouse holds and released, aggregates only (issue 27).
for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the public stock page shows each warehouse’s stock and BAST per month, no batch, village or name; linked from /kinerja/', async ({
      page,
      baseURL,
    }) => {
      const release = await camatRelease(baseURL!);
      await page.goto('/kinerja/');
      await page.getByRole('link', { name: 'Stok logistik bencana' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Stok logistik bencana' })).toBeVisible();
      const figures = page.locator('.stock-figures');
      await expect(figures).toContainText('Angka diambil pada');
      const darangdan = page.getByRole('region', { name: 'Stok Lambung Sosial Kecamatan Darangdan' });
      await expect(darangdan.locator('[data-barang="makanan-siap-saji"]')).toContainText(
        /Pangan\s*\d+ paket\s*\d+ paket/,
      );
      const month = page
        .getByRole('region', { name: 'Penyaluran per bulan Lambung Sosial Kecamatan Darangdan' })
        .locator(`[data-bulan="${officeMonth(new Date())}"]`);
      await expect(month.getByRole('cell').first()).not.toHaveText('0');
      for (const secret of [release.number, 'Linggasari', 'E2E-', 'Camat Uji'])
        await expect(page.getByRole('main')).not.toContainText(secret);
      await expectNoViolations(page);
      await page.screenshot({ path: `test-results/stok-publik-${size.name.replace(/\W+/g, '-')}.png` });
      const csv = await (await fetch(`${baseURL}/api/data/logistik?format=csv`)).text();
      expect(csv).toContain('"Lambung Sosial Kecamatan Darangdan","Stok","","Pangan","Makanan siap saji"');
    });
  });
}
