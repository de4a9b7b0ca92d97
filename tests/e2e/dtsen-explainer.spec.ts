// Issue 26, part 1: what residents read about the social registry is current. The DTSEN explainer
// is found by the words residents search with, says it is the site's own text with a source and a
// checking date under every fact, and the Pengusulan DTKS page sends residents to their own village
// first — the village finder names it.
import type { Page } from '@playwright/test';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test, waitForIslands } from './fixtures';

const EXPLAINER = '/penjelasan/dtsen/';

async function resultLinks(page: Page): Promise<string[]> {
  await expect(page.locator('.search-results li.card').first()).toBeVisible();
  return page
    .locator('.search-results li.card h3 a')
    .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
}

/** What residents type when they mean the social registry. */
const REGISTRY_QUERIES = ['dtsen', 'desil', 'cek desil', 'data bansos', 'nama hilang dari bansos'];

test('searching what residents call the registry finds the DTSEN explainer first', async ({ page }) => {
  test.setTimeout(30_000 * REGISTRY_QUERIES.length);
  for (const query of REGISTRY_QUERIES) {
    await test.step(`searching "${query}" finds the DTSEN explainer first`, async () => {
      await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
      await waitForIslands(page);
      expect((await resultLinks(page))[0]).toBe(EXPLAINER);
    });
  }
});

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a resident searching "dtsen" lands on the explainer: the site’s own text, every fact with source and date', async ({
      page,
    }) => {
      await page.goto('/cari/?q=dtsen');
      await waitForIslands(page);
      await expect(page.locator('.search-answer').first()).toContainText('Data Tunggal Sosial Ekonomi Nasional');
      await expectNoViolations(page);
      await page.locator('.search-results li.card h3 a').first().click();
      await expect(page).toHaveURL(new RegExp(`${EXPLAINER}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'DTSEN, desil, dan cara masuk data penerima bantuan sosial',
      );
      await expect(page.locator('.site-own')).toContainText(
        'Penjelasan dari situs ini, bukan dari dokumen resmi kantor',
      );
      for (const question of [
        'Mengapa nama saya hilang dari daftar bantuan?',
        'Apa itu desil, dan berapa desil saya?',
        'Berapa lama usulan diproses?',
        'Apa yang bisa dan tidak bisa dilakukan Dinas Sosial?',
        'Bagaimana melaporkan penerima yang menurut saya tidak layak (sanggah)?',
      ])
        await expect(page.getByRole('heading', { level: 2, name: question })).toBeVisible();
      await expect(page.locator('#desil')).toContainText(
        'Dinas Sosial kabupaten tidak dapat melihat atau mengubah desil Anda',
      );
      const facts = page.locator('.site-fact');
      expect(await facts.count()).toBeGreaterThan(10);
      for (const source of await facts.locator('.meta').allTextContents())
        expect(source).toMatch(/^Sumber: .+\. Dicek \d{1,2} \w+ \d{4}\.$/);
      await expectNoViolations(page);
      await page.screenshot({
        path: `test-results/dtsen-penjelasan-${size.name.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });
    });

    test('the Pengusulan DTKS page sends residents to their own village first, and the finder names it', async ({
      page,
    }) => {
      await page.goto('/layanan/pengusulan-dtks/');
      const ways = page.locator('#tempat-layanan .where-to-go > li');
      await expect(ways).toHaveCount(3);
      await expect(ways.nth(0).getByRole('heading')).toHaveText('Kantor desa/kelurahan tempat Anda tinggal');
      await expect(ways.nth(0)).toContainText(
        'Datang ke petugas Pengisi Data Desa/Kelurahan di kantor desa/kelurahan Anda',
      );
      await expect(ways.nth(1)).toContainText('Aplikasi Cek Bansos Kemensos');
      await expect(ways.nth(2).getByRole('heading', { level: 3 })).toHaveText('Untuk pertanyaan');
      await expect(ways.nth(2)).toContainText('Pusat Layanan Perlindungan Jaminan Sosial & Penanganan Fakir Miskin');
      await expectNoViolations(page);
      await page.screenshot({
        path: `test-results/dtsen-pengusulan-${size.name.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });

      await ways.nth(0).getByRole('link', { name: 'Cari kantor desa/kelurahan Anda' }).click();
      await expect(page).toHaveURL(/\/peta\/#cari-kantor-judul$/);
      await waitForIslands(page);
      await page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Babakancikao' });
      const desa = page.getByLabel('Desa/kelurahan (boleh dilewati)');
      await expect(desa).toBeEnabled();
      await desa.selectOption({ label: 'Maracang' });
      await page.getByRole('button', { name: 'Tampilkan kantor' }).click();
      const village = page.locator('.office-answer li', { hasText: 'Kantor Desa Maracang' }).first();
      await expect(village).toContainText('Pengusulan DTKS: datang ke petugas Pengisi Data Desa/Kelurahan');
      await expect(village.getByRole('link', { name: 'Pengusulan DTKS' })).toHaveAttribute(
        'href',
        '/layanan/pengusulan-dtks/',
      );
    });
  });
}
