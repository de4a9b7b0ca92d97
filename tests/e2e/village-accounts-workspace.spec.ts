// Village operator accounts made in the workspace (issue 18): staff never set a password; they hand
// over a one-time code, which the operator uses on /aktivasi/. A new code ends the old one.
import { E2E_OPERATOR } from '../support/e2e-accounts.ts';
import {
  PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  signInToWorkspace,
  staffClient,
  test,
  waitForIslands,
} from './fixtures';

for (const size of PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a petugas makes an operator account and hands over a code; a new code ends the old one; the operator activates it and signs in', async ({
      page,
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const email = `operator.depok.${Date.now()}.${size.name.length}@desa.test`;
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Akun desa & Camat' }).click();
      await expect(page.getByRole('region', { name: 'Akun operator desa/kelurahan' })).toBeVisible();
      await expectNoViolations(page);

      await page.getByRole('button', { name: 'Buat akun baru' }).click();
      const form = page.locator('form.detail');
      await form.getByRole('button', { name: 'Buat akun dan kode aktivasi' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('listitem')).toHaveText([
        'Pilih desa atau kelurahan operator ini.',
        'Tuliskan nama pemegang akun.',
        /^Tuliskan alamat email pemegang akun, misalnya operator\.desa@contoh\.id/,
        'Tuliskan nomor HP operator, misalnya 0812 3456 7890.',
      ]);
      await expectNoViolations(page);

      await form.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Darangdan' });
      // A village that already has an operator says so: the same person needs a new code, not a second account.
      await form.getByLabel('Desa atau kelurahan').selectOption({ label: 'Desa Linggasari' });
      await expect(form.getByRole('status')).toContainText(`sudah punya akun operator: ${E2E_OPERATOR.name}`);
      await form.getByLabel('Desa atau kelurahan').selectOption({ label: 'Desa Depok' });
      await form.getByLabel('Nama pemegang akun').fill('Operator Depok Baru');
      await form.getByLabel('Email pemegang akun').fill(email);
      await form.getByLabel('Nomor HP operator').fill('0812-5555-0199');
      await form.getByRole('button', { name: 'Buat akun dan kode aktivasi' }).click();

      const slip = page.locator('.activation-slip');
      await expect(slip.getByRole('heading', { name: 'Kode aktivasi untuk Operator Depok Baru' })).toBeFocused();
      await expect(slip).toContainText(email);
      await expect(slip).toContainText(`${baseURL}/aktivasi/`);
      const firstCode = (await slip.locator('.activation-code').textContent())!;
      expect(firstCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      // Never in the address, never kept on the device.
      expect(page.url()).not.toContain(firstCode);
      expect(
        await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
      ).not.toContain(firstCode);
      await expectNoViolations(page);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => (document.body.dataset['cetak'] = 'lembar-aktivasi'));
      await expect(page.getByRole('heading', { name: 'Ruang kerja petugas' })).toBeHidden();
      await expect(slip.locator('.activation-code')).toBeVisible();
      await page.evaluate(() => delete document.body.dataset['cetak']);
      await page.emulateMedia({ media: 'screen' });
      await slip.getByRole('button', { name: 'Selesai, tutup kode' }).click();
      await expect(slip).toHaveCount(0);

      // The same email twice is refused, naming the field.
      await page.getByRole('button', { name: 'Buat akun baru' }).click();
      await form.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Darangdan' });
      await form.getByLabel('Desa atau kelurahan').selectOption({ label: 'Desa Depok' });
      await form.getByLabel('Nama pemegang akun').fill('Operator Kedua');
      await form.getByLabel('Email pemegang akun').fill(email);
      await form.getByLabel('Nomor HP operator').fill('0812-5555-0198');
      await form.getByRole('button', { name: 'Buat akun dan kode aktivasi' }).click();
      await expect(summary).toContainText('Email ini sudah dipakai akun lain');
      await expectNoViolations(page);
      await form.getByRole('button', { name: 'Batal' }).click();

      // Found by its email: not yet active; a new code for it.
      await page.getByLabel('Cari nama, email atau desa').fill(email);
      await page.getByRole('button', { name: 'Cari', exact: true }).last().click();
      const list = page.getByRole('region', { name: 'Akun operator desa/kelurahan' });
      await expect(list.getByRole('row')).toHaveCount(2);
      await expect(list.getByRole('row').nth(1)).toContainText('Belum diaktifkan');
      await list.getByRole('button', { name: 'Kode aktivasi baru untuk Operator Depok Baru' }).click();
      await expect(page.getByText('mengakhiri kata sandi lama')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Buat kode baru' }).click();
      const secondCode = (await slip.locator('.activation-code').textContent())!;
      expect(secondCode).not.toBe(firstCode);

      // The first code no longer works; the second does, on the operator's own phone.
      const refused = await fetch(`${baseURL}/api/akun/aktivasi`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, code: firstCode, password: 'hujan turun di sawah depok' }),
      });
      expect(refused.status).toBe(400);
      const phone = await browser.newContext({
        baseURL: baseURL!,
        viewport: page.viewportSize(),
        locale: 'id-ID',
        serviceWorkers: 'block',
      });
      const operator = await phone.newPage();
      await operator.goto('/aktivasi/');
      await waitForIslands(operator);
      await operator.getByLabel('Email akun').fill(email);
      await operator.getByLabel('Kode aktivasi').fill(secondCode);
      await operator.getByLabel('Kata sandi baru', { exact: true }).fill('hujan turun di sawah depok');
      await operator.getByLabel('Ulangi kata sandi baru').fill('hujan turun di sawah depok');
      await operator.getByRole('button', { name: 'Aktifkan akun' }).click();
      await expect(operator.getByRole('heading', { name: 'Akun sudah aktif' })).toBeVisible();
      await operator.goto('/usulan-logistik/');
      await waitForIslands(operator);
      await operator.getByLabel('Email operator desa').fill(email);
      await operator.getByLabel('Kata sandi').fill('hujan turun di sawah depok');
      await operator.getByRole('button', { name: 'Masuk' }).click();
      await expect(operator.getByText('Masuk sebagai Operator Depok Baru')).toBeVisible();
      await phone.close();

      // The office sees it active now.
      await slip.getByRole('button', { name: 'Selesai, tutup kode' }).click();
      await page.getByRole('button', { name: 'Cari', exact: true }).last().click();
      await expect(list.getByRole('row').nth(1)).toContainText('Aktif');
      await expectNoViolations(page);

      // The operator has a new phone: corrected, with the same checks as when the account was made.
      await list.getByRole('button', { name: 'Ubah akun Operator Depok Baru' }).click();
      const edit = page.locator('form.detail');
      await edit.getByLabel('Nomor HP operator').fill('0812');
      await edit.getByRole('button', { name: 'Simpan' }).click();
      await expect(summary).toContainText('Tuliskan nomor HP operator, misalnya 0812 3456 7890.');
      await expectNoViolations(page);
      await edit.getByLabel('Nomor HP operator').fill('0813-2222-0101');
      await edit.getByRole('button', { name: 'Simpan' }).click();
      await expect(edit.getByRole('status')).toHaveText('Tersimpan.');
      await expect(list.getByRole('row').nth(1)).toContainText('0813-2222-0101');
      // The server refuses the same mistake sent past the form.
      const pb = await staffClient(baseURL!, 'dinsos-p3a-purwakarta');
      const account = await pb.collection('operators').getFirstListItem(pb.filter('email = {:email}', { email }));
      await expect(pb.collection('operators').update(account.id, { phone: '12' })).rejects.toMatchObject({
        status: 400,
      });
    });
  });
}
