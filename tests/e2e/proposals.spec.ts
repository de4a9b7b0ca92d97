import PocketBase from 'pocketbase';
import sharp from 'sharp';
import { expect, expectNoViolations, test, waitForIslands } from './fixtures';
import {
  CAMERA_PHOTO,
  fillEventStep,
  fillImpactCounts,
  fillToCheckAnswers,
  signInAsOperator,
  writeProposalFiles,
  type ProposalFiles,
} from './proposal-steps';
import { withoutSignal } from './without-signal';

test.describe.configure({ mode: 'serial' });
// A village opens the app once with signal; after that it must work without.
test.use({ serviceWorkers: 'allow' });

let files: ProposalFiles;

test.beforeAll(async () => {
  files = await writeProposalFiles();
});

async function admin(baseURL: string) {
  const pb = new PocketBase(baseURL);
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword('admin@e2e.test', process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  return pb;
}

async function proposalsWith(baseURL: string, chronology: string) {
  return (await admin(baseURL)).collection('proposals').getFullList({ filter: `chronology = "${chronology}"` });
}

test('a village sends a complete proposal with photos and a PDF, and gets a receipt', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const chronology = `Longsor menimpa tiga rumah (uji kirim ${Date.now()}).`;
  await signInAsOperator(page);

  // Each step checks its own fields before going on.
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.locator('.error-summary')).toContainText('Pilih jenis bencana');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectNoViolations(page);

  // A camera's 12-megapixel photo: this test shows it is shrunk before it is sent.
  const camera = await writeProposalFiles({ photo: CAMERA_PHOTO });
  await fillToCheckAnswers(page, chronology, camera);
  const check = page.locator('.check-answers');
  await expect(check).toContainText('Tanah longsor');
  await expect(check).toContainText('Camat Darangdan');
  await expect(check).toContainText('Beras');
  await expectNoViolations(page);
  const sizeLine = await check.getByText(/foto asli/).textContent();
  console.log(`Ukuran kiriman: ${sizeLine}`);

  await page.getByRole('button', { name: 'Kirim usulan' }).click();
  const receipt = page.locator('.receipt');
  await expect(receipt.getByRole('heading', { name: 'Usulan terkirim' })).toBeVisible({ timeout: 20_000 });
  const number = (await receipt.locator('.receipt-number').textContent())!;
  await expectNoViolations(page);
  expect(number).toMatch(/^PWK-/);
  await expect(receipt).toContainText('4321');

  const [proposal] = await proposalsWith(baseURL!, chronology);
  expect(proposal!['number']).toBe(number);
  expect(proposal!['recipient']).toBe('camat');
  expect(proposal!['logistics']).toEqual([
    { item: 'Terpal', quantity: 10, unit: 'lembar' },
    { item: 'Beras', quantity: 50, unit: 'kg' },
  ]);
  // Staff see it with its documents; the photo arrived shrunk.
  const pb = await admin(baseURL!);
  const photo = await fetch(
    pb.files.getURL(proposal!, proposal!['doc_chronology'][0], { token: await pb.files.getToken() }),
  );
  const bytes = Buffer.from(await photo.arrayBuffer());
  const { width, height } = await sharp(bytes).metadata();
  expect(Math.max(width!, height!)).toBeLessThanOrEqual(1600);
  console.log(
    `Foto contoh: ${(await import('node:fs')).statSync(camera.photo).size} byte dari kamera → ${bytes.length} byte terkirim (${width}×${height}).`,
  );

  // The status page knows it.
  await page.goto(`/cek-status/?no=${number}`);
  await waitForIslands(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill('4321');
  await page.getByRole('button', { name: 'Cek status' }).click();
  await expect(page.locator('.status-result')).toContainText('Usulan diterima');
});

test('a half-filled proposal, attachments included, survives a reload', async ({ page }) => {
  test.setTimeout(60_000);
  await signInAsOperator(page);
  await fillEventStep(page, 'Draf yang harus tetap ada setelah dimuat ulang.');
  await page.waitForTimeout(500);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Kronologi kejadian')).toHaveValue('Draf yang harus tetap ada setelah dimuat ulang.');
  await expect(page.getByLabel('Tanah longsor')).toBeChecked();
  await expect(page.getByLabel('Lokasi kejadian di desa')).toHaveValue('Kampung Cibeureum RT 02/RW 04');

  for (let step = 0; step < 4; step++) {
    if (step === 1) await fillImpactCounts(page, '0');
    if (step === 2) {
      await page.getByLabel('Barang').first().fill('Selimut');
      await page.getByLabel('Jumlah', { exact: true }).first().fill('20');
      await page.getByLabel('Satuan').first().fill('lembar');
    }
    if (step === 3) await page.getByLabel('Kepala Dinas Sosial P3A').check();
    await page.getByRole('button', { name: 'Lanjut' }).click();
  }
  await page.getByLabel('Surat Permohonan Usulan').setInputFiles(files.letter);
  const attached = page.locator('.file-list li').filter({ hasText: 'surat-permohonan.pdf' });
  await expect(attached).toHaveCount(1);
  await expect(page.getByLabel('Surat Permohonan Usulan')).toBeEnabled();
  await page.reload();
  await waitForIslands(page);
  // Back at the step it was on, not at step 1.
  await expect(page.getByRole('heading', { name: 'Dokumen' })).toBeVisible();
  await expect(attached).toHaveCount(1);
});

test('sent without signal, a proposal waits and goes out once the connection returns — exactly once', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const chronology = `Banjir bandang (uji tanpa sinyal ${Date.now()}).`;
  await signInAsOperator(page);
  await fillToCheckAnswers(page, chronology, files);

  const offline = await withoutSignal(context, '/api/collections/proposals/records');
  await page.getByRole('button', { name: 'Kirim usulan' }).click();
  await expect(page.getByText('Menunggu sinyal — akan terkirim otomatis')).toBeVisible();
  // The form is free for the next proposal; the queued one is kept on the phone, even across a reload.
  await expect(page.getByRole('heading', { name: 'Kejadian bencana' })).toBeVisible();
  await page.reload().catch(() => undefined);
  await waitForIslands(page);
  await expect(page.getByText('Menunggu sinyal — akan terkirim otomatis')).toBeVisible();
  expect(await proposalsWith(baseURL!, chronology)).toHaveLength(0);
  expect(offline.sentWhileOffline).toEqual([]);

  await offline.restore();
  await expect(page.locator('.receipt').getByRole('heading', { name: 'Usulan terkirim' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Menunggu sinyal')).toHaveCount(0);
  expect(await proposalsWith(baseURL!, chronology)).toHaveLength(1);
});

test('on a slow connection that drops midway, the proposal still arrives exactly once', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const chronology = `Angin kencang (uji sinyal putus ${Date.now()}).`;
  await signInAsOperator(page);
  await fillToCheckAnswers(page, chronology, files);

  const cdp = await context.newCDPSession(page);
  // About 2G: 20 KB/s up, 400 ms latency.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 40_000,
    uploadThroughput: 20_000,
  });
  await page.getByRole('button', { name: 'Kirim usulan' }).click();
  await expect(page.getByText(/Mengirim usulan… [1-9]\d?%/)).toBeVisible({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(page.getByText('Menunggu sinyal — akan terkirim otomatis')).toBeVisible({ timeout: 30_000 });

  // Signal returns: the app sends again by itself.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await expect(page.locator('.receipt').getByRole('heading', { name: 'Usulan terkirim' })).toBeVisible({
    timeout: 60_000,
  });
  expect(await proposalsWith(baseURL!, chronology)).toHaveLength(1);
});
