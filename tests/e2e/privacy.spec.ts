// The privacy notice states what this server does: the periods a deployment sets are the ones the
// server reports (started here with its own), the fixed ones and who sees what come from the
// same definitions the server and the API rules use — and when a setting changes, the page follows.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoViolations, registerRequest, test, waitForIslands } from './fixtures';
import { removeDataDir } from '../support/pocketbase.ts';
import { freePort, PROJECT_ROOT, startPocketBase, type RunningPocketBase } from '../../pocketbase/scripts/server.ts';
import { PERSONAL_DATA, type PrivacySettings, readersOf, retentionText } from '../../src/domain/privacy-notice';
import { UNVERIFIED_APPLICATION_DAYS } from '../../src/domain/storage-guard';
import { PRIVACY_PATH } from '../../src/lib/paths';

const kind = (id: string) => PERSONAL_DATA.find((candidate) => candidate.id === id)!;

/** A server of its own, with these settings. */
async function serverWith(env: Record<string, string>): Promise<{ server: RunningPocketBase; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'layanan-privasi-'));
  const server = await startPocketBase({
    dataDir,
    http: `127.0.0.1:${await freePort()}`,
    superuser: { email: 'admin@privasi.test', password: 'kata-sandi-uji-123' },
    siteDir: `${PROJECT_ROOT}dist`,
    env,
  });
  return { server, dataDir };
}

/** Every period the page states, as the notice words it with these settings. */
async function expectPeriods(page: Page, settings: PrivacySettings) {
  for (const id of ['permohonan', 'pengaduan', 'usulan', 'log'])
    for (const retention of kind(id).retention)
      await expect(page.locator(`#data-${id} + dl`)).toContainText(retentionText(retention, settings));
}

test('/privasi/ states the periods this server keeps data for, who sees what, and follows a changed setting', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const first = await serverWith({
    LAYANAN_DOCUMENT_RETENTION_DAYS: '45',
    LAYANAN_LOG_DAYS: '9',
    LAYANAN_BACKUP_CRON: '0 19 * * *',
    LAYANAN_BACKUP_KEEP: '5',
  });
  try {
    await page.goto(`${first.server.url}${PRIVACY_PATH}`);
    await expectPeriods(page, { documentRetentionDays: 45, requestLogDays: 9, backupArchivesKept: 5 });
    await expect(
      page.getByText('Dokumen: dihapus otomatis 45 hari setelah permohonan selesai atau ditolak.'),
    ).toBeVisible();
    await expect(
      page.getByText(
        'NIK, nomor KK dan semua foto: dihapus otomatis 45 hari (menurut tanggal di kantor, WIB) setelah hasil dari pusat dicatat.',
      ),
    ).toBeVisible();
    await expect(page.getByText('Dihapus otomatis setelah 9 hari.')).toBeVisible();
    await expect(page.getByText('Arsip harian: 5 arsip terakhir disimpan')).toBeVisible();
    await expect(page.locator('#data-permohonan + dl')).toContainText(`${UNVERIFIED_APPLICATION_DAYS} hari`);
    // Who sees what is the API rules': the audit trail the kepala bidang only, survey answers nobody.
    expect(readersOf('audit_log')).toEqual(['kepala bidang kantor yang menanganinya']);
    await expect(page.locator('#data-keamanan + dl')).toContainText('kepala bidang kantor yang menanganinya');
    await expect(page.locator('#data-survei + dl')).toContainText('tidak seorang pun lewat aplikasi');
    // No office's sources name a data-protection officer: the page says so, and gives the office's own contacts.
    await expect(
      page.getByText('Kantor ini belum mengumumkan pejabat pelindungan data pribadinya.').first(),
    ).toBeVisible();
    await expect(page.getByText('3 × 24 jam').first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expectNoViolations(page);
  } finally {
    await first.server.stop();
    removeDataDir(first.dataDir);
  }

  // The office keeps documents longer and schedules no nightly zip: the same page says so.
  const second = await serverWith({ LAYANAN_DOCUMENT_RETENTION_DAYS: '60' });
  try {
    await page.goto(`${second.server.url}${PRIVACY_PATH}`);
    await expectPeriods(page, { documentRetentionDays: 60, requestLogDays: 14, backupArchivesKept: null });
    await expect(
      page.getByText('Dokumen: dihapus otomatis 60 hari setelah permohonan selesai atau ditolak.'),
    ).toBeVisible();
    await expect(page.getByText('Tidak ada arsip harian terjadwal.')).toBeVisible();
  } finally {
    await second.server.stop();
    removeDataDir(second.dataDir);
  }
});

test('every page links the privacy notice from its footer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privasi dan data pribadi' }).click();
  await expect(page).toHaveURL(new RegExp(`${PRIVACY_PATH}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privasi dan data pribadi Anda');
});

test('a resident asks from the status page for a copy of their data, and gets a number to follow it', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const { pb, request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar', '0812-5555-7305');
  await page.goto(`/cek-status/?no=${request['number']}`);
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill('7305');
  await page.getByRole('button', { name: 'Cek status' }).click();

  const section = page.getByRole('region', { name: 'Data pribadi Anda' });
  await expect(section.getByRole('link', { name: 'Apa yang disimpan dan hak Anda' })).toHaveAttribute(
    'href',
    PRIVACY_PATH,
  );
  await section.getByRole('button', { name: 'Kirim permintaan' }).click();
  await expect(section.getByRole('alert').or(section.locator('.error-message')).first()).toContainText(
    'Pilih: salinan data',
  );
  await section.getByLabel('Salinan semua data saya').check();
  await expectNoViolations(page);
  await section.getByRole('button', { name: 'Kirim permintaan' }).click();
  const filed = section.getByRole('status');
  await expect(filed).toContainText('Permintaan Anda tercatat dengan nomor');
  const number = (await filed.locator('strong').textContent())!;
  await expectNoViolations(page);

  // The office finds it in its inbox, about this request.
  const inbox = await pb.collection('complaints').getFirstListItem(pb.filter('number = {:n}', { n: number }));
  expect(inbox).toMatchObject({ kind: 'konsultasi', about_number: request['number'] });
  expect(inbox['description']).toContain('salinan semua data pribadi');
  // Followed with the same four digits as the request it is about.
  const followed = await page.request.post(`${baseURL}/api/layanan/status`, { data: { number, verifier: '7305' } });
  expect(await followed.json()).toMatchObject({ number, kind: 'pengaduan' });
});
