// The next cut-off date a family reads on /cek-status/ for its household proposal comes from the
// office's agency file, and only from there: Purwakarta has announced no day, so its page says none
// has been announced; the site's next version, in which the office set the 25th, shows the date —
// moved off Christmas (Friday 25 December 2026) and the cuti bersama before it to Wednesday 23 December.
import type PocketBase from 'pocketbase';
import { expect, expectNoViolations, lookUpStatus, test } from './fixtures';
import { createOperator, startTestPocketBase } from '../support/pocketbase';
import { householdForm } from '../support/household-form';
import { signedInE2eOperator } from '../support/proposal-form';
import { BUILD_TIMEOUT, CHANGED_CUTOFF, secondVersionBuild } from '../support/site-builds.ts';

/** A woman born 1 January 1992: a NIK no other test proposes (tests/e2e/dtsen-village-entry.spec.ts counts its own). */
const CUTOFF_NIK = '3214014101920006';

/** A household the operator proposes for their village, its phone ending in 7890: its number. */
async function proposedHousehold(operator: PocketBase, village: string): Promise<string> {
  const household = await operator
    .collection('household_proposals')
    .create(await householdForm(village, { fields: { nik: CUTOFF_NIK } }));
  return household['number'];
}

test.use({ viewport: { width: 360, height: 800 } });

test('an office that announced no cut-off day: the status page says so, and shows no date', async ({
  page,
  baseURL,
}) => {
  const operator = await signedInE2eOperator(baseURL!);
  const number = await proposedHousehold(operator, operator.authStore.record!['village']);
  await page.clock.setFixedTime(new Date('2026-12-14T03:00:00Z'));
  await lookUpStatus(page, number, '7890');
  const result = page.locator('.status-result');
  await expect(result).toContainText('Dicatat desa');
  await expect(result.locator('.next-cutoff')).toHaveText(
    'Kantor belum mengumumkan tanggal batas unggah bulanan ke aplikasi pusat. Tanyakan jadwalnya ke desa atau ' +
      'kantor Dinas Sosial.',
  );
  await expect(result.locator('.next-cutoff time')).toHaveCount(0);
  await expectNoViolations(page);
});

test('an office that set the 25th: the next cut-off, moved off Christmas and its cuti bersama', async ({ page }) => {
  test.setTimeout(BUILD_TIMEOUT);
  // The site's next version (a build the run shares), served by a server of its own.
  const server = await startTestPocketBase({ siteDir: await secondVersionBuild() });
  try {
    const operator = await createOperator(server, '32.14.06.2006');
    const number = await proposedHousehold(operator.pb, operator.placeId);
    await page.clock.setFixedTime(new Date('2026-12-14T03:00:00Z'));
    await lookUpStatus(page, number, '7890', server.url);
    const cutoff = page.locator('.status-result .next-cutoff');
    await expect(cutoff).toContainText('Batas unggah berikutnya ke aplikasi pusat: Rabu, 23 Desember 2026.');
    await expect(cutoff.locator('time')).toHaveAttribute('datetime', '2026-12-23');
    await expect(cutoff).toContainText(`Tanggal ini ditetapkan kantor: ${CHANGED_CUTOFF.source}.`);
    await expectNoViolations(page);
    await page.screenshot({ path: 'test-results/dtsen-batas-unggah-360.png', fullPage: true });
    // After that day, the next month's: 25 January 2027 is a Monday.
    await page.clock.setFixedTime(new Date('2026-12-24T03:00:00Z'));
    await lookUpStatus(page, number, '7890', server.url);
    await expect(cutoff).toContainText('Senin, 25 Januari 2027');
  } finally {
    await server.stop();
  }
});
