import PocketBase from 'pocketbase';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { approvedDaysAgo, camatReceipt } from '../support/stock-release.ts';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, feed, signInToWorkspace, test } from './fixtures';

const KEPALA = E2E_STAFF.find((staff) => staff.role === 'kepala_bidang')!;

/** A request four days past its promised 210 minutes, and a complaint a month unverified (3 working days). */
async function lateRequestAndComplaint(baseURL: string) {
  // A request registered four days ago for a service promising 210 minutes (imports may backdate; staff cannot).
  const admin = new PocketBase(baseURL);
  await admin.collection('_superusers').authWithPassword('admin@e2e.test', process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  const service = await admin
    .collection('services')
    .getFirstListItem(admin.filter('slug = {:slug}', { slug: 'rujukan-ppks-terlantar' }));
  const late = await admin.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Pemohon Terlambat',
    applicant_phone: '0812-5555-0101',
    received_at: new Date(Date.now() - 4 * 24 * 3600 * 1000).toISOString(),
  });
  // A complaint received a month ago and never verified (3 working days).
  const unverified = await admin.collection('complaints').create({
    agency: service['agency'],
    kind: 'konsultasi',
    identity: 'biasa',
    description: 'Syarat rujukan?',
    reply_channel: 'telepon',
    complainant_name: 'Pelapor Menunggu',
    complainant_phone: '0812-5555-0102',
    status_verifier: '0102',
    idempotency_key: crypto.randomUUID(),
    received_at: new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString(),
  });

  return { late, unverified };
}

test("a kepala bidang's day starts with the summary: what is late, whether backups are current, the audit trail whole and its anchor", async ({
  page,
  baseURL,
}) => {
  const { late, unverified } = await lateRequestAndComplaint(baseURL!);

  await signInToWorkspace(page, KEPALA);

  await expect(page.getByRole('heading', { level: 2, name: 'Ringkasan harian' })).toBeVisible();
  const lateTable = page.getByRole('region', { name: 'Permohonan lewat waktu' });
  const row = lateTable.getByRole('row').filter({ hasText: late['number'] });
  await expect(row).toContainText(feed.services.find((candidate) => candidate.id === 'rujukan-ppks-terlantar')!.title);
  await expect(row).toContainText('langkah 1 dari');
  await expect(row).toContainText('3 hari');
  await expect(page.getByRole('main')).not.toContainText('Pemohon Terlambat');
  const lateComplaint = page
    .getByRole('region', { name: 'Pengaduan lewat batas waktu' })
    .getByRole('row')
    .filter({ hasText: unverified['number'] });
  await expect(lateComplaint).toContainText('Konsultasi');
  await expect(lateComplaint).toContainText('Diterima, langkah 1 dari 5');
  await expect(page.getByRole('main')).not.toContainText('Pelapor Menunggu');
  // The e2e server runs without the backup service.
  await expect(page.getByRole('listitem').filter({ hasText: 'Basis data (disalin terus-menerus)' })).toContainText(
    'Tidak dipantau di server ini',
  );
  await expectNoViolations(page);

  // From the keyboard: the reload button reaches the server again.
  const reloaded = page.waitForResponse((response) => response.url().endsWith('/api/petugas/ringkasan'));
  await page.getByRole('button', { name: 'Muat ulang ringkasan' }).focus();
  await page.keyboard.press('Enter');
  expect((await reloaded).status()).toBe(200);
  await expect(row).toBeVisible();

  // The audit trail: whole, and its head to print and keep apart from the server.
  await expect(page.getByText(/^Utuh: \d+ entri\./)).toBeVisible();
  const anchor = page.getByRole('region', { name: 'Jangkar jejak audit' });
  const seq = (await anchor.getByRole('definition').first().textContent())!.replace('nomor ', '');
  const mac = (await anchor.locator('dd.mac').textContent())!;
  expect(mac).toMatch(/^[0-9a-f]{64}$/);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => (document.body.dataset['cetak'] = 'jangkar-jejak-audit'));
  await expect(page.getByRole('heading', { name: 'Ringkasan harian' })).toBeHidden();
  await expect(anchor.locator('dd.mac')).toBeVisible();
  await page.evaluate(() => delete document.body.dataset['cetak']);
  await page.emulateMedia({ media: 'screen' });

  // Later, the printed anchor is checked against the trail from its tab.
  await page.getByRole('button', { name: 'Jejak audit' }).click();
  const check = page.getByRole('form', { name: 'Periksa keutuhan' });
  await check.getByLabel('Kode (MAC) dari jangkar tercetak').fill(mac.slice(0, 20));
  await check.getByRole('button', { name: 'Periksa jejak audit' }).click();
  await expect(check).toContainText('Kode berisi 64 huruf dan angka');
  await expect(check).toContainText('Tulis juga nomor entrinya');
  await expectNoViolations(page);
  await check.getByLabel('Nomor entri (dari jangkar tercetak)').fill(seq);
  await check.getByLabel('Kode (MAC) dari jangkar tercetak').fill(mac.toUpperCase());
  await check.getByRole('button', { name: 'Periksa jejak audit' }).click();
  await expect(check.getByRole('status')).toContainText(/Utuh: \d+ entri\. Diperiksa /);
  await expectNoViolations(page);
  // An anchor the trail never had is reported, not taken as whole.
  await check.getByLabel('Kode (MAC) dari jangkar tercetak').fill('0'.repeat(64));
  await check.getByRole('button', { name: 'Periksa jejak audit' }).click();
  await expect(check.getByRole('status')).toContainText('Rusak mulai entri');
});

// Its figures and numbers lead to what they count (issue 29, item 10).
for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the summary’s figures open the queue narrowed to them, its numbers open the case', async ({
      page,
      baseURL,
    }) => {
      const { late, unverified } = await lateRequestAndComplaint(baseURL!);
      await signInToWorkspace(page, KEPALA);
      await page.getByRole('button', { name: /buka di antrean, yang lewat waktu saja$/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Antrean permohonan' })).toBeVisible();
      await expect(page.getByLabel('Hanya yang lewat waktu')).toBeChecked();
      await expect(page.getByRole('button', { name: late['number'] })).toBeVisible();
      await expectNoViolations(page);

      // A number in the table of late requests opens that request.
      await page.getByRole('button', { name: 'Ringkasan harian' }).click();
      await page
        .getByRole('region', { name: 'Permohonan lewat waktu' })
        .getByRole('button', { name: late['number'] })
        .click();
      await expect(page.getByLabel('Cari nomor atau nama pemohon')).toHaveValue(late['number']);
      await expect(page.getByRole('heading', { name: new RegExp(`^${late['number']}`) })).toBeVisible();

      // And one of a late complaint, that complaint.
      await page.getByRole('button', { name: 'Ringkasan harian' }).click();
      await page
        .getByRole('region', { name: 'Pengaduan lewat batas waktu' })
        .getByRole('button', { name: unverified['number'] })
        .click();
      await expect(page.getByRole('heading', { level: 2, name: 'Pengaduan' })).toBeVisible();
      await expect(page.getByRole('heading', { name: new RegExp(unverified['number']) })).toBeVisible();
      await expectNoViolations(page);

      // A tab chosen by hand starts as it always does.
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await expect(page.getByLabel('Hanya yang lewat waktu')).not.toBeChecked();
    });
  });
}

// Stock alerts of the office's warehouses, each leading to where it is acted on (issue 27).
test('the summary lists a batch near expiry and a proposal left undelivered; each opens where it is acted on', async ({
  page,
  baseURL,
}) => {
  const today = new Date();
  const inThirtyDays = new Date(today.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const { batch } = await camatReceipt(baseURL!, { expires_on: inThirtyDays, quantity: '3' });
  const waiting = await approvedDaysAgo(baseURL!, 5);

  await signInToWorkspace(page, KEPALA);
  const expiring = page
    .getByRole('region', { name: 'Batch mendekati kedaluwarsa' })
    .getByRole('row')
    .filter({ hasText: batch });
  await expect(expiring).toContainText('Lambung Sosial Kecamatan Darangdan');
  await expect(expiring).toContainText('3 paket');
  await expect(expiring).toContainText(/(29|30) hari lagi/);
  const undelivered = page
    .getByRole('region', { name: 'Usulan disetujui, logistik belum diterima desa' })
    .getByRole('row')
    .filter({ hasText: waiting.number });
  await expect(undelivered).toContainText('Linggasari, Kec. Darangdan');
  await expect(undelivered).toContainText('5 hari');
  await expectNoViolations(page);
  await page
    .getByRole('heading', { name: 'Stok logistik' })
    .screenshot({ path: 'test-results/ringkasan-stok-judul.png' });
  await page
    .locator('section[aria-labelledby="peringatan-stok-judul"]')
    .screenshot({ path: 'test-results/ringkasan-stok.png' });

  // The proposal opens in Usulan desa, where its release is recorded.
  await undelivered.getByRole('button', { name: waiting.number }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Usulan desa' })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`^${waiting.number}`) })).toBeVisible();

  // The batch opens the kartu stok of its item in its warehouse.
  await page.getByRole('button', { name: 'Ringkasan harian' }).click();
  await expiring.getByRole('link', { name: 'Makanan siap saji' }).click();
  await expect(page).toHaveURL(
    /\/petugas\/laporan-stok\/\?gudang=lumbung\.32\.14\.06&barang=makanan-siap-saji#kartu-stok$/,
  );
  await expect(page.getByRole('heading', { name: 'Kartu stok: Makanan siap saji (paket)' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Kartu stok' }).getByRole('row').filter({ hasText: batch }),
  ).toContainText(`BAST-T/${batch}`);
  await expectNoViolations(page);
});
