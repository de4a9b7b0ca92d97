// A resident applies for Surat Keterangan DTKS from a phone, on a connection that drops mid-upload;
// the application is delivered once. Staff at the office ask for a clearer KK; the resident sends
// it from the status page; staff accept and move it along; the status page shows each step.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  expect,
  expectNoViolations,
  signInToWorkspace,
  staffClient,
  test,
  uploadFolder,
  waitForIslands,
} from './fixtures';

const photo = async (name: string, shade: number) => {
  const path = join(uploadFolder(), name);
  writeFileSync(
    path,
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: shade, g: 120, b: 90 } } })
      .jpeg()
      .toBuffer(),
  );
  return path;
};

test('apply online, drop the connection mid-upload, complete a document when asked, follow it to its steps', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const [ktp, kk, kkClear] = await Promise.all([
    photo('ktp.jpg', 200),
    photo('kk-buram.jpg', 150),
    photo('kk-jelas.jpg', 100),
  ]);

  await page.goto('/layanan/surat-keterangan-dtks/');
  await page.getByRole('link', { name: 'Ajukan online' }).click();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.locator('.error-summary')).toContainText('Tuliskan nama lengkap pemohon');
  await page.getByLabel('Nama lengkap pemohon').fill('Nining Kurniasih');
  await page.getByLabel('Nomor HP yang aktif').fill('0838-1122-6093');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Kartu Tanda Penduduk').setInputFiles(ktp);
  await page.getByLabel('Kartu Keluarga').setInputFiles(kk);
  await page.getByLabel('Alasan Kebutuhan Pencetakan').fill('Untuk mendaftarkan anak ke SMP negeri.');
  await expect(page.locator('.file-list li')).toHaveCount(2);
  await expectNoViolations(page);
  // A reload keeps everything, files included, and the step.
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Alasan Kebutuhan Pencetakan')).toHaveValue('Untuk mendaftarkan anak ke SMP negeri.');
  await expect(page.locator('.file-list li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('heading', { name: 'Periksa kembali' })).toBeVisible();
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(page.locator('.error-summary')).toContainText('Centang persetujuan');
  await expectNoViolations(page);
  await page.getByLabel(/Saya setuju dokumen dan isian ini dilihat petugas/).check();

  // The first upload reaches the server, but its answer is lost: the phone retries with the same key.
  let uploads = 0;
  await page.route('**/api/layanan/ajukan', async (route) => {
    uploads++;
    if (uploads === 1) {
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(page.getByText('Menunggu sinyal — akan terkirim otomatis')).toBeVisible();
  const confirmation = page.getByRole('heading', { name: 'Permohonan terkirim' });
  await expect(confirmation).toBeVisible({ timeout: 20_000 });
  await expect(confirmation).toBeFocused();
  const number = (await page.locator('.panel .receipt-number').textContent())!.trim();
  expect(uploads).toBe(2);
  await expect(page.locator('.receipt')).toContainText('Pusat Layanan');
  await expect(page.getByRole('link', { name: 'Bagikan ke WhatsApp' })).toHaveAttribute(
    'href',
    new RegExp(`wa\\.me/\\?text=.*${number}`),
  );
  await expect(page.getByRole('link', { name: 'Bagikan ke WhatsApp' })).not.toHaveAttribute('href', /Nining|6093/);
  await expectNoViolations(page);

  const petugas = await staffClient(baseURL!, 'dinsos-p3a-purwakarta');
  expect(
    (await petugas.collection('requests').getFullList({ filter: petugas.filter('number = {:number}', { number }) }))
      .length,
  ).toBe(1);

  // At the office, on a laptop: online applications to verify come first; the KK is asked for again.
  const laptop = await browser.newContext({
    baseURL: baseURL!,
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const office = await laptop.newPage();
  await signInToWorkspace(office);
  await office.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
  await expect(office.locator('tbody tr').first()).toContainText('Menunggu verifikasi dokumen');
  await office.getByRole('button', { name: number }).click();
  const detail = office.locator('.detail');
  await expect(detail).toContainText('Untuk mendaftarkan anak ke SMP negeri.');
  // Each document a link with a small preview of the photo, and when it came.
  const kkFiles = detail
    .locator('.summary-list > div')
    .filter({ has: office.getByRole('term').getByText('Kartu Keluarga') });
  await expect(detail.getByRole('link', { name: 'foto 1' })).toHaveCount(2);
  await expect(kkFiles.getByRole('listitem')).toHaveCount(1);
  await expect(kkFiles).toContainText('dikirim bersama permohonan');
  await expect(kkFiles.locator('img.file-preview')).toHaveJSProperty('complete', true);
  expect(
    await kkFiles.locator('img.file-preview').evaluate((image: HTMLImageElement) => image.naturalWidth),
  ).toBeGreaterThan(0);
  await detail.getByLabel('Minta pemohon melengkapi dokumen').check();
  await detail
    .getByLabel('Catatan untuk pemohon (tampil di halaman cek status)')
    .fill('Foto KK buram; kirim ulang foto KK yang jelas.');
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail.getByText('Tersimpan: Minta pemohon melengkapi dokumen.')).toBeVisible();
  await expectNoViolations(office);

  // The resident sends the clearer KK from the status page, with the same number.
  await page.goto(`/cek-status/?no=${number}`);
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill('6093');
  await page.getByRole('button', { name: 'Cek status' }).click();
  const result = page.locator('.status-result');
  await expect(result).toContainText('Petugas meminta Anda melengkapi dokumen');
  await expect(result).toContainText('Foto KK buram; kirim ulang foto KK yang jelas.');
  await result.getByLabel('Kartu Keluarga').check();
  await result.getByLabel('Foto atau PDF: Kartu Keluarga').setInputFiles(kkClear);
  await expectNoViolations(page);
  await result.getByRole('button', { name: 'Kirim dokumen' }).click();
  await expect(result).toContainText('Petugas sedang memeriksa dokumen yang Anda kirim');

  // Staff see which file was sent again, and when, beside the first (issue 29, item 3).
  await office.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
  await office.getByRole('button', { name: number }).click();
  await expect(kkFiles.getByRole('listitem')).toHaveCount(2);
  await expect(kkFiles.getByRole('listitem').nth(0)).toContainText('dikirim bersama permohonan');
  await expect(kkFiles.getByRole('listitem').nth(1)).toContainText('foto 2 — dikirim ulang');
  await expect(kkFiles.getByRole('link', { name: 'foto 2' }).locator('img.file-preview')).toBeVisible();
  await expectNoViolations(office);

  // Staff accept: the standard's steps begin.
  await detail.getByLabel('Dokumen lengkap: terima dan mulai langkah 1').check();
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail).toContainText('langkah 1 dari 3');
  await laptop.close();

  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(result.getByRole('heading', { name: 'Langkah 1 dari 3' })).toBeVisible();
  await expect(result).toContainText('Standar pelayanan layanan ini tidak mencantumkan waktu penyelesaian.');
  await expect(result).toContainText('Dokumen yang Anda kirim disimpan paling lama 90 hari setelah selesai');
  await expectNoViolations(page);
});
