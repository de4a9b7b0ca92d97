// Who may decide what is per service and per proposal (issue 18): content says which role finishes
// a service's requests and who decides a proposal addressed to a Camat; the workspace offers only
// what the account may do, and every timeline entry names who did it. On the phone: who may decide is
// the same on any screen; the workspace's laptop layout is checked in staff-daily-work.
import { E2E_CAMAT, E2E_STAFF } from '../support/e2e-accounts.ts';
import { operatorProposal } from '../support/proposal-form.ts';
import { expect, expectNoViolations, registerRequest, signInToWorkspace, test } from './fixtures';

const KEPALA = E2E_STAFF.find((staff) => staff.role === 'kepala_bidang')!;

test('a petugas finishes a counter service content gives to the petugas, and is not offered to finish one it gives to the kepala bidang', async ({
  page,
  baseURL,
}) => {
  const { request: counter } = await registerRequest(baseURL!, 'surat-keterangan-dtks');
  const { request: referral } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar');
  await signInToWorkspace(page);
  await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
  const detail = page.locator('.detail');

  await page.getByRole('button', { name: referral['number'] }).click();
  await expect(detail.getByText('diselesaikan oleh kepala bidang')).toBeVisible();
  await expect(detail.getByRole('radio', { name: 'Sedang diproses' })).toBeVisible();
  await expect(detail.getByRole('radio', { name: 'Selesai' })).toHaveCount(0);
  await expect(detail.getByRole('radio', { name: 'Ditolak' })).toHaveCount(0);

  await page.getByRole('button', { name: counter['number'] }).click();
  await expect(detail.getByText('diselesaikan oleh petugas (di loket)')).toBeVisible();
  await expect(detail.getByRole('radio', { name: 'Ditolak' })).toHaveCount(0);
  await expectNoViolations(page);
  await detail.getByRole('radio', { name: 'Selesai' }).check();
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveText('Tersimpan: Selesai.');
  await expect(detail).toContainText('Permohonan ini sudah selesai.');
  await expect(detail.locator('.timeline li').last()).toContainText(E2E_STAFF[0].name);
  await expectNoViolations(page);
});

test('a proposal to the Camat is decided by the Camat: the Dinas only watches, and each timeline entry names who did it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const { number } = await operatorProposal(baseURL!, 'camat');
  await signInToWorkspace(page, KEPALA);
  await page.getByRole('button', { name: 'Usulan desa' }).click();
  await page.getByRole('button', { name: number }).click();
  const detail = page.locator('.detail');
  await expect(detail.getByText('Usulan ini diputus oleh Camat Kec. Darangdan')).toBeVisible();
  await expect(detail.getByRole('group', { name: 'Keputusan' })).toHaveCount(0);
  await expect(detail.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
  await expect(detail.locator('.timeline li').first()).toContainText('operator desa Linggasari');
  await expectNoViolations(page);

  // The Camat on their own device: a second browser with the same screen size.
  const camatDevice = await browser.newContext({
    baseURL: baseURL!,
    viewport: page.viewportSize(),
    locale: 'id-ID',
    serviceWorkers: 'block',
  });
  const camat = await camatDevice.newPage();
  await signInToWorkspace(camat, E2E_CAMAT);
  await expect(camat.getByText(`Masuk sebagai ${E2E_CAMAT.name}`)).toBeVisible();
  await camat.getByRole('button', { name: number }).click();
  const camatDetail = camat.locator('.detail');
  const decision = camatDetail.getByRole('group', { name: 'Keputusan' });
  await expect(decision.getByRole('radio')).toHaveCount(2);
  await decision.getByLabel('Diverifikasi').check();
  await camatDetail.getByRole('button', { name: 'Simpan' }).click();
  await expect(camatDetail.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveText('Tersimpan: Diverifikasi.');
  await expect(camatDetail.locator('.timeline li').last()).toContainText(E2E_CAMAT.name);
  await expect(camatDetail.locator('.timeline li').first()).toContainText('operator desa Linggasari');
  await expectNoViolations(camat);
  await camatDevice.close();

  // The Dinas sees the Camat's step, named.
  await page.reload();
  await page.getByRole('button', { name: 'Usulan desa' }).click();
  await page.getByRole('button', { name: number }).click();
  await expect(detail.locator('.timeline li').last()).toContainText(`Diverifikasi`);
  await expect(detail.locator('.timeline li').last()).toContainText(E2E_CAMAT.name);
});
