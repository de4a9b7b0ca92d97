// A resident reports, from a 360 px phone, a neighbour believed not eligible for aid (sanggah): from
// the DTSEN explainer's link the form opens on the sanggah, asks whom it names — village, RT/RW,
// name, reason — and offers only "Rahasia" or "Anonim". At the office (1366 px) staff see whom it
// names and forward it to the village with a note; the village operator then reads whom it names,
// why and the note on /data-desa/, and nothing of who reported it. axe clean in each state.
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { expect, expectNoViolations, signInToWorkspace, test, waitForIslands } from './fixtures';
import { signInAsOperator } from './proposal-steps';

const REPORTER_WORDS = 'Saya tetangga dekatnya: ia punya dua mobil dan toko bangunan di pasar.';

test('a sanggah: sent anonymously at 360 px, forwarded by the office, read by its village without the reporter', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/penjelasan/dtsen/');
  await page.getByRole('link', { name: 'Formulir sanggah' }).click();
  await waitForIslands(page);
  await expect(page.getByLabel(/^Sanggah penerima bantuan —/)).toBeChecked();
  await page.getByLabel('Kantor yang dituju').selectOption('dinsos-p3a-purwakarta');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.locator('.error-summary')).toContainText('Pilih desa/kelurahan tempat penerima itu tinggal');
  await expectNoViolations(page);
  await page.getByLabel('Desa/kelurahan tempat tinggalnya').selectOption({ label: 'Linggasari' });
  await page.getByLabel('RT', { exact: true }).fill('003');
  await page.getByLabel('RW', { exact: true }).fill('001');
  await page.getByLabel('Nama penerima seperti yang Anda kenal').fill('Pak Haji Darto');
  await page.getByLabel(/^Keluarga mampu/).check();
  await page.getByLabel('Ceritakan apa yang terjadi, atau apa yang ingin Anda tanyakan').fill(REPORTER_WORDS);
  await page.screenshot({ path: 'test-results/sanggah-formulir-360.png', fullPage: true });
  await page.getByRole('button', { name: 'Lanjut' }).click();

  // Only "Rahasia" or "Anonim".
  await expect(page.getByLabel(/^Biasa —/)).toHaveCount(0);
  await expect(page.getByLabel(/^Rahasia —/)).toBeVisible();
  await page.getByLabel(/^Anonim —/).check();
  await page.getByLabel('4 angka untuk membuka jawaban').fill('3141');
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.locator('.island-frame .summary-list')).toContainText('Pak Haji Darto, RT 003/RW 001');
  await page.getByLabel(/Saya setuju isian ini dibaca petugas/).check();
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pengaduan terkirim' })).toBeVisible({ timeout: 20_000 });
  const number = (await page.locator('.panel .receipt-number').textContent())!.trim();
  await expectNoViolations(page);

  // At the office: whom it names, and forwarded to the village with a note.
  const laptop = await browser.newContext({
    baseURL: baseURL!,
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const office = await laptop.newPage();
  await signInToWorkspace(office, E2E_STAFF[0]);
  await office.getByRole('button', { name: 'Pengaduan', exact: true }).click();
  await office.getByRole('button', { name: number }).click();
  const detail = office.locator('.detail');
  await expect(detail).toContainText('Pak Haji Darto, RT 003/RW 001, Linggasari — Keluarga mampu');
  await expect(detail).toContainText('Belum diteruskan: desa belum melihatnya');
  await detail.getByLabel('Catatan untuk desa').fill('Mohon dibahas di musyawarah desa berikutnya.');
  await expectNoViolations(office);
  await detail.getByRole('button', { name: 'Teruskan ke desa' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Diteruskan' })).toContainText(
    'Mohon dibahas di musyawarah desa berikutnya.',
  );
  await office.screenshot({ path: 'test-results/sanggah-kotak-masuk-1366.png', fullPage: true });
  await laptop.close();

  // The village: whom it names, why, the office's note — never the reporter's words.
  await signInAsOperator(page, { path: '/data-desa/', serviceWorker: false });
  const forwarded = page.getByRole('region', { name: 'Sanggah dari Dinas' });
  const row = forwarded.getByRole('row').filter({ hasText: 'Pak Haji Darto' });
  await expect(row).toContainText('003/001');
  await expect(row).toContainText('Mohon dibahas di musyawarah desa berikutnya.');
  await expect(page.locator('main')).not.toContainText('toko bangunan');
  await expect(page.locator('main')).not.toContainText(number);
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/sanggah-desa-360.png', fullPage: true });
});
