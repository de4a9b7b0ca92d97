// A resident afraid of being identified complains, from a 360 px phone, about a fee asked for a
// service, with a photo whose camera wrote the GPS position into it. The photo arrives without
// it; staff — petugas and kepala bidang — handle the complaint without ever seeing who sent it;
// the answer reaches the resident on the status page, who says it is not resolved and reopens it.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import PocketBase from 'pocketbase';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { jpegPhotoWithLocation } from '../support/proposal-form';
import { submissionProof } from '../support/proof-of-work';
import { expect, expectNoViolations, signInToWorkspace, test, uploadFolder, waitForIslands } from './fixtures';

const KEPALA = E2E_STAFF.find((account) => account.role === 'kepala_bidang')!;

async function staffApi(baseURL: string, account: (typeof E2E_STAFF)[number]) {
  const pb = new PocketBase(baseURL);
  pb.autoCancellation(false);
  await pb.collection('staff').authWithPassword(account.email, process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  return pb;
}

test('an anonymous complaint with a located photo: no location and no identity reach the office; answered, then reopened', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const photoPath = join(uploadFolder(), 'antrean.jpg');
  const located = new Uint8Array(await (await jpegPhotoWithLocation(1200, 900)).arrayBuffer());
  writeFileSync(photoPath, located);
  // The fixture does carry a position, so the check below can fail.
  expect(await exifr.gps(located)).toMatchObject({ latitude: -6.55, longitude: expect.closeTo(107.43, 2) });

  // From the service page, which names its office and service.
  await page.goto('/layanan/surat-keterangan-dtks/');
  await page.getByRole('link', { name: 'Sampaikan pengaduan, pertanyaan atau saran online' }).click();
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.locator('.error-summary')).toContainText('Pilih jenisnya');
  await expectNoViolations(page);
  await page.getByLabel(/^Pengaduan —/).check();
  await expect(page.getByLabel('Kantor yang dituju')).toHaveValue('dinsos-p3a-purwakarta');
  await expect(page.getByLabel('Layanan yang Anda maksud (boleh dikosongkan)')).toHaveValue('surat-keterangan-dtks');
  await page
    .getByLabel('Ceritakan apa yang terjadi, atau apa yang ingin Anda tanyakan')
    .fill('Di depan kantor saya diminta membayar Rp50.000 agar surat keterangan DTKS cepat jadi.');
  await page.getByLabel('Foto pendukung (boleh dikosongkan)').setInputFiles(photoPath);
  await expect(page.locator('.file-list li')).toHaveCount(1);
  // The picker is free again once the photo is kept on the phone; then a reload keeps the step, the text and the photo.
  await expect(page.getByLabel('Foto pendukung (boleh dikosongkan)')).toBeEnabled();
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.file-list li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Lanjut' }).click();

  await page.getByLabel(/^Anonim —/).check();
  await expect(page.getByLabel('Nama Anda')).toHaveCount(0);
  await expect(page.getByLabel('Nomor HP')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.locator('.error-summary')).toContainText('Tuliskan 4 angka');
  await expectNoViolations(page);
  await page.getByLabel('4 angka untuk membuka jawaban').fill('5521');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('heading', { name: 'Periksa kembali' })).toBeVisible();
  await expect(page.locator('.island-frame .summary-list')).toContainText('tanpa data lokasi');
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(page.locator('.error-summary')).toContainText('Centang persetujuan');
  await expectNoViolations(page);
  await page.getByLabel(/Saya setuju isian ini dibaca petugas/).check();
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  const confirmation = page.getByRole('heading', { name: 'Pengaduan terkirim' });
  await expect(confirmation).toBeVisible({ timeout: 20_000 });
  await expect(confirmation).toBeFocused();
  const number = (await page.locator('.panel .receipt-number').textContent())!.trim();
  await expect(page.locator('.receipt')).toContainText('paling lambat');
  await expectNoViolations(page);

  // Through the API, petugas and kepala bidang alike: no name, no contact; the photo has no position.
  for (const account of [E2E_STAFF[0], KEPALA]) {
    const pb = await staffApi(baseURL!, account);
    const complaint = await pb.collection('complaints').getFirstListItem(pb.filter('number = {:number}', { number }));
    expect(complaint).toMatchObject({
      identity: 'anonim',
      complainant_name: '',
      complainant_phone: '',
      complainant_email: '',
    });
    expect(JSON.stringify(complaint)).not.toContain('5521');
    const stored = new Uint8Array(
      await (
        await fetch(pb.files.getURL(complaint, complaint['photo'], { token: await pb.files.getToken() }))
      ).arrayBuffer(),
    );
    expect(stored.length).toBeGreaterThan(1000);
    expect(await exifr.gps(stored)).toBeUndefined();
    expect(await exifr.parse(stored)).toBeUndefined();
  }

  // At the office, each on a laptop: the petugas verifies and passes it on; the kepala bidang answers.
  for (const [account, actions] of [
    [E2E_STAFF[0], ['verify', 'dispose']],
    [KEPALA, ['answer']],
  ] as const) {
    const laptop = await browser.newContext({
      baseURL: baseURL!,
      viewport: { width: 1366, height: 768 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    const office = await laptop.newPage();
    await signInToWorkspace(office, account);
    await office.getByRole('button', { name: 'Pengaduan', exact: true }).click();
    await office.getByRole('button', { name: number }).click();
    const detail = office.locator('.detail');
    await expect(detail).toContainText('Anonim — nama dan kontak pelapor tidak dikumpulkan');
    await expect(detail).toContainText('Di depan kantor saya diminta membayar Rp50.000');
    await expect(office.locator('main')).not.toContainText('5521');
    for (const action of actions) {
      if (action === 'verify') {
        await detail.getByLabel(/^Terverifikasi/).check();
        await detail.getByRole('button', { name: 'Simpan' }).click();
        await expect(detail.getByText(/^Tersimpan: Terverifikasi/)).toBeVisible();
      } else if (action === 'dispose') {
        await detail.getByLabel('Teruskan ke unit yang menangani').check();
        await detail.getByLabel('Unit yang menangani (tampil untuk pelapor)').fill('Sekretariat (pengawasan internal)');
        await detail
          .getByLabel('Catatan internal (tidak pernah tampil untuk publik)')
          .fill('Periksa rekaman CCTV halaman depan.');
        await expectNoViolations(office);
        await detail.getByRole('button', { name: 'Simpan' }).click();
        await expect(detail.getByText('Tersimpan: Teruskan ke unit yang menangani.')).toBeVisible();
      } else {
        await detail.getByLabel('Jawab pelapor').check();
        await detail
          .getByLabel('Jawaban atau catatan untuk pelapor (tampil di halaman Cek Status)')
          .fill('Layanan ini gratis. Orang yang meminta uang bukan pegawai kami; sudah kami laporkan ke Satpol PP.');
        await detail.getByRole('button', { name: 'Simpan' }).click();
        await expect(detail.getByText('Tersimpan: Jawab pelapor.')).toBeVisible();
        await expectNoViolations(office);
      }
    }
    await laptop.close();
  }

  // The resident reads the answer on the status page, says it is not resolved, and it reopens.
  await page.getByRole('link', { name: 'Cek status pengaduan' }).click();
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill('5521');
  await page.getByRole('button', { name: 'Cek status' }).click();
  const result = page.locator('.status-result');
  await expect(result.getByRole('heading', { name: `Pengaduan ${number}` })).toBeVisible();
  await expect(result).toContainText('Pengaduan. Ditangani oleh: Sekretariat (pengawasan internal).');
  await expect(result).toContainText('Layanan ini gratis. Orang yang meminta uang bukan pegawai kami');
  await expect(result).not.toContainText('CCTV');
  await expect(result).toContainText('Ditanggapi dalam batas waktu');
  await expectNoViolations(page);
  await result.getByLabel('Belum selesai — buka kembali pengaduan ini').check();
  await result.getByLabel('Apa yang belum selesai? (boleh dikosongkan)').fill('Orang itu masih ada setiap Senin pagi.');
  await expectNoViolations(page);
  await result.getByRole('button', { name: 'Kirim tanggapan' }).click();
  await expect(result.locator('.status-badge')).toHaveText('Dibuka kembali oleh pelapor');
  await expect(result).toContainText('Catatan pelapor: Orang itu masih ada setiap Senin pagi.');
  await expect(result).toContainText('Masih dalam batas waktu: dijawab paling lambat');
});

test('a request’s own status page leads to a complaint about it, verified by its number, never anonymous', async ({
  page,
  baseURL,
}) => {
  const pb = await staffApi(baseURL!, E2E_STAFF[0]);
  const service = await pb.collection('services').getFirstListItem('slug = "pengusulan-dtks"');
  const request = await pb.collection('requests').create({
    service: service.id,
    agency: service['agency'],
    applicant_name: 'Warga Uji',
    applicant_phone: '0812-3456-7890',
  });
  await page.goto(`/cek-status/?no=${request['number']}`);
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill('7890');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await page.getByRole('button', { name: 'Adukan permohonan ini' }).click();
  await waitForIslands(page);
  await expect(page).toHaveURL(/\/pengaduan\/$/);
  await expect(page.locator('.callout').first()).toContainText(`Tentang permohonan ${request['number']}`);
  await page.getByLabel(/^Konsultasi —/).check();
  await page
    .getByLabel('Ceritakan apa yang terjadi, atau apa yang ingin Anda tanyakan')
    .fill('Sudah sebulan, kapan usulan saya diproses?');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByLabel(/^Anonim —/)).toHaveCount(0);
  await page.getByLabel(/^Rahasia —/).check();
  await page.getByLabel('Nama Anda').fill('Warga Uji');
  await page.getByLabel('Nomor HP').fill('0812-3456-7890');
  await page.getByLabel('Hanya di halaman Cek Status').check();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel(/Saya setuju isian ini dibaca petugas/).check();
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pengaduan terkirim' })).toBeVisible({ timeout: 20_000 });
  const number = (await page.locator('.panel .receipt-number').textContent())!.trim();
  const complaint = await pb.collection('complaints').getFirstListItem(pb.filter('number = {:number}', { number }));
  expect(complaint).toMatchObject({
    about_number: request['number'],
    service: service.id,
    identity: 'rahasia',
    kind: 'konsultasi',
  });
});

test('an answer the office publishes is read on /pengaduan/jawaban/, without the complaint or who sent it', async ({
  page,
  baseURL,
}) => {
  // A resident asks a question through the public route; staff verify it and publish the answer.
  const key = randomUUID();
  const form = new FormData();
  for (const [name, value] of Object.entries({
    idempotency_key: key,
    kind: 'konsultasi',
    identity: 'biasa',
    agency: 'dinsos-p3a-purwakarta',
    service: 'surat-keterangan-dtks',
    description: 'Apakah surat keterangan DTKS bisa diambil oleh tetangga saya?',
    name: 'Sari Penanya',
    phone: '0857-1100-2233',
    reply_channel: 'halaman-status',
    consent: 'ya',
    proof: JSON.stringify(await submissionProof(baseURL!, key, 'pengaduan')),
  }))
    form.append(name, value);
  const sent = await fetch(`${baseURL}/api/pengaduan/kirim`, { method: 'POST', body: form });
  expect(sent.status).toBe(200);
  const { number } = (await sent.json()) as { number: string };
  const pb = await staffApi(baseURL!, E2E_STAFF[0]);
  const complaint = await pb.collection('complaints').getFirstListItem(pb.filter('number = {:number}', { number }));
  const act = (fields: Record<string, unknown>) =>
    pb.collection('complaint_events').create({ complaint: complaint.id, staff: pb.authStore.record!.id, ...fields });
  await act({ status: 'diverifikasi' });
  const answer = 'Bisa, dengan surat kuasa bermeterai dan fotokopi KTP Anda serta KTP tetangga Anda.';
  await act({ status: 'dijawab', public_note: answer, publish_answer: true });

  await page.goto('/pengaduan/jawaban/');
  const list = page.locator('.answer-list');
  await expect(list).toContainText(answer);
  await expect(list).toContainText(/Konsultasi · Dinas Sosial, .+ Purwakarta · Pencetakan Surat Keterangan DTKS/);
  await expect(page.locator('main')).not.toContainText('tidak dapat dimuat');
  for (const hidden of ['Sari Penanya', '2233', number, 'tetangga saya?'])
    await expect(page.locator('main')).not.toContainText(hidden);
  await expectNoViolations(page);
});
