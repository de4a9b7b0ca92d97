// The location picker where the base map cannot load (issue 29, item 11): a village operator in
// weak or no signal sees the outline of their kecamatan and their village's centre on a plain
// background, is told plainly what happened, and still chooses the point by tapping or with the keys.
import { DEFAULT_TILE_URL, tileUrlPattern } from '../../src/lib/map-tiles';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test } from './fixtures';
import { signInAsOperator } from './proposal-steps';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('without tiles: the kecamatan outline, the village centre, a plain message; a tap or the keys still choose', async ({
      page,
    }) => {
      await page.route(tileUrlPattern(DEFAULT_TILE_URL), (route) => route.abort('internetdisconnected'));
      await signInAsOperator(page, { serviceWorker: false });
      await page.getByRole('button', { name: 'Pilih titik di peta' }).click();
      const map = page.getByRole('region', { name: 'Titik lokasi (boleh dilewati)' });
      await expect(page.getByRole('status').filter({ hasText: 'Peta dasar tidak dapat dimuat' })).toContainText(
        'batas Kecamatan Darangdan, titik bulat pusat Desa Linggasari',
      );
      await expect(map.locator('path.picker-kecamatan')).toHaveCount(1);
      await expect(map.locator('path.picker-village')).toHaveCount(1);
      await expect(map.getByText('Pusat Desa Linggasari')).toBeVisible();
      await expectNoViolations(page);

      // A tap on the plain background (inside the outline) chooses the point.
      const box = (await map.boundingBox())!;
      await map.click({ position: { x: box.width * 0.75, y: box.height * 0.4 } });
      await expect(page.getByText(/^Titik dipilih: -6\.\d+, 107\.\d+$/)).toBeVisible();
      await page.getByRole('button', { name: 'Hapus titik' }).click();
      await expect(page.getByText('Belum ada titik.')).toBeVisible();

      // Without dragging: the arrow keys move the map, the button takes its centre.
      await map.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      await page.getByRole('button', { name: 'Gunakan titik tengah peta' }).click();
      await expect(page.getByText(/^Titik dipilih: -6\.\d+, 107\.\d+$/)).toBeVisible();
    });
  });
}
