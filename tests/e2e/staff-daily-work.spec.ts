// The workspace as a kepala bidang and a petugas use it every day, on a phone and on a 1366×768
// laptop (issue 18): decisions are never made for them, saving says so, the audit trail names the
// record, the report does not measure a promise the standard never made.
import PocketBase from 'pocketbase';
import { E2E_OPERATOR, E2E_STAFF } from '../support/e2e-accounts.ts';
import { proposalForm } from '../support/proposal-form.ts';
import { expect, expectNoViolations, signInToWorkspace, staffClient, test } from './fixtures';

const KEPALA = E2E_STAFF.find((staff) => staff.role === 'kepala_bidang')!;

/** A proposal from the e2e village to the Kepala Dinas, verified by a petugas: next is the kepala bidang's decision. */
async function verifiedProposal(baseURL: string) {
  const operator = new PocketBase(baseURL);
  operator.autoCancellation(false);
  await operator.collection('operators').authWithPassword(E2E_OPERATOR.email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  const village = await operator.collection('villages').getFirstListItem(operator.filter('code = {:code}', { code: E2E_OPERATOR.villageCode }));
  const proposal = await operator.collection('proposals').create(await proposalForm(village.id, { fields: { recipient: 'kepala_dinas' } }));
  const petugas = await staffClient(baseURL, 'dinsos-p3a-purwakarta');
  await petugas.collection('proposal_events').create({ proposal: proposal.id, status: 'diverifikasi', public_note: '', internal_note: '' });
  return proposal['number'] as string;
}

const SIZES = [
  { name: 'ponsel', use: {} },
  { name: 'laptop 1366 px', use: { viewport: { width: 1366, height: 768 }, isMobile: false, hasTouch: false } },
] as const;

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a proposal decision has no choice made in advance: Simpan without one names the field, and saving says "Tersimpan"', async ({ page, baseURL }) => {
      test.setTimeout(60_000);
      const number = await verifiedProposal(baseURL!);
      await signInToWorkspace(page, KEPALA);
      await page.getByRole('button', { name: 'Usulan desa' }).click();
      await page.getByRole('button', { name: number }).click();
      const detail = page.locator('.detail');
      const decision = detail.getByRole('group', { name: 'Keputusan' });
      await expect(decision.getByRole('radio')).toHaveCount(2);
      for (const radio of await decision.getByRole('radio').all()) await expect(radio).not.toBeChecked();

      await detail.getByLabel('Catatan internal (tidak pernah tampil untuk publik)').fill('Stok terpal cukup.');
      await detail.getByRole('button', { name: 'Simpan' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Pilih keputusan atas usulan ini, lalu tekan Simpan.');
      await expect(detail.locator('.summary-list')).toContainText('Diverifikasi');
      // The link in the summary takes the kepala bidang to the first choice.
      await summary.getByRole('link').click();
      await expect(decision.getByRole('radio').first()).toBeFocused();
      await expectNoViolations(page);

      await decision.getByLabel('Disetujui').check();
      await detail.getByRole('button', { name: 'Simpan' }).click();
      const saved = detail.getByRole('status').filter({ hasText: 'Tersimpan' });
      await expect(saved).toHaveText('Tersimpan: Disetujui.');
      await expect(saved).toBeVisible();
      await expect(detail.locator('.summary-list')).toContainText('Disetujui');
      await expect(detail.locator('.timeline')).toContainText('Stok terpal cukup.');
      await expectNoViolations(page);
    });
  });
}
