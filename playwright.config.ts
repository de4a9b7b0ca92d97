import { defineConfig, devices } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { OFFICE_TIME_ZONE } from './src/domain/time';

// The port and the e2e staff password are chosen once in the main process; workers load this
// file again and inherit them through the environment.
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
process.env['LAYANAN_E2E_PORT'] ??= String(await freePort());
process.env['LAYANAN_E2E_STAFF_PASSWORD'] ??= randomBytes(12).toString('hex');
const baseURL = `http://127.0.0.1:${process.env['LAYANAN_E2E_PORT']}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: 'id-ID',
    timezoneId: OFFICE_TIME_ZONE,
    trace: 'retain-on-failure',
    // Only the offline and update tests (tests/e2e/pwa-*.spec.ts) let the service worker run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'ponsel', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
  webServer: {
    command: 'node tests/support/serve-for-e2e.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // Long enough to rebuild a stale build first (tests/support/fresh-build.ts).
    timeout: 120_000,
    stdout: 'pipe',
  },
});
