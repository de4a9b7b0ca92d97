// What the status page says of a complaint is true of that complaint (issue 29, item 6): the
// retention sentence names only what was sent (a photo, or nothing), the page does not tell someone
// who complained online that a counter clerk gave them the number, a step the complaint did not go
// through ("Diteruskan ke unit") is not shown as passed, and an answered complaint is not offered
// the nine-question service survey (its questions are about requirements, time and fee).
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { sendComplaint } from '../support/complaint-form.ts';
import { jpegPhoto } from '../support/proposal-form.ts';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, lookUpStatus, signedInStaff, test } from './fixtures';

/** An anonymous complaint sent through the public route, with its four digits, a photo or not. */
async function anonymousComplaint(baseURL: string, digits: string, photo: boolean) {
  const sent = await sendComplaint(baseURL, {
    fields: {
      description: 'Loket surat keterangan DTKS tutup sebelum jam pelayanan berakhir.',
      identity: 'anonim',
      name: '',
      phone: '',
      verifier_digits: digits,
      reply_channel: 'halaman-status',
    },
    ...(photo ? { photo: await jpegPhoto() } : {}),
  });
  expect(sent.status).toBe(200);
  const number = sent.body.number as string;
  const pb = await signedInStaff(baseURL, E2E_STAFF[0].email);
  const complaint = await pb.collection('complaints').getFirstListItem(pb.filter('number = {:number}', { number }));
  return { number, id: complaint.id, pb };
}

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('an answered complaint without a photo: no retention sentence, no counter number, the unit step not taken, no survey', async ({
      page,
      baseURL,
    }) => {
      const { number, id, pb } = await anonymousComplaint(baseURL!, '2468', false);
      const act = (status: string, public_note = '') =>
        pb
          .collection('complaint_events')
          .create({ complaint: id, staff: pb.authStore.record!.id, status, public_note });
      await act('diverifikasi');
      // Answered straight away: never passed to a unit.
      await act('dijawab', 'Jam pelayanan loket sudah diumumkan ulang: 08.00–15.00.');

      await lookUpStatus(page, number, '2468');
      const result = page.locator('.status-result');
      await expect(result.getByRole('heading', { name: 'Langkah 4 dari 5' })).toBeVisible();
      const unitStep = result.locator('.timeline-step').nth(2);
      await expect(unitStep).toContainText('Diteruskan ke unit yang menangani');
      await expect(unitStep).not.toHaveClass(/step-selesai/);
      await expect(unitStep).toContainText('Tidak dilalui');
      await expect(result.locator('.timeline-step.step-selesai')).toHaveCount(2);
      await expect(result).not.toContainText('disimpan paling lama');
      await expect(result).not.toContainText('KK dan KTP');
      await expect(page.getByText('Beri penilaian layanan')).toHaveCount(0);
      await expect(page.locator('main')).not.toContainText('diberikan petugas saat Anda mendaftar di loket');
      await expectNoViolations(page);
    });

    test('a complaint with a photo: the retention sentence is about that photo', async ({ page, baseURL }) => {
      const { number } = await anonymousComplaint(baseURL!, '1357', true);
      await lookUpStatus(page, number, '1357');
      const result = page.locator('.status-result');
      await expect(result).toContainText('Foto yang Anda kirim disimpan paling lama');
      await expect(result).not.toContainText('KK dan KTP');
      await expectNoViolations(page);
    });
  });
}
