import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests start PocketBase on the build: rebuild it first when it is stale.
    globalSetup: ['tests/support/fresh-build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration files each start their own PocketBase. Three at a time on a 2-core machine: a file's
    // worker waits on its server and on the server's timers (one worker alone keeps 0.68 of a core busy),
    // so 36 integration and security files took 107–112 s with two, 95–97 s with three, for the same CPU
    // (docs/performance.md, "Fewer builds, less waiting").
    maxWorkers: 3,
    env: {
      // Go collects a test server's heap when it has grown 400 % since the last collection, not 100 %:
      // servers that live seconds spend less on collecting (five integration files 31.5 → 27.4 s CPU, four
      // pairs) for a larger heap (the largest server 433 → 617 MB). Production runs GOGC=300 under
      // GOMEMLIMIT (deploy/systemd/layanan-pocketbase.service).
      GOGC: '400',
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
