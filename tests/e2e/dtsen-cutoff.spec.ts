// The next cut-off date a family reads on /cek-status/ for its household proposal comes from the
// office's agency file, and only from there: Purwakarta has announced no day, so its page says none
// has been announced; a build in which the office set the 25th shows the date — moved off Christmas
// (Friday 25 December 2026) and the cuti bersama before it to Wednesday 23 December.
import { expect, expectNoViolations, lookUpStatus, test } from './fixtures';
import { PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import { createOperator, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';
import { householdForm } from '../support/household-form';
import { BUILD_TIMEOUT, sharedBuild } from '../support/site-builds.ts';

const CUTOFF_SOURCE = 'Surat uji Dinas Sosial tentang jadwal unggah usulan DTSEN';

/** A server of its own on `siteDir`, with one household proposed by a Darangdan village: its number. */
async function serverWithHousehold(siteDir: string): Promise<{ server: TestPocketBase; number: string }> {
  const server = await startTestPocketBase({ siteDir });
  const operator = await createOperator(server, '32.14.06.2006');
  const household = await operator.pb.collection('household_proposals').create(await householdForm(operator.placeId));
  return { server, number: household['number'] };
}

test.use({ viewport: { width: 360, height: 800 } });

test('an office that announced no cut-off day: the status page says so, and shows no date', async ({ page }) => {
  const { server, number } = await serverWithHousehold(`${PROJECT_ROOT}dist`);
  try {
    await page.clock.setFixedTime(new Date('2026-12-14T03:00:00Z'));
    await lookUpStatus(page, number, '7890', server.url);
    const result = page.locator('.status-result');
    await expect(result).toContainText('Dicatat desa');
    await expect(result.locator('.next-cutoff')).toHaveText(
      'Kantor belum mengumumkan tanggal batas unggah bulanan ke aplikasi pusat. Tanyakan jadwalnya ke desa atau ' +
        'kantor Dinas Sosial.',
    );
    await expect(result.locator('.next-cutoff time')).toHaveCount(0);
    await expectNoViolations(page);
  } finally {
    await server.stop();
  }
});

test('an office that set the 25th: the next cut-off, moved off Christmas and its cuti bersama', async ({ page }) => {
  test.setTimeout(BUILD_TIMEOUT);
  const site = await sharedBuild('batas-unggah-dtsen', {
    edits: [
      {
        file: 'agencies/dinsos-p3a-purwakarta.md',
        edit: (text) =>
          text.replace(
            '  consentFormPhoto: false\n',
            `  consentFormPhoto: false\n  cutoff:\n    day: 25\n    source: ${CUTOFF_SOURCE}\n`,
          ),
      },
    ],
  });
  const { server, number } = await serverWithHousehold(site);
  try {
    await page.clock.setFixedTime(new Date('2026-12-14T03:00:00Z'));
    await lookUpStatus(page, number, '7890', server.url);
    const cutoff = page.locator('.status-result .next-cutoff');
    await expect(cutoff).toContainText('Batas unggah berikutnya ke aplikasi pusat: Rabu, 23 Desember 2026.');
    await expect(cutoff.locator('time')).toHaveAttribute('datetime', '2026-12-23');
    await expect(cutoff).toContainText(`Tanggal ini ditetapkan kantor: ${CUTOFF_SOURCE}.`);
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
