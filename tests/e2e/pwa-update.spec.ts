// A new version reaches people who already have the app: build a second version with changed
// content, serve it in place of the first, and the open page offers it.
import { mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { freePort, PROJECT_ROOT, startPocketBase, type RunningPocketBase } from '../../pocketbase/scripts/server.ts';
import { removeDataDir } from '../support/pocketbase.ts';
import { BUILD_TIMEOUT, CHANGED_SUMMARY, deployedDatedBefore, secondVersionBuild } from '../support/site-builds.ts';

test.use({ serviceWorkers: 'allow' });

const NEW_SUMMARY = CHANGED_SUMMARY.summary;
let server: RunningPocketBase;
let siteLink: string;
let secondBuild: string;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(BUILD_TIMEOUT);
  secondBuild = await secondVersionBuild();
  siteLink = join(mkdtempSync(join(tmpdir(), 'layanan-site-')), 'situs');
  symlinkSync(`${PROJECT_ROOT}dist`, siteLink);
  dataDir = mkdtempSync(join(tmpdir(), 'layanan-update-'));
  server = await startPocketBase({
    dataDir,
    http: `127.0.0.1:${await freePort()}`,
    superuser: { email: 'admin@update.test', password: 'kata-sandi-uji-123' },
    siteDir: siteLink,
  });
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) removeDataDir(dataDir);
  if (siteLink) rmSync(dirname(siteLink), { recursive: true, force: true });
});

/**
 * Serves the second build from now on, as a deploy would; its sw.js dated before the first's, as a
 * copy that keeps a build's dates may bring it (the new version must reach phones all the same).
 */
function deploySecondBuild() {
  const next = `${siteLink}.baru`;
  symlinkSync(deployedDatedBefore(secondBuild, siteLink, `${siteLink}-kedua`), next);
  renameSync(next, siteLink);
}

test('an open page offers the new version, and reloading shows the new content', async ({ page }) => {
  test.setTimeout(60_000);
  const url = `${server.url}/layanan/${CHANGED_SUMMARY.id}/`;
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const oldSummary = await page.locator('.lead').textContent();

  deploySecondBuild();
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));

  const banner = page.getByRole('status').filter({ hasText: 'Versi baru tersedia' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  // Until the resident agrees, the page stays entirely on the old version.
  await expect(page.locator('.lead')).toHaveText(oldSummary!);

  await banner.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(page.locator('.lead')).toHaveText(NEW_SUMMARY, { timeout: 20_000 });
  await expect(page.getByText('Versi baru tersedia')).toHaveCount(0);

  // Caches of the first version are cleaned up: only one precache remains, and one copy of the
  // kabupaten kept on the first visit, brought to the new version (the page above came from it).
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames.filter((name) => name.includes('precache')).length).toBe(1);
  expect(cacheNames.filter((name) => name.startsWith('paket-v-')).length).toBe(1);
  rmSync(siteLink);
});
