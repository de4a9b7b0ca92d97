import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { decodeQr } from './qr';
import { expect, registerRequest, test } from './fixtures';

test('staff sign in and print a receipt whose QR codes lead to the status page and the counter survey', async ({ page, baseURL }) => {
  const { request, service } = await registerRequest(baseURL!, 'kedaruratan-ppks');
  await page.goto(`/petugas/tanda-terima/?no=${request['number']}`);
  await expect(page.getByText('Tanda terima hanya dapat dibuka petugas')).toBeVisible();
  await page.getByLabel('Email petugas').fill(E2E_STAFF[0].email);
  await page.getByLabel('Kata sandi').fill('salah-sandi');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('.error-summary')).toContainText('Email atau kata sandi salah');

  await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  await page.getByRole('button', { name: 'Masuk' }).click();
  const receipt = page.locator('.receipt');
  await expect(receipt.locator('.receipt-number')).toHaveText(request['number']);
  await expect(receipt).toContainText(service['title']);
  await expect(receipt).toContainText('Dijanjikan selesai');
  // Where to go: Kedaruratan PPKS is delivered at the Dinas office.
  await expect(receipt).toContainText('Tempat layanan');
  await expect(receipt).toContainText('Jl. Taman Pahlawan No.9');
  const [status, survey] = [receipt.locator('.qr').nth(0), receipt.locator('.qr').nth(1)];
  expect(await decodeQr(status)).toMatch(new RegExp(`/cek-status/\\?no=${request['number']}$`));
  await expect(receipt).toContainText(`/cek-status/?no=${request['number']}`);
  // The counter questionnaire of the office with the service chosen, tied to no number.
  expect(await decodeQr(survey)).toMatch(/\/survei\/dinsos-p3a-purwakarta\/\?layanan=kedaruratan-ppks$/);
  await expect(receipt.getByRole('button', { name: 'Cetak tanda terima' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(receipt.getByRole('button', { name: 'Cetak tanda terima' })).toBeHidden();
});

test('staff of another office cannot open the receipt', async ({ page, baseURL }) => {
  const { request } = await registerRequest(baseURL!, 'kedaruratan-ppks');
  await page.goto(`/petugas/tanda-terima/?no=${request['number']}`);
  await page.getByLabel('Email petugas').fill(E2E_STAFF[1].email);
  await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('Permohonan ini tidak ditemukan di kantor Anda')).toBeVisible();
  await expect(page.locator('.receipt')).toHaveCount(0);
});
