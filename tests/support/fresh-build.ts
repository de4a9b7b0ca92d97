// Test suites depend on the build (the site, its feeds, the hooks' domain bundle). Before they run
// this checks the build matches the working tree, and rebuilds it when it does not.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINGERPRINT_FILE, PROJECT_ROOT, buildFingerprint, siteDirectory } from '../../scripts/build-fingerprint.ts';

export function buildIsFresh(): boolean {
  const stamp = join(siteDirectory(), FINGERPRINT_FILE);
  return existsSync(stamp) && existsSync(join(PROJECT_ROOT, 'pocketbase/pb_hooks/generated/domain.cjs')) && readFileSync(stamp, 'utf8').trim() === buildFingerprint();
}

export function ensureFreshBuild(): void {
  if (buildIsFresh()) return;
  console.log(`The build in ${siteDirectory()} does not match the working tree; rebuilding (npm run build) before the tests …`);
  // As `npm run build` would: Vitest sets NODE_ENV=test, which would make Vite bundle Solid's dev build.
  const { NODE_ENV: _testMode, ...env } = process.env;
  execFileSync('bash', [join(PROJECT_ROOT, 'scripts/build.sh')], { stdio: 'inherit', env });
  if (!buildIsFresh()) throw new Error('The build still does not match the working tree after rebuilding; were files changed during the build?');
}

/** Vitest and Playwright call this once before any test file. */
export default function globalSetup(): void {
  ensureFreshBuild();
}
