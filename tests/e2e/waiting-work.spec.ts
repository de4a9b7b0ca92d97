// Where a petugas lands — the counter's form — they see how many online applications wait for their
// documents to be checked, with the way to the queue (issue 29, item 10). The exact counts, the
// office's own and for staff only, are tests/integration/waiting-work.test.ts's.
import { sendApplication } from '../support/application-form';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, signInToWorkspace, test } from './fixtures';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the counter shows the online applications waiting, and opens their queue', async ({ page, baseURL }) => {
      expect((await sendApplication(baseURL!)).status).toBe(200);
      await signInToWorkspace(page);
      await expect(page.getByRole('heading', { name: 'Daftarkan permohonan' })).toBeVisible();
      const waiting = page.locator('.waiting-work');
      await expect(waiting).toContainText(/[1-9]\d* permohonan online menunggu pemeriksaan dokumen\./);
      await expectNoViolations(page);
      await waiting.getByRole('button', { name: 'Buka antrean' }).click();
      await expect(page.getByRole('heading', { name: 'Antrean permohonan' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Antrean permohonan', exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
    });
  });
}
