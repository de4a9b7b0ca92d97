// "Perlu dilengkapi" does not strand the counter (issue 29, item 2): the applicant was asked online
// for a clearer KTP and brings it to the counter instead, or staff asked by mistake. The petugas
// accepts the request at once, or takes it back to verification — no "Tidak ada langkah lanjutan".
import { sendApplication } from '../support/application-form.ts';
import {
  SMALL_PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  lookUpStatus,
  signInToWorkspace,
  staffClient,
  test,
} from './fixtures';

/** An online application the petugas asked a document for. */
async function askedForADocument(baseURL: string) {
  const sent = await sendApplication(baseURL);
  expect(sent.status).toBe(200);
  const pb = await staffClient(baseURL, 'dinsos-p3a-purwakarta');
  const request = await pb
    .collection('requests')
    .getFirstListItem(pb.filter('number = {:number}', { number: sent.body.number }));
  await pb.collection('request_events').create({
    request: request.id,
    step: 1,
    status: 'perlu-dilengkapi',
    public_note: 'Foto KTP terpotong; kirim ulang foto KTP yang utuh.',
    staff: pb.authStore.record!.id,
  });
  return sent.body.number as string;
}

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the KTP brought to the counter: the petugas accepts the request there, and its steps begin', async ({
      page,
      baseURL,
    }) => {
      const number = await askedForADocument(baseURL!);
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await page.getByRole('button', { name: number }).click();
      const detail = page.locator('.detail');
      await expect(detail).not.toContainText('Tidak ada langkah lanjutan');
      await expect(
        detail.getByRole('radio', { name: 'Dokumen ternyata tidak perlu: kembalikan ke verifikasi' }),
      ).toBeVisible();
      await detail
        .getByRole('radio', { name: 'Dokumen sudah diserahkan di loket: terima dan mulai langkah 1' })
        .check();
      await detail
        .getByLabel('Catatan internal (tidak pernah tampil untuk publik)')
        .fill('KTP asli diperiksa di loket.');
      await expectNoViolations(page);
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(detail.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
      await expect(detail.locator('.summary-list').first()).toContainText('Sedang diproses, langkah 1 dari 3');
      await expect(detail.locator('.timeline')).toContainText('KTP asli diperiksa di loket.');
      await expectNoViolations(page);

      await lookUpStatus(page, number, '3187');
      const result = page.locator('.status-result');
      await expect(result.getByRole('heading', { name: 'Langkah 1 dari 3' })).toBeVisible();
      await expect(result).not.toContainText('Petugas meminta Anda melengkapi dokumen');
    });

    test('asked by mistake: the petugas takes the request back to verification', async ({ page, baseURL }) => {
      const number = await askedForADocument(baseURL!);
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await page.getByRole('button', { name: number }).click();
      const detail = page.locator('.detail');
      await detail.getByRole('radio', { name: 'Dokumen ternyata tidak perlu: kembalikan ke verifikasi' }).check();
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(detail.locator('.summary-list').first()).toContainText('Menunggu verifikasi dokumen');
      await expect(detail.getByRole('radio', { name: 'Dokumen lengkap: terima dan mulai langkah 1' })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
