import { expect, registerRequest, test, waitForIslands } from './fixtures';

test('a request registered at the counter can be looked up and shows its current step', async ({ page, baseURL }) => {
  const { pb, request, service } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar', '0812-5555-4821');
  const staffId = pb.authStore.record!.id;
  await pb.collection('request_events').create({
    request: request.id,
    step: 2,
    status: 'diproses',
    public_note: 'Laporan sedang dikaji.',
    staff: staffId,
  });
  await pb.collection('request_events').create({
    request: request.id,
    step: 3,
    status: 'diproses',
    public_note: 'Data pendukung disiapkan.',
    staff: staffId,
  });

  await page.goto(`/cek-status/?no=${request['number'].toLowerCase().replace(/-/g, ' ')}`);
  await waitForIslands(page);
  await expect(page.getByLabel('Nomor permohonan')).toHaveValue(request['number'].toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('4 angka terakhir nomor HP').fill('4821');
  await page.getByRole('button', { name: 'Cek status' }).click();

  const result = page.locator('.status-result');
  await expect(result.getByRole('heading', { name: `Permohonan ${request['number']}` })).toBeFocused();
  await expect(result).toContainText('Sedang diproses');
  await expect(result.getByRole('heading', { name: `Langkah 3 dari ${service['steps'].length}` })).toBeVisible();
  await expect(result.locator('[aria-current="step"]')).toContainText(service['steps'][2]);
  await expect(result).toContainText('Data pendukung disiapkan.');
  await expect(result).toContainText('Masih dalam waktu yang dijanjikan');
  await expect(result).toContainText('3 jam 30 menit');
  await expect(result).not.toContainText('Warga Uji');
});

test('a whole phone number typed by habit works: its last four digits are used, and the page says so', async ({
  page,
  baseURL,
}) => {
  const { request } = await registerRequest(baseURL!, 'pengecekan-status-dtks-bansos', '0812-7777-6543');
  const sent: unknown[] = [];
  page.on('request', (lookup) => {
    if (lookup.url().includes('/api/layanan/status')) sent.push(lookup.postDataJSON());
  });
  await page.goto(`/cek-status/?no=${request['number']}`);
  await waitForIslands(page);
  const phone = page.getByLabel('4 angka terakhir nomor HP');
  await phone.fill('0812 7777 6543');
  await expect(page.locator('#nomor-verifikasi-dipakai')).toHaveText('Yang dipakai: 4 angka terakhir, 6543.');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('.status-result')).toContainText('Diterima');
  expect(sent).toEqual([{ number: request['number'], verifier: '6543' }]);
  // Where to go, from the service-point feed: this service is delivered in Desa Maracang.
  await expect(page.locator('.status-result')).toContainText('Desa Maracang');
});

test('a mistyped check character is caught before any server call', async ({ page, baseURL }) => {
  const { request } = await registerRequest(baseURL!, 'pengecekan-status-dtks-bansos');
  const number: string = request['number'];
  const lastCharacter = number.at(-1)!;
  const mistyped = number.slice(0, -1) + (lastCharacter === 'A' ? 'B' : 'A');
  const lookups: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().includes('/api/layanan/status')) lookups.push(sent.url());
  });
  await page.goto('/cek-status/');
  await waitForIslands(page);
  await page.getByLabel('Nomor permohonan').fill(mistyped);
  await page.getByLabel('4 angka terakhir nomor HP').fill('7890');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('.error-summary')).toContainText('Nomor tidak valid, periksa kembali');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.getByLabel('Nomor permohonan')).toHaveAttribute('aria-invalid', 'true');
  expect(lookups).toEqual([]);
});

test('a wrong verifier gets the same answer as an unknown number', async ({ page, baseURL }) => {
  const { request } = await registerRequest(baseURL!, 'pengecekan-status-dtks-bansos', '0812-0000-1111');
  await page.goto(`/cek-status/?no=${request['number']}`);
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill('9999');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.getByRole('alert')).toContainText('Nomor tidak ditemukan');
});

test('offline, the page says so plainly and keeps what was typed', async ({ page, context, baseURL }) => {
  const { request } = await registerRequest(baseURL!, 'pengecekan-status-dtks-bansos', '0812-0000-3333');
  await page.goto('/cek-status/');
  await waitForIslands(page);
  await context.setOffline(true);
  await page.getByLabel('Nomor permohonan').fill(request['number']);
  await page.getByLabel('4 angka terakhir nomor HP').fill('3333');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.getByRole('alert')).toContainText('Tidak dapat terhubung ke server');
  await expect(page.getByLabel('Nomor permohonan')).toHaveValue(request['number']);
  await expect(page.getByLabel('4 angka terakhir nomor HP')).toHaveValue('3333');

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('.status-result')).toContainText('Diterima');

  // A status seen once is shown again offline, saying from when it is.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('.status-result')).toContainText(
    'status terakhir yang tersimpan di perangkat ini, dicek pada',
  );
  await context.setOffline(false);
});
