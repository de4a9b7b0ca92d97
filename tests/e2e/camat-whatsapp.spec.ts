// A Camat's WhatsApp update comes from the Camat's own office (issue 29, item 12): the Dinas's
// wording names its sender as {kantor}, and a Camat deciding a proposal sends it as the Kantor
// Camat, not as "Dinsos P3A Purwakarta".
import { E2E_CAMAT } from '../support/e2e-accounts.ts';
import { operatorProposal } from '../support/proposal-form.ts';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, signInToWorkspace, test } from './fixtures';

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the Camat’s update to the village starts with the Kantor Camat', async ({ page, baseURL }) => {
      const { number } = await operatorProposal(baseURL!, 'camat');
      await signInToWorkspace(page, E2E_CAMAT);
      await page.getByRole('button', { name: number }).click();
      const message = page.locator('.detail .message-preview');
      await expect(message).toHaveText(new RegExp(`^Kantor Camat Darangdan: usulan logistik ${number} `));
      await expect(message).not.toContainText('Dinsos');
      await expectNoViolations(page);
    });
  });
}
