import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { PHONE_SCREEN_DENSITY, decodeQr } from './qr';
import { expect, expectNoViolations, signInToWorkspace, test, waitForIslands } from './fixtures';

// The QR codes are read from the screen, at a phone's pixel density.
test.use(PHONE_SCREEN_DENSITY);

test('a walk-in request: registered at the counter, receipt printed, followed by the applicant as staff move it along', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signInToWorkspace(page);
  await expect(page.getByRole('heading', { name: 'Daftarkan permohonan' })).toBeVisible();

  await page.getByRole('button', { name: 'Daftarkan permohonan' }).last().click();
  await expect(page.locator('.error-summary')).toContainText('Pilih layanan yang diminta');
  await expectNoViolations(page);

  await page.getByLabel('Layanan', { exact: true }).selectOption({ label: 'Layanan Rujukan Bagi PPKS Terlantar' });
  await page.getByLabel('Nama pemohon').fill('Dedi Kurniawan');
  await page.getByLabel('Nomor HP pemohon').fill('0857-2210-5566');
  await page.getByLabel('Surat Rekomendasi Rujukan').check();
  await page.getByLabel('Catatan internal (boleh kosong)').fill('Diantar ketua RT.');
  await page.getByRole('button', { name: 'Daftarkan permohonan' }).last().click();
  const number = (await page.locator('[role="status"] .receipt-number').textContent())!;
  expect(number).toMatch(/^PWK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);

  await page.getByRole('link', { name: 'Cetak tanda terima' }).click();
  const receipt = page.locator('.receipt');
  await expect(receipt.locator('.receipt-number')).toHaveText(number);
  expect(await decodeQr(receipt.locator('.qr').first())).toMatch(new RegExp(`/cek-status/\\?no=${number}$`));

  // The applicant, on their own phone.
  const applicant = await browser.newPage();
  const lookUp = async () => {
    await applicant.goto(`/cek-status/?no=${number}`);
    await waitForIslands(applicant);
    await applicant.getByLabel('4 angka terakhir nomor HP').fill('5566');
    await applicant.getByRole('button', { name: 'Cek status' }).click();
    return applicant.locator('.status-result');
  };
  await expect(await lookUp()).toContainText('Langkah 1 dari 9');

  await page.goto('/petugas/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
  // Found by its number as the applicant reads it out, whatever else is in the queue.
  await page.getByLabel('Cari nomor atau nama pemohon').fill(number.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: number }).click();
  const detail = page.locator('.detail');
  await expect(detail).toContainText('Dedi Kurniawan');
  await expect(detail).toContainText('Diantar ketua RT.');
  await expectNoViolations(page);
  // A petugas moves it along but cannot complete it.
  await expect(detail.getByLabel('Selesai')).toHaveCount(0);
  await detail
    .getByLabel('Catatan untuk pemohon (tampil di halaman cek status)')
    .fill('Laporan sedang dikaji Kepala Bidang.');
  await detail.getByLabel('Catatan internal (tidak pernah tampil untuk publik)').fill('Perlu cek DTKS.');
  // No decision is made for the petugas: "Simpan" without choosing asks for one and keeps the notes.
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.locator('.error-summary')).toContainText('Pilih status atau keputusan berikutnya');
  await expect(detail.getByLabel('Catatan internal (tidak pernah tampil untuk publik)')).toHaveValue('Perlu cek DTKS.');
  await expectNoViolations(page);
  await detail.getByLabel('Sedang diproses').check();
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail).toContainText('langkah 2 dari 9');
  await expect(detail.getByText('Tersimpan: Sedang diproses.')).toBeVisible();
  await detail
    .getByLabel('Catatan untuk pemohon (tampil di halaman cek status)')
    .fill('Data pendukung sedang disiapkan.');
  await detail.getByLabel('Sedang diproses').check();
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail).toContainText('langkah 3 dari 9');

  const result = await lookUp();
  await expect(result.getByRole('heading', { name: 'Langkah 3 dari 9' })).toBeVisible();
  await expect(result).toContainText('Data pendukung sedang disiapkan.');
  await expect(result).toContainText('Laporan sedang dikaji Kepala Bidang.');
  await expect(result).not.toContainText('Perlu cek DTKS');
  await expect(result).not.toContainText('Diantar ketua RT');
  await applicant.close();
});

test('the workspace shows a petugas neither the report nor the audit trail', async ({ page }) => {
  await signInToWorkspace(page, E2E_STAFF[2]);
  await expect(page.getByRole('button', { name: 'Usulan desa' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Laporan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Jejak audit' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  await expect(page.getByLabel('Email petugas')).toBeVisible();
});

test('strangers failing to sign in to an account hold back neither its own browser nor go unmentioned', async ({
  page,
  baseURL,
}) => {
  const account = E2E_STAFF.find((staff) => staff.email === 'petugas.diincar@e2e.test')!;
  await signInToWorkspace(page, account);
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  // Five wrong passwords from elsewhere (no cookie of this browser): a new device from here would now wait.
  for (let attempt = 0; attempt < 5; attempt++) {
    const wrong = await fetch(`${baseURL}/api/collections/staff/auth-with-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identity: account.email, password: `tebakan-orang-lain-${attempt}` }),
    });
    expect(wrong.status).toBe(400);
  }
  await signInToWorkspace(page, account);
  const warning = page.getByRole('alert').filter({ hasText: 'Peringatan keamanan' });
  await expect(warning).toContainText('ada 5 percobaan masuk yang gagal ke akun ini');
  await expect(page.getByRole('button', { name: 'Daftarkan permohonan' }).first()).toBeVisible();
  await expectNoViolations(page);
  await page.reload();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Saya mengerti' }).click();
  await expect(warning).toHaveCount(0);
});
