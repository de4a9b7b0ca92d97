import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests start PocketBase on the build: rebuild it first when it is stale.
    globalSetup: ['tests/support/fresh-build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration files each start their own PocketBase; two at a time suits a 2-core machine.
    maxWorkers: 2,
    env: {
      // A test server preallocates 50 JS runtimes, not the 300 of deploy/layanan.env: no test sends
      // more than 50 requests at once, and a request finding every runtime busy gets a new one (the
      // same hooks, only slower), so every test behaves the same; each of the ~45 starts (migrate,
      // then serve, each making the pool) costs about 0.4 s CPU less.
      LAYANAN_HOOKS_POOL: '50',
    },
    // Playwright specs live in tests/e2e and run with `playwright test`, never here.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions, no servers or files: one worker process runs many files, instead of a new
          // process importing Vitest and the domain for each of 40 files (9.5 → 2.3 s CPU for tests/unit).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site and server',
          include: [
            'tests/content/**/*.test.ts',
            'tests/budget/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/security/**/*.test.ts',
            'tests/deploy/**/*.test.ts',
          ],
        },
      },
    ],
  },
});
