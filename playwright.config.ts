import { defineConfig, devices } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { OFFICE_TIME_ZONE } from './src/domain/time';
import { CHROMIUM_FLAGS } from './tests/support/chromium';

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

/** Specs that need what only the whole browser has: the service worker's notifications. */
const NEEDS_THE_WHOLE_BROWSER = /watch-number\.spec\.ts$/;

/** Debian's Chromium binary `name` (or the one at `path`), with what the tests turn off. */
function chromium(path: string | undefined, name: string) {
  return { executablePath: path ?? `/usr/bin/${name}`, args: CHROMIUM_FLAGS };
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two on two cores keeps them busy; LAYANAN_E2E_WORKERS tries another count (four on two loaded cores timed tests out).
  workers: Number(process.env['LAYANAN_E2E_WORKERS'] ?? 2),
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL,
    locale: 'id-ID',
    timezoneId: OFFICE_TIME_ZONE,
    // No trace: recording one costs every test 6–13 % of its CPU to keep it for the few that fail. A failed
    // test still leaves its screenshot and error-context.md (the error, the test's lines, the whole page as
    // an accessibility tree); `npx playwright test <file> --trace retain-on-failure` records traces when
    // a failure needs its network, console and steps (docs/performance.md, "The Playwright phase's CPU").
    trace: 'off',
    screenshot: 'only-on-failure',
    // Only the offline and update tests (tests/e2e/pwa-*.spec.ts) let the service worker run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'ponsel',
      testIgnore: NEEDS_THE_WHOLE_BROWSER,
      // Debian's Chromium headless shell (what Playwright itself runs headless): the same Blink and V8 as
      // /usr/bin/chromium without the browser around them, half the CPU for the same tests.
      // Pixel 7's screen, touch and user agent, drawn at one device pixel per CSS pixel instead of 2.625:
      // layout and every check are in CSS pixels, no test compares pixels, and Chromium paints a seventh
      // of the pixels. Specs that read a QR code from the screen draw it at the phone's density (qr.ts).
      use: {
        ...devices['Pixel 7'],
        deviceScaleFactor: 1,
        launchOptions: chromium(process.env['CHROMIUM_HEADLESS_SHELL_PATH'], 'chromium-headless-shell'),
      },
    },
    {
      name: 'ponsel, Chromium utuh',
      testMatch: NEEDS_THE_WHOLE_BROWSER,
      use: { ...devices['Pixel 7'], launchOptions: chromium(process.env['CHROMIUM_PATH'], 'chromium') },
    },
  ],
  webServer: {
    command: 'node tests/support/serve-for-e2e.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // Long enough to rebuild a stale build first (tests/support/fresh-build.ts).
    timeout: 120_000,
    stdout: 'pipe',
    // Stopped, not killed: serve-for-e2e.ts stops PocketBase and removes the run's data folder (the default
    // SIGKILL left it, with every request the tests made, in the temporary folder).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
