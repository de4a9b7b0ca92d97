// The village operator's proposal form as it is used in the field, on a phone and on a 1366×768
// laptop (issue 18): the location picker's pin, the step kept across a reload, focus where the
// work continues.
import { PHONE_AND_LAPTOP, expect, expectNoViolations, test, waitForIslands } from './fixtures';
import { fillEventStep, fillImpactCounts, signInAsOperator, writeProposalFiles } from './proposal-steps';

for (const size of PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a point chosen on the map shows Leaflet’s pin, its images served with 200', async ({ page }) => {
      const pinImages = new Map<string, number>();
      page.on('response', (response) => {
        if (/marker-(icon|shadow)/.test(response.url()))
          pinImages.set(new URL(response.url()).pathname, response.status());
      });
      await signInAsOperator(page, { serviceWorker: false });
      await page.getByRole('button', { name: 'Pilih titik di peta' }).click();
      const map = page.getByRole('region', { name: 'Titik lokasi (boleh dilewati)' });
      // The button pressed is gone; the map, where the point is chosen, has the focus (not the page's body).
      await expect(map).toBeFocused();
      await expect(map.locator('.leaflet-map-pane')).toBeAttached();
      await map.click();
      await expect(page.getByText(/^Titik dipilih: -?\d/)).toBeVisible();
      const pin = map.locator('img.leaflet-marker-icon');
      await expect(pin).toBeVisible();
      await expect
        .poll(() => pin.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
        .toBe(true);
      await expect
        .poll(() =>
          map
            .locator('img.leaflet-marker-shadow')
            .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
        )
        .toBe(true);
      expect([...pinImages.keys()].some((path) => path.includes('marker-icon'))).toBe(true);
      for (const [path, status] of pinImages) expect(status, path).toBe(200);
      expect([...pinImages.keys()].filter((path) => path.startsWith('/usulan-logistik/'))).toEqual([]);
      await expectNoViolations(page);
    });

    test('signing in takes focus to the step heading, and a reload returns to the step the operator was on', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await signInAsOperator(page, { serviceWorker: false });
      const heading = page.locator('#langkah-judul');
      await expect(heading).toHaveText('Kejadian bencana');
      await expect(heading).toBeFocused();
      await fillEventStep(page, 'Tebing di belakang rumah warga longsor (uji muat ulang).');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await expect(heading).toHaveText('Korban dan kerugian');
      await expect(heading).toBeFocused();
      await fillImpactCounts(page, '1');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await expect(heading).toHaveText('Kebutuhan logistik');
      await expect(page.getByText('Langkah 3 dari 6')).toBeVisible();

      await page.waitForTimeout(500);
      await page.reload();
      await waitForIslands(page);
      await expect(heading).toHaveText('Kebutuhan logistik');
      await expect(page.getByText('Langkah 3 dari 6')).toBeVisible();
      await page.getByRole('button', { name: 'Kembali' }).click();
      await expect(heading).toHaveText('Korban dan kerugian');
      await expect(page.getByLabel('Rumah rusak berat', { exact: true })).toHaveValue('1');
      await expectNoViolations(page);
    });

    test('each logistics row shows all of its fields and its "Hapus" inside the screen, also on a 360 px phone', async ({
      page,
    }) => {
      if (size.name === 'ponsel') await page.setViewportSize({ width: 360, height: 780 });
      await signInAsOperator(page, { serviceWorker: false });
      await fillEventStep(page, 'Banjir merendam dua RT (uji baris logistik).');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await fillImpactCounts(page, '0');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await page.getByRole('button', { name: 'Tambah barang' }).click();
      const width = page.viewportSize()!.width;
      for (const control of [
        page.getByLabel('Barang').nth(1),
        page.getByLabel('Jumlah', { exact: true }).nth(1),
        page.getByLabel('Satuan').nth(1),
        page.getByRole('button', { name: 'Hapus baris 2' }),
      ]) {
        const box = (await control.boundingBox())!;
        expect(box.x, await control.evaluate((element) => element.outerHTML.slice(0, 60))).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      }
      await expectNoViolations(page);
    });

    test('a document with files added does not say "no file chosen" above them', async ({ page }) => {
      test.setTimeout(60_000);
      const files = await writeProposalFiles();
      await signInAsOperator(page, { serviceWorker: false });
      await fillEventStep(page, 'Angin kencang merusak atap (uji berkas).');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await fillImpactCounts(page, '0');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await page.getByLabel('Barang').first().fill('Terpal');
      await page.getByLabel('Jumlah', { exact: true }).first().fill('5');
      await page.getByLabel('Satuan').first().fill('lembar');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await page.getByLabel('Camat Darangdan (Lambung Sosial)').check();
      await page.getByRole('button', { name: 'Lanjut' }).click();
      const input = page.getByLabel('Surat Permohonan Usulan');
      const field = page.locator('.field').filter({ has: input });
      await expect(field.getByText('Belum ada file.')).toBeVisible();
      await input.setInputFiles(files.letter);
      await expect(field.locator('.file-list li')).toHaveCount(1);
      await expect(field.getByText('Belum ada file.')).toHaveCount(0);
      // The browser's own status text is not shown (it would say no file is chosen); its button is.
      const colours = await input.evaluate((element) => [
        getComputedStyle(element).color,
        getComputedStyle(element, '::file-selector-button').color,
      ]);
      expect(colours[0]).toBe('rgba(0, 0, 0, 0)');
      expect(colours[1]).not.toBe('rgba(0, 0, 0, 0)');
      await expectNoViolations(page);
    });
  });
}
