import type { Page } from '@playwright/test';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, test, waitForIslands } from './fixtures';

// What residents type, and the page a resident typing it is looking for.
const QUERIES: { query: string; expected: string; within: number }[] = [
  { query: 'ktp', expected: '/layanan/pengecekan-status-dtks-bansos/', within: 3 },
  { query: 'kartu keluarga', expected: '/layanan/pengecekan-status-dtks-bansos/', within: 3 },
  { query: 'bencana', expected: '/layanan/pengusulan-logistik-kebencanaan/', within: 1 },
  { query: 'anak terlantar', expected: '/layanan/santunan-anak-terlantar/', within: 1 },
  { query: 'bansos', expected: '/layanan/pengecekan-status-dtks-bansos/', within: 1 },
  { query: 'cek bansos', expected: '/layanan/pengecekan-status-dtks-bansos/', within: 1 },
  { query: 'sktm', expected: '/layanan/pengusulan-pbi-apbd/', within: 3 },
  { query: 'kks', expected: '/informasi/gerakan-kks-pegang-sendiri/', within: 1 },
  { query: 'pegang sendiri', expected: '/informasi/gerakan-kks-pegang-sendiri/', within: 1 },
  { query: 'lumbung sosial', expected: '/layanan/pengusulan-logistik-kebencanaan/', within: 1 },
  { query: 'PKH', expected: '/layanan/pengecekan-status-dtks-bansos/', within: 2 },
  { query: 'sembako', expected: '/layanan/pengecekan-status-dtks-bansos/', within: 2 },
];

async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('.search-results li.card h3 a')
    .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
}

// One page, its context made once, for every query: a failure names the query (its step).
test('what residents type finds the page they are looking for, near the top', async ({ page }) => {
  test.setTimeout(30_000 * QUERIES.length);
  for (const { query, expected, within } of QUERIES) {
    await test.step(`searching "${query}" finds ${expected} ${within === 1 ? 'first' : `in the top ${within}`}`, async () => {
      await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
      await waitForIslands(page);
      const results = page.locator('.search-results li.card');
      await expect(results.first()).toBeVisible();
      expect((await resultLinks(page)).slice(0, within)).toContain(expected);
      await expect(results.first().locator('.meta')).toContainText('Untuk warga Kabupaten');
      await expect(results.first().locator('.excerpt')).not.toBeEmpty();
    });
  }
});

test('"kks" is not taken for "kk": only pages that say KKS are found', async ({ page }) => {
  await page.goto('/cari/?q=kks');
  await waitForIslands(page);
  await expect(page.locator('.search-results li.card').first()).toBeVisible();
  for (const excerpt of await page.locator('.search-results .excerpt').allTextContents())
    expect(excerpt).toMatch(/\bKKS\b/);
  await expect(page.locator('.search-answer')).toContainText('Kartu Keluarga Sejahtera');
});

/** Words a resident may not know, what the answer explains, and where it says the thing is arranged. */
const EXPLAINED = [
  ['PKH', 'Program Keluarga Harapan', 'Cek Bansos'],
  ['BPNT', 'Bantuan Pangan Non Tunai', 'Cek Bansos'],
  ['sembako', 'Bantuan Pangan Non Tunai', 'kantor desa/kelurahan'],
  ['lansia', 'lanjut usia', 'Cek Bansos'],
  ['disabilitas', 'disabilitas', 'kantor desa/kelurahan'],
  ['lumbung sosial', 'Lambung Sosial', 'lumbung sosial'],
] as const;

test('searching a term explains it and says where it is arranged', async ({ page }) => {
  test.setTimeout(30_000 * EXPLAINED.length);
  for (const [query, answer, where] of EXPLAINED) {
    await test.step(`searching "${query}" explains it and says where it is arranged`, async () => {
      await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
      await waitForIslands(page);
      const card = page.locator('.search-answer').first();
      await expect(card).toContainText(answer);
      await expect(card).toContainText(where);
      await expect(card.getByRole('link', { name: 'Daftar istilah' })).toBeVisible();
    });
  }
});

test('snippets keep words apart', async ({ page }) => {
  for (const query of ['waktu penyelesaian', 'biaya', 'dinas sosial']) {
    await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
    await waitForIslands(page);
    await expect(page.locator('.search-results li.card').first()).toBeVisible();
    for (const excerpt of await page.locator('.search-results .excerpt').allTextContents()) {
      // "penyelesaian1 hari", "tarifGratis", "menit(210 menit)": a label run into its value. Addresses
      // (with ".", "@" or "/") and the name WhatsApp are written so on purpose.
      const words = excerpt
        .split(/\s+/)
        .filter((word) => !/[.@/]./.test(word) && word.replace(/\W+$/, '') !== 'WhatsApp');
      expect(words.filter((word) => /\p{Ll}\d|\p{Ll}\p{Lu}|\p{L}\(|\)\p{L}/u.test(word))).toEqual([]);
    }
  }
});

test('the home page searches as you type, keeps the query in the address, and Back returns to the results', async ({
  page,
}) => {
  await page.goto('/');
  await waitForIslands(page);
  await page.getByLabel('Cari layanan').fill('bencana');
  const first = page.locator('.search-results li.card').first();
  await expect(first.locator('h3')).toHaveText('Pengusulan Logistik Kebencanaan');
  await expect(first.locator('.meta')).toHaveText('Untuk warga Kabupaten Purwakarta · Dinsos P3A Kab. Purwakarta');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(page).toHaveURL(/\/\?q=bencana$/);

  await first.locator('h3 a').click();
  await expect(page).toHaveURL(/\/layanan\/pengusulan-logistik-kebencanaan\/$/);
  await page.goBack();
  await waitForIslands(page);
  await expect(page.getByLabel('Cari layanan')).toHaveValue('bencana');
  await expect(page.locator('.search-results li.card').first().locator('h3')).toHaveText(
    'Pengusulan Logistik Kebencanaan',
  );
});

test('a Purwakarta resident sees Purwakarta first, and is told when only another kabupaten offers something', async ({
  page,
}) => {
  // The choice made on the home page, remembered on the device.
  await page.goto('/kabupaten/purwakarta/');
  await page.goto('/cari/?q=anak%20terlantar');
  await waitForIslands(page);
  await expect(page.locator('.search-results li.card').first()).toBeVisible();
  const links = await resultLinks(page);
  expect(links[0]).toBe('/layanan/rujukan-ppks-terlantar/');
  const elsewhere = page.locator('.search-elsewhere');
  await expect(
    elsewhere.getByRole('heading', { name: 'Di kabupaten lain — hanya untuk warga kabupaten itu' }),
  ).toBeVisible();
  await expect(elsewhere.locator('li.card', { hasText: 'Santunan Anak Terlantar' }).locator('.meta')).toContainText(
    'Untuk warga Kabupaten Banjarnegara',
  );
  await expect(elsewhere.locator('.callout')).toContainText(
    'Warga Kabupaten Purwakarta: tanyakan layanan serupa ke Dinsos P3A Kab. Purwakarta',
  );
  await expect(elsewhere.locator('.callout').getByRole('link', { name: '0877 2444 7749' })).toHaveAttribute(
    'href',
    'https://wa.me/6287724447749',
  );
});

test('on a kabupaten’s page, "lapor" finds that kabupaten’s services first', async ({ page }) => {
  await page.goto('/kabupaten/purwakarta/?q=lapor');
  await waitForIslands(page);
  await expect(page.locator('.search-results li.card').first()).toBeVisible();
  await expect(page.locator('.search-results li.card').first().locator('.meta')).toContainText('Kabupaten Purwakarta');
  const links = await resultLinks(page);
  expect(links.indexOf('/layanan/respon-kasus-anak/')).not.toBe(0);
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

// Everyday words (issue 29, item 14), on a 360 px phone and the office's laptop.
for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('"surat miskin" is answered as SKTM, from the village, not as the DTKS letter', async ({ page }) => {
      await page.goto('/cari/?q=surat%20miskin');
      await waitForIslands(page);
      const answer = page.locator('.search-answer').first();
      await expect(answer.getByRole('heading')).toHaveText('Arti: SKTM (Surat Keterangan Tidak Mampu)');
      await expect(answer).toContainText('SKTM dibuat oleh kantor desa/kelurahan Anda, bukan oleh Dinas Sosial');
      await expect(answer).toContainText('Surat Keterangan DTKS dari Dinas Sosial adalah surat lain');
      await expect(answer.getByRole('link', { name: 'Pengusulan PBI APBD' })).toBeVisible();
      // The answer stands before the results, which find the DTKS letter by its words "surat".
      const [answerBox, firstResult] = await Promise.all([
        answer.boundingBox(),
        page.locator('.search-results li.card').first().boundingBox(),
      ]);
      expect(answerBox!.y + answerBox!.height).toBeLessThan(firstResult!.y);
      await expectNoViolations(page);
    });

    test('"pengaduan" offers the site’s own complaint form first', async ({ page }) => {
      await page.goto('/cari/?q=pengaduan');
      await waitForIslands(page);
      const answer = page.locator('.search-answer').first();
      await expect(answer).toContainText('boleh tanpa nama');
      await expect(answer.getByRole('link', { name: 'Formulir konsultasi & pengaduan online' })).toHaveAttribute(
        'href',
        '/pengaduan/',
      );
      await answer.getByRole('link', { name: 'Formulir konsultasi & pengaduan online' }).click();
      await expect(page).toHaveURL(/\/pengaduan\/$/);
    });

    test('"cek bansos" puts Pengecekan Status first', async ({ page }) => {
      await page.goto('/cari/?q=cek%20bansos');
      await waitForIslands(page);
      await expect(page.locator('.search-results li.card').first().locator('h3')).toHaveText(
        'Pengecekan Status Kepesertaan DTKS dan Bantuan Sosial',
      );
    });
  });
}
