// Steps of the village proposal form as a village operator takes them, for the specs that send one
// (tests/e2e/proposals.spec.ts directly to PocketBase, tests/e2e/https-proxy.spec.ts through Caddy).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { E2E_OPERATOR } from '../support/e2e-accounts.ts';
import { pdfDocument } from '../support/proposal-form.ts';
import { LONG_EDGE } from '../../src/lib/image-resize.ts';
import { expect, uploadFolder, waitForIslands } from './fixtures';

/** A 12-megapixel phone camera's photo: what the specs that measure the shrinking on the phone send. */
export const CAMERA_PHOTO = { width: 4000, height: 3000 } as const;
/**
 * A photo just over the long edge the forms keep (src/lib/image-resize.ts): still shrunk on the phone, with
 * a fifth of a camera photo's pixels to decode and redraw. What specs about something else send.
 */
export const SMALL_PHOTO = { width: LONG_EDGE + 200, height: ((LONG_EDGE + 200) * 3) / 4 } as const;

export interface ProposalFiles {
  /** A photo as a phone's camera writes it (JPEG, `SMALL_PHOTO` in size unless asked): the form shrinks it before sending. */
  photo: string;
  /** A PDF letter (not shrunk): one page, padded to `letterBytes` when given, like a scan. */
  letter: string;
}

/** Each size's JPEG, made once per worker: detailed enough not to compress to nothing. */
const photos = new Map<string, Promise<Buffer>>();

function photoOfSize({ width, height }: { width: number; height: number }): Promise<Buffer> {
  const key = `${width}x${height}`;
  if (!photos.has(key)) {
    const noise = Buffer.alloc(400 * 300 * 3);
    for (let index = 0; index < noise.length; index++) noise[index] = (index * 2654435761) % 251;
    photos.set(
      key,
      sharp(noise, { raw: { width: 400, height: 300, channels: 3 } })
        .png()
        .toBuffer()
        .then((texture) =>
          sharp(texture).resize(width, height, { kernel: 'nearest' }).jpeg({ quality: 92 }).toBuffer(),
        ),
    );
  }
  return photos.get(key)!;
}

export async function writeProposalFiles(
  options: { letterBytes?: number; photo?: { width: number; height: number } } = {},
): Promise<ProposalFiles> {
  const files = uploadFolder();
  const photo = join(files, 'IMG_20261122_213000.jpg');
  const letter = join(files, 'surat-permohonan.pdf');
  writeFileSync(photo, await photoOfSize(options.photo ?? SMALL_PHOTO));
  const pdf = Buffer.from(await pdfDocument().arrayBuffer());
  // Bytes after %%EOF are ignored by readers; random ones do not compress, as a scan would not.
  writeFileSync(
    letter,
    options.letterBytes ? Buffer.concat([pdf, randomBytes(Math.max(0, options.letterBytes - pdf.length))]) : pdf,
  );
  return { photo, letter };
}

/**
 * Signs in on /usulan-logistik/ (or the operator's other desk, `path`) as E2E_OPERATOR (or `account`);
 * first waits for the service worker unless the test blocks it.
 */
export async function signInAsOperator(
  page: Page,
  options: { serviceWorker?: boolean; path?: string; account?: { email: string } } = {},
) {
  await page.goto(options.path ?? '/usulan-logistik/');
  if (options.serviceWorker ?? true) await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForIslands(page);
  await page.getByLabel('Email operator desa').fill((options.account ?? E2E_OPERATOR).email);
  await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('Desa Linggasari, Kecamatan Darangdan')).toBeVisible();
}

export async function fillEventStep(page: Page, chronology: string) {
  await page.getByLabel('Tanah longsor').check();
  await page.getByLabel('Tanggal dan jam kejadian').fill('2026-11-22T21:30');
  await page.getByLabel('Lokasi kejadian di desa').fill('Kampung Cibeureum RT 02/RW 04');
  await page.getByLabel('Kronologi kejadian').fill(chronology);
}

/** The victims and losses step, every count the same. */
export async function fillImpactCounts(page: Page, value: string) {
  for (const label of [
    'Jumlah KK terdampak',
    'Jumlah jiwa terdampak',
    'Meninggal',
    'Luka-luka',
    'Mengungsi',
    'Rumah rusak ringan',
    'Rumah rusak sedang',
    'Rumah rusak berat',
  ])
    await page.getByLabel(label, { exact: true }).fill(value);
}

export async function fillToCheckAnswers(page: Page, chronology: string, files: ProposalFiles) {
  await fillEventStep(page, chronology);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  for (const [label, value] of [
    ['Jumlah KK terdampak', '3'],
    ['Jumlah jiwa terdampak', '11'],
    ['Meninggal', '0'],
    ['Luka-luka', '2'],
    ['Mengungsi', '11'],
    ['Rumah rusak ringan', '1'],
    ['Rumah rusak sedang', '1'],
    ['Rumah rusak berat', '1'],
  ]) {
    await page.getByLabel(label!, { exact: true }).fill(value!);
  }
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Barang').first().fill('Terpal');
  await page.getByLabel('Jumlah', { exact: true }).first().fill('10');
  await page.getByLabel('Satuan').first().fill('lembar');
  await page.getByRole('button', { name: 'Tambah barang' }).click();
  await page.getByLabel('Barang').nth(1).fill('Beras');
  await page.getByLabel('Jumlah', { exact: true }).nth(1).fill('50');
  await page.getByLabel('Satuan').nth(1).fill('kg');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Camat Darangdan (Lambung Sosial)').check();
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Surat Permohonan Usulan').setInputFiles(files.letter);
  await page.getByLabel('Kronologis & Dokumentasi Kejadian Bencana').setInputFiles(files.photo);
  await expect(page.getByText(/diperkecil dari/)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Jumlah Korban dan Kerugian').setInputFiles(files.letter);
  await page.getByLabel('Lampiran KK dan KTP Korban Bencana').setInputFiles(files.photo);
  await expect(page.getByText(/diperkecil dari/)).toHaveCount(2, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await expect(page.getByRole('heading', { name: 'Periksa kembali sebelum mengirim' })).toBeVisible();
}
