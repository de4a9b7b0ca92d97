// Issue 26, part 2: the Dinas verifies households its villages proposed for DTSEN, at 1366 and 360 px.
// A household agreed at the village's deliberation (with its minutes) waits in "Usulan DTSEN"; staff open it (NIK, KK,
// photos — each read audited), return it with a reason the village and the family read, verify it
// once the village has agreed it again, send it to the centre and record the centre's result; the
// family's /cek-status/ shows "Hasil" with the reason. axe is clean in each state.
import type PocketBase from 'pocketbase';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { householdBatchForm, householdForm } from '../support/household-form';
import { signedInE2eOperator } from '../support/proposal-form.ts';
import { PHONE_AND_LAPTOP, expect, expectNoViolations, lookUpStatus, signInToWorkspace, test } from './fixtures';

// Its own NIK (a woman born 1 July 1985): the village-entry test counts the households sent with its NIK.
const NIK = '3214014107850002';
const PETUGAS = E2E_STAFF.find((staff) => staff.role === 'petugas' && staff.agency === 'dinsos-p3a-purwakarta')!;

/** A household the e2e village (Desa Linggasari) recorded and agreed at its musdes, through the API. */
async function agreedHousehold(baseURL: string): Promise<{ number: string; operator: PocketBase; id: string }> {
  const operator = await signedInE2eOperator(baseURL);
  const village = operator.authStore.record!['village'] as string;
  const household = await operator
    .collection('household_proposals')
    .create(await householdForm(village, { fields: { nik: NIK } }));
  await operator.collection('household_batches').create(await householdBatchForm(village, [household.id]));
  return { number: household['number'], operator, id: household.id };
}

for (const size of PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('staff return a household with a reason, verify it, send it and record the result the family reads', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const { number, operator, id } = await agreedHousehold(baseURL!);
      await signInToWorkspace(page, PETUGAS);
      await page.getByRole('button', { name: 'Usulan DTSEN' }).click();
      await expect(page.getByRole('region', { name: 'Usulan DTSEN' })).toBeVisible();
      await page.getByLabel('Cari nomor usulan atau nama desa').fill(number);
      await page.getByLabel('Cari nomor usulan atau nama desa').press('Enter');
      await page.getByRole('button', { name: number }).click();
      const detail = page.locator('.detail');
      await expect(detail.locator('.summary-list')).toContainText(NIK);
      await expect(detail.locator('.summary-list')).toContainText('Musyawarah desa, 1 Desember 2026');
      await expect(detail).toContainText('Foto rumah tampak depan: foto 1');
      // The criteria met, in the words of the office's list (content/poverty-criteria.yaml), not by id.
      await expect(detail.locator('.summary-list')).toContainText('Kriteria terpenuhi (2 dari 3)');
      await expect(detail.locator('.summary-list')).toContainText(
        'Lantai rumah sebagian besar tanah dan/atau plesteran',
      );
      await expect(detail.locator('.summary-list')).not.toContainText('lantai-tanah');
      await expectNoViolations(page);
      await page.screenshot({
        path: `test-results/dtsen-verifikasi-${size.name.replace(/\W+/g, '-')}.png`,
        fullPage: true,
      });

      // Returned without a reason: refused, naming the field; with one, saved.
      const step = detail.getByRole('group', { name: 'Langkah' });
      await step.getByLabel('Kembalikan ke desa').check();
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(page.locator('.error-summary')).toContainText('apa yang perlu diperbaiki');
      await expectNoViolations(page);
      const note = detail.getByLabel('Alasan atau catatan untuk desa dan keluarga (tampil di halaman Cek Status)');
      await note.fill('Foto KK buram: foto ulang KK-nya.');
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(detail.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
      await expect(detail.locator('.summary-list')).toContainText('Dikembalikan ke desa');
      // The village reads why.
      const seen = await operator
        .collection('household_proposal_events')
        .getFullList({ filter: `household_proposal = "${id}"`, sort: 'at' });
      expect(seen.at(-1)!['public_note']).toBe('Foto KK buram: foto ulang KK-nya.');
      expect((await operator.collection('household_proposals').getOne(id))['note_for_village']).toBe(
        'Foto KK buram: foto ulang KK-nya.',
      );

      // The village agrees it again; staff verify, send it to the centre and record the result.
      await operator.collection('household_batches').create(
        await householdBatchForm(operator.authStore.record!['village'] as string, [id], {
          fields: { held_on: '2026-12-03 00:00:00.000Z' },
        }),
      );
      await page.getByRole('button', { name: number }).click();
      for (const choice of ['Data sesuai: verifikasi', 'Dikirim ke pusat']) {
        await detail.getByRole('group', { name: 'Langkah' }).getByLabel(choice).check();
        await detail.getByRole('button', { name: 'Simpan' }).click();
        await expect(detail.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
      }
      await detail.getByRole('group', { name: 'Langkah' }).getByLabel('Hasil dari pusat').check();
      await detail.getByLabel('Hasil dari aplikasi pusat').selectOption({ label: 'Tidak masuk DTSEN' });
      await note.fill('Hasil pemeringkatan di atas desil 5.');
      await expectNoViolations(page);
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(detail.locator('.summary-list')).toContainText('Tidak masuk DTSEN');
      await expectNoViolations(page);

      await lookUpStatus(page, number, '7890');
      const result = page.locator('.status-result');
      await expect(result).toContainText('Tidak masuk DTSEN. Hasil pemeringkatan di atas desil 5.');
      await expect(result).toContainText('Foto KK buram: foto ulang KK-nya.');
      await expect(result).not.toContainText(NIK);
      await expectNoViolations(page);
      await page.screenshot({ path: `test-results/dtsen-hasil-${size.name.replace(/\W+/g, '-')}.png`, fullPage: true });
    });
  });
}
