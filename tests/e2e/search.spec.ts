import { expect, test, waitForIslands } from './fixtures';

// What residents type, and the service a resident typing it is looking for.
const QUERIES: { query: string; expected: string; within: number }[] = [
  { query: 'ktp', expected: 'pengecekan-status-dtks-bansos', within: 3 },
  { query: 'kartu keluarga', expected: 'pengecekan-status-dtks-bansos', within: 3 },
  { query: 'bencana', expected: 'pengusulan-logistik-kebencanaan', within: 1 },
  { query: 'anak terlantar', expected: 'santunan-anak-terlantar', within: 1 },
  { query: 'bansos', expected: 'pengecekan-status-dtks-bansos', within: 3 },
  { query: 'sktm', expected: 'pengusulan-pbi-apbd', within: 3 },
];

for (const { query, expected, within } of QUERIES) {
  test(`searching "${query}" finds ${expected} ${within === 1 ? 'first' : `in the top ${within}`}`, async ({ page }) => {
    await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
    await waitForIslands(page);
    const results = page.locator('.search-results .card');
    await expect(results.first()).toBeVisible();
    const links = await results.locator('h3 a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links.slice(0, within)).toContain(`/layanan/${expected}/`);
    await expect(results.first().locator('.meta')).not.toBeEmpty();
    await expect(results.first().locator('.excerpt')).not.toBeEmpty();
  });
}

test('the home page searches as you type and shows the office and context', async ({ page }) => {
  await page.goto('/');
  await waitForIslands(page);
  await page.getByLabel('Cari layanan').fill('bencana');
  const first = page.locator('.search-results .card').first();
  await expect(first.locator('h3')).toHaveText('Pengusulan Logistik Kebencanaan');
  await expect(first.locator('.meta')).toHaveText('Dinsos P3A Kab. Purwakarta');
  await expect(first.locator('mark').first()).toBeVisible();
});

test('a search with no match says so and points to the list of services', async ({ page }) => {
  await page.goto('/cari/?q=zzzqqq');
  await waitForIslands(page);
  await expect(page.getByText('Tidak ada layanan yang cocok dengan "zzzqqq"')).toBeVisible();
  await expect(page.locator('.search-results').getByRole('link', { name: 'daftar semua layanan' })).toBeVisible();
});

test('without JavaScript the search page points to the list of services', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/cari/?q=ktp');
  await expect(page.getByRole('link', { name: 'daftar semua layanan' })).toBeVisible();
  await context.close();
});
