import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright specs live in tests/e2e and run with `playwright test`, never here.
    include: [
      'tests/unit/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/budget/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/security/**/*.test.ts',
      'tests/deploy/**/*.test.ts',
    ],
    // Integration tests start PocketBase on the build: rebuild it first when it is stale.
    globalSetup: ['tests/support/fresh-build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration files each start their own PocketBase; two at a time suits a 2-core machine.
    maxWorkers: 2,
  },
});
