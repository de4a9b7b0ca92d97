// Test suites depend on the build (the site, its feeds, the hooks' domain bundle). Before they run
// this checks the build matches the working tree, and rebuilds it when it does not.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINGERPRINT_FILE, PROJECT_ROOT, buildFingerprint, siteDirectory } from '../../scripts/build-fingerprint.ts';

/** Whether the build in `outDir`, made with `env`'s PUBLIC_* settings, matches the working tree. */
export function buildIsFresh(outDir = siteDirectory(), env: NodeJS.ProcessEnv = process.env): boolean {
  const stamp = join(outDir, FINGERPRINT_FILE);
  return (
    existsSync(stamp) &&
    existsSync(join(PROJECT_ROOT, 'pocketbase/pb_hooks/generated/domain.cjs')) &&
    readFileSync(stamp, 'utf8').trim() === buildFingerprint(env)
  );
}

/** Rebuilds `outDir` (as `npm run build` would, with `env`) unless it is fresh. */
export async function ensureFreshBuild(outDir = siteDirectory(), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (buildIsFresh(outDir, env)) return;
  console.log(`The build in ${outDir} does not match the working tree; rebuilding (npm run build) before the tests …`);
  // As `npm run build` would: Vitest sets NODE_ENV=test, which would make Vite bundle Solid's dev build.
  const { NODE_ENV: _testMode, ...buildEnv } = env;
  const build = spawn('bash', [join(PROJECT_ROOT, 'scripts/build.sh')], {
    stdio: 'inherit',
    env: { ...buildEnv, LAYANAN_OUT_DIR: outDir },
  });
  const code = await new Promise<number | null>((resolve, reject) => build.on('error', reject).on('exit', resolve));
  if (code !== 0) throw new Error(`npm run build for ${outDir} failed (exit ${code}).`);
  if (!buildIsFresh(outDir, env))
    throw new Error(
      'The build still does not match the working tree after rebuilding; were files changed during the build?',
    );
}

/** Vitest and Playwright call this once before any test file. */
export default async function globalSetup(): Promise<void> {
  await ensureFreshBuild();
}
