// An error goes as soon as it is fixed (issue 29, item 5): the resident filling in step 2 of an
// online application, and the clerk moving a request along, see only what is still wrong — without
// the focus leaving the field they are correcting.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import {
  SMALL_PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  registerRequest,
  signInToWorkspace,
  test,
  uploadFolder,
  waitForIslands,
} from './fixtures';
import { signInAsOperator } from './proposal-steps';

const KEPALA = E2E_STAFF.find((staff) => staff.role === 'kepala_bidang')!;

async function photo(): Promise<string> {
  const path = join(uploadFolder(), 'dokumen.jpg');
  writeFileSync(
    path,
    await sharp({ create: { width: 600, height: 400, channels: 3, background: { r: 90, g: 120, b: 200 } } })
      .jpeg()
      .toBuffer(),
  );
  return path;
}

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('application step 2: each error goes as soon as its requirement is given, the others stay', async ({
      page,
    }) => {
      const file = await photo();
      await page.goto('/layanan/surat-keterangan-dtks/ajukan/');
      await waitForIslands(page);
      await page.getByLabel('Nama lengkap pemohon').fill('Nining Kurniasih');
      await page.getByLabel('Nomor HP yang aktif').fill('0838-1122-6093');
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await page.getByRole('button', { name: 'Lanjut' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary.getByRole('listitem')).toHaveCount(3);
      await expect(page.locator('.error-message')).toHaveCount(3);

      const reason = page.getByLabel('Alasan Kebutuhan Pencetakan');
      await reason.fill('Untuk mendaftarkan anak ke SMP negeri.');
      await expect(summary.getByRole('listitem')).toHaveCount(2);
      await expect(summary).not.toContainText('Alasan Kebutuhan Pencetakan');
      await expect(page.locator('#ajukan-syarat-2-kesalahan')).toHaveCount(0);
      await expect(reason).not.toHaveAttribute('aria-invalid', 'true');
      // The resident is still typing there: the summary did not take the focus away.
      await expect(reason).toBeFocused();
      await expectNoViolations(page);

      await page.getByLabel('Kartu Tanda Penduduk').setInputFiles(file);
      await expect(summary.getByRole('listitem')).toHaveCount(1);
      await expect(summary).toContainText('Kartu Keluarga');
      await page.getByLabel('Kartu Keluarga').setInputFiles(file);
      await expect(summary).toHaveCount(0);
      await expect(page.locator('.error-message')).toHaveCount(0);
      await expectNoViolations(page);
    });

    test('village proposal: the missing disaster kind goes once it is chosen, the other errors stay', async ({
      page,
    }) => {
      await signInAsOperator(page, { serviceWorker: false });
      await page.getByRole('button', { name: 'Lanjut' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toContainText('Pilih jenis bencana');
      const errors = await summary.getByRole('listitem').count();
      await page.getByLabel('Tanah longsor').check();
      await expect(summary.getByRole('listitem')).toHaveCount(errors - 1);
      await expect(summary).not.toContainText('Pilih jenis bencana');
      await expect(page.getByLabel('Tanah longsor')).toBeFocused();
      await expectNoViolations(page);
    });

    test('staff action form: the missing choice goes once a status is chosen, the server’s missing note once it is written', async ({
      page,
      baseURL,
    }) => {
      const { request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar');
      await signInToWorkspace(page, KEPALA);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await page.getByRole('button', { name: request['number'] }).click();
      const detail = page.locator('.detail');
      const summary = page.locator('.error-summary');

      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(summary).toContainText('Pilih status atau keputusan berikutnya.');
      await detail.getByRole('radio', { name: 'Ditolak' }).check();
      await expect(summary).toHaveCount(0);
      await expect(detail.locator('.error-message')).toHaveCount(0);
      await expectNoViolations(page);

      // Refusing needs a reason for the applicant: the server's error stands at that note, and goes once it is written.
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(summary).toContainText('Tuliskan untuk pemohon mengapa permohonan ditolak.');
      const note = detail.getByLabel('Catatan untuk pemohon (tampil di halaman cek status)');
      await expect(note).toHaveAttribute('aria-invalid', 'true');
      await note.fill('Bukan warga Kabupaten Purwakarta.');
      await expect(summary).toHaveCount(0);
      await expect(note).not.toHaveAttribute('aria-invalid', 'true');
      await expect(note).toBeFocused();
      await expectNoViolations(page);
    });
  });
}
