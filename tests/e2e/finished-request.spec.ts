// A finished request looks finished everywhere (issue 29, item 1). A petugas finishes a counter
// request for Surat Keterangan DTKS (3 steps) from its first step — where "Selesai" used to be
// recorded at step 2 and the status page said "Langkah 2 dari 3" with step 3 still "Belum". Now the
// status page, the reprinted receipt and the WhatsApp text say the same: every step passed, and
// where the result is collected (the service's delivery point, content/service-points.yaml).
import {
  SMALL_PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  lookUpStatus,
  registerRequest,
  servicePoints,
  signInToWorkspace,
  test,
  waitForIslands,
} from './fixtures';

const SERVICE = 'surat-keterangan-dtks';
const FINISHED = 'Selesai — semua 3 langkah sudah dilalui';
const place = servicePoints.find((point) => point.services.includes(SERVICE))!;

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('status page, receipt and WhatsApp text agree that a finished request is finished, and where to collect it', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      const { request } = await registerRequest(baseURL!, SERVICE, '0812-3456-7890');
      const number = request['number'] as string;

      // At the counter: "Selesai" straight from the first step.
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await page.getByRole('button', { name: number }).click();
      const detail = page.locator('.detail');
      await detail.getByRole('radio', { name: 'Selesai' }).check();
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(detail.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveText('Tersimpan: Selesai.');

      // The WhatsApp text: finished, every step, and where.
      const message = detail.locator('.message-preview');
      await expect(message).toContainText(`sekarang ${FINISHED.charAt(0).toLowerCase()}${FINISHED.slice(1)}.`);
      await expect(message).toContainText(`Hasilnya dapat diambil di ${place.name}, ${place.address}.`);
      await expect(message).not.toContainText('dari 3 (');
      const link = new URL((await detail.getByRole('link', { name: 'Kabari lewat WhatsApp' }).getAttribute('href'))!);
      expect(link.searchParams.get('text')).toBe(await message.textContent());
      await expectNoViolations(page);

      // The receipt, printed again.
      await page.goto(`/petugas/tanda-terima/?no=${number}`);
      await waitForIslands(page);
      const receipt = page.locator('.receipt');
      await expect(receipt.locator('.summary-list')).toContainText(`Status${FINISHED}`);
      await expect(receipt.locator('.summary-list div').filter({ hasText: 'Ambil hasilnya di' })).toContainText(
        place.name,
      );
      await expect(receipt.locator('.steps li')).toHaveText([
        /— sudah dilalui$/,
        /— sudah dilalui$/,
        /— sudah dilalui$/,
      ]);
      await expect(receipt).not.toContainText('Yang terjadi selanjutnya');
      // Nothing is asked of the applicant any more to finish it.
      await expect(receipt).not.toContainText('agar permohonan dapat diselesaikan');
      await expectNoViolations(page);

      // The status page.
      await lookUpStatus(page, number, '7890');
      const result = page.locator('.status-result');
      await expect(result.getByRole('heading', { name: FINISHED })).toBeVisible();
      await expect(result.locator('.timeline-step')).toHaveCount(3);
      await expect(result.locator('.timeline-step.step-selesai')).toHaveCount(3);
      await expect(result).not.toContainText('Belum:');
      await expect(result.locator('.summary-list div').filter({ hasText: 'Ambil hasilnya di' })).toContainText(
        place.name,
      );
      await expectNoViolations(page);
    });
  });
}
