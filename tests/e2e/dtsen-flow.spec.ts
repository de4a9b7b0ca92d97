// Issue 26, "Done when": a household from the village to the result. At 360 px the operator records a
// household offline with its photos and the house point from GPS → sent once on reconnect → grouped
// into the village's musdes with its minutes, also offline, sent once → staff verify it on a laptop
// (1366 px) → export the CSV (a known file for a known input) → import the centre's result → the
// family's number on /cek-status/ shows "Hasil" with the reason. axe is clean in each state.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import type { Page } from '@playwright/test';
import { E2E_OPERATOR, E2E_STAFF } from '../support/e2e-accounts.ts';
import {
  expect,
  expectNoViolations,
  lookUpStatus,
  signInToWorkspace,
  test,
  uploadFolder,
  waitForIslands,
} from './fixtures';
import { signInAsOperator, writeProposalFiles, type ProposalFiles } from './proposal-steps';
import { withoutSignal } from './without-signal';

test.use({ viewport: { width: 360, height: 800 }, serviceWorkers: 'allow' });

// Its own NIK (a woman born 22 March 1988: day 22 + 40) and phone: other specs count theirs.
const NIK = '3214016203880004';
const KK = '3214010203110007';
const PETUGAS = E2E_STAFF.find((staff) => staff.role === 'petugas' && staff.agency === 'dinsos-p3a-purwakarta')!;

/** The household form's steps with valid answers, "Lantai tanah" the one criterion met. */
async function recordHousehold(page: Page, files: ProposalFiles) {
  const heading = page.locator('#dtsen-langkah-judul');
  await page.getByLabel('Nama kepala keluarga').fill('Euis Rohaeti');
  await page.getByLabel('NIK kepala keluarga').fill(NIK);
  await page.getByLabel('Nomor Kartu Keluarga (KK)').fill(KK);
  await page.getByLabel('Nomor HP keluarga (boleh dikosongkan)').fill('0813 2222 4321');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(heading).toHaveText('Alamat dan titik rumah');
  await page.getByLabel('Alamat rumah').fill('Kp. Sukamanah');
  await page.getByLabel('RT', { exact: true }).fill('003');
  await page.getByLabel('RW', { exact: true }).fill('001');
  await page.getByRole('button', { name: 'Gunakan lokasi saya (GPS)' }).click();
  await expect(page.getByText('Lokasi GPS dipakai (ketelitian sekitar 9 m).')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(heading).toHaveText('Foto');
  for (const label of ['Foto rumah tampak depan', 'Foto KTP kepala keluarga', 'Foto Kartu Keluarga'])
    await page.getByLabel(label).setInputFiles(files.photo);
  await expect(page.locator('.file-list li')).toHaveCount(3);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(heading).toHaveText('Kriteria kemiskinan');
  for (const group of await page.locator('fieldset').all()) await group.getByLabel('Tidak').check();
  await page
    .getByRole('group', { name: 'Lantai rumah sebagian besar tanah dan/atau plesteran' })
    .getByLabel('Ya')
    .check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(heading).toHaveText('Persetujuan keluarga');
  await page.getByLabel(/Keluarga menyetujui datanya dikirim untuk pengusulan DTSEN/).check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(heading).toHaveText('Periksa kembali');
  await page.getByRole('button', { name: 'Simpan dan kirim usulan' }).click();
}

test('a household from the village to the result: offline entry, musdes with minutes, verification, export, import, status', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const files = await writeProposalFiles();
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: -6.5311, longitude: 107.4402, accuracy: 9 });
  const operator = new PocketBase(baseURL);
  await operator
    .collection('operators')
    .authWithPassword(E2E_OPERATOR.email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);

  // 1. The household, recorded without signal; sent once when the signal returns.
  await signInAsOperator(page, { path: '/data-desa/' });
  const offline = await withoutSignal(context, '/api/collections/household_proposals/records');
  await recordHousehold(page, files);
  await expect(page.locator('.outbox')).toContainText('Menunggu sinyal — akan terkirim otomatis.');
  await expectNoViolations(page);
  expect(offline.sentWhileOffline).toEqual([]);
  await offline.restore();
  const slip = page.locator('.receipt');
  await expect(slip.getByRole('heading', { name: 'Usulan terkirim' })).toBeVisible({ timeout: 30_000 });
  const number = (await slip.locator('.receipt-number').textContent())!.trim();
  const sent = await operator
    .collection('household_proposals')
    .getFullList({ filter: operator.filter('nik = {:nik}', { nik: NIK }) });
  expect(sent.map((household) => household['number'])).toEqual([number]);

  // 2. The village's musdes, recorded without signal: the household agreed, the minutes photographed.
  await page.getByRole('button', { name: 'Catat musyawarah desa' }).click();
  const household = page.getByRole('group', { name: new RegExp(`^${number} — Euis Rohaeti`) });
  await expect(household).toBeVisible();
  const offlineAgain = await withoutSignal(context, '/api/collections/household_batches/records');
  await page.getByRole('button', { name: 'Simpan dan kirim musyawarah' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('Pilih cara penetapan');
  await expect(summary).toContainText('Lampirkan foto atau PDF berita acara musyawarah.');
  await expect(summary).toContainText('Pilih keluarga yang dibahas');
  await expectNoViolations(page);
  // The office does not allow an SPTJM instead: it is not offered.
  await expect(page.getByLabel('SPTJM kepala desa/lurah')).toHaveCount(0);
  await page.getByLabel('Musyawarah desa', { exact: true }).check();
  await page.getByLabel('Tanggal musyawarah').fill('2026-12-04');
  await page.getByLabel('Jumlah yang hadir').fill('31');
  await page.getByLabel('Berita acara musyawarah').setInputFiles(files.photo);
  await household.getByLabel('Disepakati', { exact: true }).check();
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/dtsen-musdes-360.png', fullPage: true });
  await page.getByRole('button', { name: 'Simpan dan kirim musyawarah' }).click();
  await expect(page.locator('.outbox')).toContainText('Menunggu sinyal — akan terkirim otomatis.');
  // A reload offline keeps what waits to be sent.
  await page.reload();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Catat musyawarah desa' }).click();
  await expect(page.locator('.outbox')).toContainText('Menunggu sinyal');
  expect(offlineAgain.sentWhileOffline).toEqual([]);
  await offlineAgain.restore();
  await expect(page.getByText('Musyawarah tercatat: 1 keluarga disepakati, 0 tidak disepakati.')).toBeVisible({
    timeout: 30_000,
  });
  await expectNoViolations(page);
  const batches = await operator
    .collection('household_batches')
    .getFullList({ filter: operator.filter('outcomes ~ {:id}', { id: sent[0]!.id }) });
  expect(batches).toHaveLength(1);
  expect(batches[0]).toMatchObject({ way: 'musdes', attending: 31 });
  const list = page.getByRole('region', { name: 'Daftar usulan DTSEN desa ini' });
  await expect(list.getByRole('row').filter({ hasText: number })).toContainText('Disepakati musyawarah desa');
  await page.screenshot({ path: 'test-results/dtsen-musdes-terkirim-360.png', fullPage: true });

  // 3. Staff verify it on the office's laptop.
  const office = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const laptop = await office.newPage();
  await signInToWorkspace(laptop, PETUGAS);
  await laptop.getByRole('button', { name: 'Usulan DTSEN' }).click();
  await laptop.getByLabel('Cari nomor usulan atau nama desa').fill(number);
  await laptop.getByLabel('Cari nomor usulan atau nama desa').press('Enter');
  await laptop.getByRole('button', { name: number }).click();
  const detail = laptop.locator('.detail');
  await expect(detail.locator('.summary-list')).toContainText('Musyawarah desa, 4 Desember 2026, 31 orang hadir');
  await expect(detail).toContainText('Berita acara musyawarah: foto 1');
  await expectNoViolations(laptop);
  await detail.getByRole('group', { name: 'Langkah' }).getByLabel('Data sesuai: verifikasi').check();
  await detail.getByRole('button', { name: 'Simpan' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Tersimpan' })).toBeVisible();
  await expect(detail.locator('.summary-list')).toContainText('Diverifikasi Dinsos');
  await expectNoViolations(laptop);
  await laptop.screenshot({ path: 'test-results/dtsen-flow-verifikasi-1366.png', fullPage: true });

  // 4. The musdes's verified households as the office's spreadsheet: the known file for this household.
  const batchRow = laptop
    .getByRole('region', { name: 'Musyawarah desa' })
    .getByRole('row')
    .filter({ hasText: '31 hadir' });
  await expect(batchRow).toContainText('1 keluarga');
  const [download] = await Promise.all([
    laptop.waitForEvent('download'),
    batchRow.getByRole('button', { name: 'Unduh CSV (Linggasari)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^usulan-dtsen-32\.14\.06\.2006-\d{4}-\d{2}-\d{2}\.csv$/);
  // Written by hand from what the operator entered above, in the default layout (content/dtsen-export-layouts.yaml).
  expect(readFileSync(await download.path(), 'utf8')).toBe(
    '\ufeff"NOMOR_USULAN","NIK_KEPALA_KELUARGA","NOMOR_KK","NAMA_KEPALA_KELUARGA","ALAMAT","RT","RW","KODE_DESA",' +
      '"NAMA_DESA","LINTANG","BUJUR","KRITERIA_TERPENUHI","TANGGAL_MUSYAWARAH","HASIL","ALASAN_HASIL","DESIL"\r\n' +
      `"${number}","3214016203880004","3214010203110007","Euis Rohaeti","Kp. Sukamanah","003","001",` +
      '"32.14.06.2006","Linggasari","-6.5311","107.4402","lantai-tanah","2026-12-04","","",""\r\n',
  );
  await expect(laptop.getByRole('status').filter({ hasText: 'diunduh' })).toContainText('Dikirim ke pusat');
  // The household still open beside it, and its row in the list searched by its number, show its new
  // stage without reopening it.
  await expect(detail.locator('.summary-list')).toContainText('Dikirim ke pusat');
  await expect(laptop.getByRole('row').filter({ hasText: number })).toContainText('Dikirim ke pusat');
  await expect(batchRow).toContainText('Sudah diunduh 1×');
  await expect(batchRow.getByRole('button', { name: 'Unduh ulang (Linggasari)' })).toBeVisible();
  await expectNoViolations(laptop);
  await laptop.screenshot({ path: 'test-results/dtsen-flow-ekspor-1366.png', fullPage: true });

  // 5. The centre's answer: a file with a formula cell is refused whole, naming its row; the good one is taken.
  const results = uploadFolder();
  writeFileSync(
    join(results, 'rumus.csv'),
    `NOMOR_USULAN,HASIL,ALASAN_HASIL,DESIL\n${number},Tidak masuk DTSEN,=1+1,\n`,
  );
  writeFileSync(
    join(results, 'hasil.csv'),
    `NOMOR_USULAN,HASIL,ALASAN_HASIL,DESIL\n${number},Tidak masuk DTSEN,Hasil pemeringkatan di atas desil 5.,\n`,
  );
  const importer = laptop.getByLabel('Impor hasil dari aplikasi pusat (CSV)');
  await importer.setInputFiles(join(results, 'rumus.csv'));
  await laptop.getByRole('button', { name: 'Impor hasil', exact: true }).click();
  await expect(laptop.getByRole('alert')).toContainText('Baris 2: sel "=1+1"');
  await expectNoViolations(laptop);
  await importer.setInputFiles(join(results, 'hasil.csv'));
  await laptop.getByRole('button', { name: 'Impor hasil', exact: true }).click();
  await expect(laptop.getByRole('status').filter({ hasText: 'Hasil 1 usulan diimpor' })).toBeVisible();
  await expect(detail.locator('.summary-list')).toContainText('Tidak masuk DTSEN');
  await expectNoViolations(laptop);
  await office.close();

  // 6. The family's number on /cek-status/: "Hasil" with the reason; the village's list shows it too.
  await lookUpStatus(page, number, '4321');
  const status = page.locator('.status-result');
  await expect(status).toContainText('Tidak masuk DTSEN. Hasil pemeringkatan di atas desil 5.');
  await expect(status).toContainText('Sudah dilalui: Hasil');
  await expect(status).toContainText('Hasil dari pusat');
  await expect(status).not.toContainText(NIK);
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/dtsen-flow-hasil-360.png', fullPage: true });
  await page.goto('/data-desa/');
  await waitForIslands(page);
  await expect(list.getByRole('row').filter({ hasText: number })).toContainText('Hasil dari pusat: Tidak masuk DTSEN');
  await expectNoViolations(page);
});
