import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

test('the web app manifest is complete and Chromium finds the app installable', async ({
  launchOptions,
  baseURL,
  request,
}) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    lang: 'id',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    short_name: 'Layanan Sosial',
  });
  expect(manifest.name).toContain('Layanan Sosial');
  const purposes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
  expect(purposes).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const image = PNG.sync.read(await (await request.get(icon.src)).body());
    expect(`${image.width}x${image.height}`).toBe(icon.sizes);
  }

  // Chromium never offers installation in incognito, which is what Playwright's contexts are.
  const profile = mkdtempSync(join(tmpdir(), 'layanan-profil-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    baseURL,
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => `${error.errorId} ${JSON.stringify(error.errorArguments)}`)).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
