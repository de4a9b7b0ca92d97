// Issue 26, part 2: the village's data entry of a household proposed for DTSEN at 360 px, offline —
// NIK/KK refused with the reason, a KK from elsewhere only warned about, the house point from the
// phone's GPS with its accuracy, photos shrunk, the office's criteria from content, the family's
// consent, "periksa kembali", then kept in the outbox while there is no signal; the draft survives a
// reload. axe is clean at every step.
import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import sharp from 'sharp';
import { E2E_OPERATOR_WHO_SIGNS_OUT } from '../support/e2e-accounts.ts';
import { expect, expectNoViolations, lookUpStatus, test, waitForIslands } from './fixtures';
import { CAMERA_PHOTO, signInAsOperator, writeProposalFiles } from './proposal-steps';
import { withoutSignal } from './without-signal';

/** Where the household form's outbox sends. */
const HOUSEHOLDS = '/api/collections/household_proposals/records';

test.use({ viewport: { width: 360, height: 800 }, serviceWorkers: 'allow' });

test('an operator records a household offline at 360 px: checked, located, photographed, consented, queued, sent once on reconnect', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // A camera's 12-megapixel photos: the sizes they are sent at are docs/performance.md's figures.
  const files = await writeProposalFiles({ photo: CAMERA_PHOTO });
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: -6.52043, longitude: 107.431742, accuracy: 12 });
  // The service worker first: the page must open again without signal.
  // It signs out at the end: as an account of its own, not the one other tests are signed in as.
  await signInAsOperator(page, { path: '/data-desa/', account: E2E_OPERATOR_WHO_SIGNS_OUT });
  await expect(page.getByText('Desa Linggasari, Kecamatan Darangdan')).toBeVisible();
  const heading = page.locator('#dtsen-langkah-judul');
  await expect(heading).toHaveText('Kepala keluarga');
  const offline = await withoutSignal(context, HOUSEHOLDS);

  // A NIK whose date digits are no date, and a KK one digit short: refused, each with its reason.
  await page.getByLabel('Nama kepala keluarga').fill('Siti Aminah');
  await page.getByLabel('NIK kepala keluarga').fill('3214013208900003');
  await page.getByLabel('Nomor Kartu Keluarga (KK)').fill('321401010120000');
  await page.getByLabel('Nomor HP keluarga (boleh dikosongkan)').fill('0812 3456 7890');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('tanggal "32" tidak mungkin');
  await expect(summary).toContainText('Nomor KK harus 16 angka; yang terisi 15 angka');
  await expectNoViolations(page);
  // A woman's NIK (day 55 = the 15th) reads back; a KK issued in Kota Bandung (32.73) is only warned about.
  await page.getByLabel('NIK kepala keluarga').fill('3214015508900003');
  await expect(page.getByText('Menurut NIK ini: perempuan, lahir tanggal 15-8-90')).toBeVisible();
  await page.getByLabel('Nomor Kartu Keluarga (KK)').fill('3273010101200001');
  await expect(page.getByText('diterbitkan di daerah berkode 32.73, bukan di kabupaten Anda (32.14)')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(heading).toHaveText('Alamat dan titik rumah');
  await page.getByLabel('Alamat rumah').fill('Kp. Cibeureum');
  await page.getByLabel('RT', { exact: true }).fill('002');
  await page.getByLabel('RW', { exact: true }).fill('004');
  await page.getByRole('button', { name: 'Gunakan lokasi saya (GPS)' }).click();
  await expect(page.getByText('Lokasi GPS dipakai (ketelitian sekitar 12 m).')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(heading).toHaveText('Foto');
  for (const label of ['Foto rumah tampak depan', 'Foto KTP kepala keluarga', 'Foto Kartu Keluarga'])
    await page.getByLabel(label).setInputFiles(files.photo);
  await expect(page.locator('.file-list li')).toHaveCount(3);
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(heading).toHaveText('Kriteria kemiskinan');
  await expect(page.getByText('Sumber: Keputusan Menteri Sosial Nomor 262/HUK/2022')).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(summary).toContainText('Jawab semua kriteria (ya atau tidak); 9 belum dijawab.');
  for (const group of await page.locator('fieldset').all()) await group.getByLabel('Tidak').check();
  await page
    .getByRole('group', { name: 'Lantai rumah sebagian besar tanah dan/atau plesteran' })
    .getByLabel('Ya')
    .check();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(heading).toHaveText('Persetujuan keluarga');
  await page.getByLabel(/Keluarga menyetujui datanya dikirim untuk pengusulan DTSEN/).check();
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await expect(heading).toHaveText('Periksa kembali');
  await expect(page.locator('.check-answers')).toContainText(
    'Siti Aminah · NIK 3214015508900003 · KK 3273010101200001',
  );
  await expect(page.locator('.check-answers')).toContainText('(GPS ±12 m)');
  await expect(page.locator('.check-answers')).toContainText('1 dari 9');
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/dtsen-data-desa-periksa-360.png', fullPage: true });

  // A reload offline keeps the step and everything typed.
  await page.reload();
  await waitForIslands(page);
  await expect(heading).toHaveText('Periksa kembali');
  await expect(page.locator('.check-answers')).toContainText('Siti Aminah');
  await page.getByRole('button', { name: 'Simpan dan kirim usulan' }).click();
  await expect(page.locator('.outbox')).toContainText('Menunggu sinyal — akan terkirim otomatis.');
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/dtsen-data-desa-menunggu-360.png', fullPage: true });
  // The URL never carries the NIK.
  expect(page.url()).not.toContain('3214015508900003');
  expect(offline.sentWhileOffline).toEqual([]);

  // Back online: sent once, and the slip for the family — number, the phone's last 4 digits, QR.
  await offline.restore();
  const slip = page.locator('.receipt');
  await expect(slip.getByRole('heading', { name: 'Usulan terkirim' })).toBeVisible({ timeout: 30_000 });
  const number = (await slip.locator('.receipt-number').textContent())!.trim();
  expect(number).toMatch(/^DTS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  await expect(slip).toContainText('angka 7890');
  await expect(slip.locator('.qr svg')).toBeVisible();
  // Purwakarta has announced no monthly cut-off day: the slip says so rather than show a date.
  await expect(slip.locator('.next-cutoff')).toContainText('Kantor belum mengumumkan tanggal batas unggah bulanan');
  await expect(page.getByText('Menunggu sinyal')).toHaveCount(0);
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/dtsen-data-desa-terkirim-360.png', fullPage: true });
  const operator = new PocketBase(baseURL);
  await operator
    .collection('operators')
    .authWithPassword(E2E_OPERATOR_WHO_SIGNS_OUT.email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  const sent = await operator
    .collection('household_proposals')
    .getFullList({ filter: operator.filter('nik = {:nik}', { nik: '3214015508900003' }) });
  expect(sent.map((household) => household['number'])).toEqual([number]);
  expect(sent[0]!['location_accuracy_m']).toBe(12);
  // Each photo arrived shrunk on the phone (long edge ≤ 1600 px); its size is docs/performance.md's figure.
  const token = await operator.files.getToken();
  for (const field of ['photo_house_front', 'photo_ktp', 'photo_kk']) {
    const [file] = [sent[0]![field]].flat() as string[];
    const bytes = Buffer.from(await (await fetch(operator.files.getURL(sent[0]!, file!, { token }))).arrayBuffer());
    const { width, height } = await sharp(bytes).metadata();
    expect(Math.max(width!, height!)).toBeLessThanOrEqual(1600);
    console.log(
      `${field}: ${statSync(files.photo).size} byte dari kamera → ${bytes.length} byte terkirim (${width}×${height}).`,
    );
  }

  // The village's own list shows it at its stage; without signal, the list last fetched, said plainly.
  await page.getByRole('button', { name: 'Catat keluarga berikutnya' }).click();
  const list = page.getByRole('region', { name: 'Daftar usulan DTSEN desa ini' });
  const row = list.getByRole('row').filter({ hasText: number });
  await expect(row).toContainText('Siti Aminah (RT 002/RW 004)');
  await expect(row).toContainText('Dicatat desa');
  const offlineAgain = await withoutSignal(context, HOUSEHOLDS);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('Tanpa sinyal: ini daftar terakhir yang dimuat')).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: number })).toContainText('Dicatat desa');
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/dtsen-data-desa-daftar-offline-360.png', fullPage: true });
  await offlineAgain.restore();

  // The family follows it on /cek-status/ by number and the 4 digits: recorded by the village, nobody named.
  await lookUpStatus(page, number, '7890');
  const result = page.locator('.status-result');
  await expect(result).toContainText(`Usulan DTSEN ${number}`);
  await expect(result).toContainText('Dicatat desa');
  await expect(result).not.toContainText('Siti');
  await expectNoViolations(page);

  // A shared phone: the list kept for offline use, the deliberation's waiting households and a half-typed
  // household are on the device; "Keluar" asks about the unsent form, then leaves no head of family behind.
  await page.goto('/data-desa/');
  await waitForIslands(page);
  await expect(list.getByRole('row').filter({ hasText: number })).toContainText('Siti Aminah');
  await page.getByRole('button', { name: 'Catat musyawarah desa' }).click();
  await expect(page.getByText(`${number} — Siti Aminah`)).toBeVisible();
  await page.getByRole('button', { name: 'Catat keluarga' }).click();
  await page.getByLabel('Nama kepala keluarga').fill('Budi Santoso');
  const deviceHolds = async (name: string) => (await deviceStorage(page)).includes(name);
  await expect.poll(() => deviceHolds('Siti Aminah')).toBe(true);
  await expect.poll(() => deviceHolds('Budi Santoso')).toBe(true);
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  const asking = page.getByRole('region', { name: 'Keluar dan hapus dari ponsel ini?' });
  await expect(asking).toContainText('Isian keluarga yang belum dikirim.');
  await expect(page.locator('#keluar-judul')).toBeFocused();
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/dtsen-data-desa-keluar-360.png', fullPage: true });
  await asking.getByRole('button', { name: 'Hapus dan keluar' }).click();
  await expect(page.getByLabel('Email operator desa')).toBeVisible();
  const left = await deviceStorage(page);
  expect(left).not.toContain('Siti Aminah');
  expect(left).not.toContain('Budi Santoso');
  expect(left).not.toContain('3214015508900003');
  // Signed in again, nothing of before comes back.
  await signInAsOperator(page, { path: '/data-desa/', serviceWorker: false, account: E2E_OPERATOR_WHO_SIGNS_OUT });
  await expect(page.getByLabel('Nama kepala keluarga')).toHaveValue('');
});

/** Everything the site keeps on this device, as text: localStorage, the tab's sessionStorage and every IndexedDB store's values. */
async function deviceStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const stores = await Promise.all(
      (await indexedDB.databases()).map(
        ({ name }) =>
          new Promise<unknown[]>((resolve, reject) => {
            const opening = indexedDB.open(name!);
            opening.onerror = () => reject(opening.error);
            opening.onsuccess = () => {
              const database = opening.result;
              const names = [...database.objectStoreNames];
              if (names.length === 0) return resolve([]);
              const reading = database.transaction(names, 'readonly');
              const values: unknown[] = [];
              for (const store of names) {
                const all = reading.objectStore(store).getAll();
                all.onsuccess = () => values.push(...all.result);
              }
              reading.oncomplete = () => {
                database.close();
                resolve(values);
              };
            };
          }),
      ),
    );
    return JSON.stringify({
      localStorage: { ...localStorage },
      sessionStorage: { ...sessionStorage },
      indexedDB: stores,
    });
  });
}
