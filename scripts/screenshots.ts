// The README's screenshots, taken on a 360 px phone screen from the built site served by a fresh
// PocketBase with the demo data of `npm start`: a service page, a status result and the staff
// workspace. Palette PNGs (sharp), small enough to commit. Run by hand after a visible change:
//   node --import ./scripts/resolve-ts.mjs scripts/screenshots.ts      (writes docs/images/*.png)
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import sharp from 'sharp';
import { loadDemoData } from '../pocketbase/scripts/demo-data.ts';
import { freePort, PROJECT_ROOT, startPocketBase } from '../pocketbase/scripts/server.ts';
import { phoneVerifier } from '../src/domain/phone.ts';
import { ensureFreshBuild } from '../tests/support/fresh-build.ts';

const WIDTH = 360;
/** Each image: this much of the page, from a chosen heading down (a phone screen and a half). */
const HEIGHT = 960;
const PHONE = { width: WIDTH, height: 780 };
const imagesDir = join(PROJECT_ROOT, 'docs/images');

await ensureFreshBuild();
const dataDir = mkdtempSync(join(tmpdir(), 'layanan-screenshots-'));
const superuser = { email: 'admin@layanan-sosial.local', password: 'screenshots-only-password' };
const server = await startPocketBase({
  dataDir,
  http: `127.0.0.1:${await freePort()}`,
  superuser,
  siteDir: join(PROJECT_ROOT, 'dist'),
});
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** Saves HEIGHT pixels of the page from `from`'s top (the page's top by default) as a palette PNG of 64 colours. */
async function save(page: Page, name: string, from?: Locator) {
  const top = from
    ? Math.max(0, await from.evaluate((element) => element.getBoundingClientRect().top + scrollY - 12))
    : 0;
  const png = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y: top, width: WIDTH, height: HEIGHT },
    animations: 'disabled',
    caret: 'hide',
  });
  const file = join(imagesDir, `${name}.png`);
  const info = await sharp(png).png({ palette: true, colours: 64, effort: 10, compressionLevel: 9 }).toFile(file);
  console.log(`${file}: ${info.width}×${info.height}, ${(info.size / 1024).toFixed(1)} KB`);
}

/** Islands are server-rendered first; act only once Astro has hydrated them. */
const islandsReady = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

try {
  const pb = new PocketBase(server.url);
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  const accounts = await loadDemoData(pb, dataDir);
  const petugas = accounts.find((account) => account.role === 'petugas' && account.agency === 'dinsos-p3a-purwakarta')!;
  const inProgress = await pb
    .collection('requests')
    .getFirstListItem(pb.filter('service.slug = {:slug}', { slug: 'rujukan-ppks-terlantar' }));

  mkdirSync(imagesDir, { recursive: true });
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    // The first-visit notice of what was kept offline would cover the page.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();

  await page.goto('/layanan/rujukan-ppks-terlantar/');
  await save(page, 'layanan');

  await page.goto(`/cek-status/?no=${inProgress['number']}`);
  await islandsReady(page);
  await page.getByLabel('4 angka terakhir nomor HP').fill(phoneVerifier(inProgress['applicant_phone']));
  await page.getByRole('button', { name: 'Cek status' }).click();
  const result = page.locator('.status-result');
  await result.getByRole('heading', { name: /Langkah \d+ dari \d+/ }).waitFor();
  await save(page, 'cek-status', result);

  await page.goto('/petugas/');
  await islandsReady(page);
  await page.getByLabel('Email petugas').fill(petugas.email);
  await page.getByLabel('Kata sandi').fill(petugas.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
  await page.getByText(/Menampilkan 1–/).waitFor();
  await save(page, 'petugas', page.getByRole('heading', { name: 'Antrean permohonan' }));
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
