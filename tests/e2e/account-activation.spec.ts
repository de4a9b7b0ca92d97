// A village operator whose account the office just made: the petugas hands over a one-time code,
// the operator chooses a password on /aktivasi/ from a phone, then signs in with it.
import { expect, expectNoViolations, staffClient, test, waitForIslands } from './fixtures';

test("an operator activates the account with the office's code and signs in with their own password", async ({
  page,
  baseURL,
}) => {
  const petugas = await staffClient(baseURL!, 'dinsos-p3a-purwakarta');
  const village = await petugas.collection('villages').getFirstListItem('code = "32.14.06.2002"');
  const email = `operator.depok.${Date.now()}@desa.test`;
  const account = await petugas
    .collection('operators')
    .create({ email, name: 'Operator Depok', phone: '0812-5555-0101', village: village.id });
  const issued = await (
    await fetch(`${baseURL}/api/petugas/akun-desa/operators/${account.id}/kode-aktivasi`, {
      method: 'POST',
      headers: { Authorization: petugas.authStore.token },
    })
  ).json();

  await page.goto('/aktivasi/');
  await waitForIslands(page);
  await page.getByLabel('Email akun').fill(email);
  await page.getByLabel('Kode aktivasi').fill(issued.code.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('Kata sandi baru', { exact: true }).fill('password123');
  await page.getByLabel('Ulangi kata sandi baru').fill('password123');
  await page.getByRole('button', { name: 'Aktifkan akun' }).click();
  // Refused on the phone, before sending, with the field named and what was typed kept.
  await expect(page.getByRole('alert')).toContainText('paling sering dipakai');
  await expect(page.getByLabel('Email akun')).toHaveValue(email);
  await expectNoViolations(page);

  await page.getByLabel('Kata sandi baru', { exact: true }).fill('hujan turun di sawah depok');
  await page.getByLabel('Ulangi kata sandi baru').fill('hujan turun di sawah depok');
  await page.getByRole('button', { name: 'Aktifkan akun' }).click();
  await expect(page.getByRole('heading', { name: 'Akun sudah aktif' })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('link', { name: 'usulan logistik bencana' }).click();
  await waitForIslands(page);
  await page.getByLabel('Email operator desa').fill(email);
  await page.getByLabel('Kata sandi').fill('hujan turun di sawah depok');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('Masuk sebagai Operator Depok')).toBeVisible();
});
