// A fingerprint of everything the build reads (content, code, assets, the lockfile, the PUBLIC_*
// settings and LAYANAN_KABUPATEN). scripts/build.sh writes it next to the site it built; test suites compare it with
// the working tree before they run (tests/support/fresh-build.ts), so no test runs against a stale
// build or a stale hook bundle.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KABUPATEN_SETTING } from '../src/lib/scope.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = [
  'content',
  'src',
  'public',
  'scripts/build.sh',
  'scripts/build-pwa.ts',
  'scripts/offline-packs.ts',
  'scripts/page-assets.ts',
  'scripts/build-hooks.ts',
  'scripts/build-headers.ts',
  'scripts/caddy-headers.ts',
  'scripts/resolve-ts.mjs',
  'astro.config.mjs',
  'package-lock.json',
];
export const FINGERPRINT_FILE = '.build-fingerprint';

/** Every file under `path` (or `path` itself), in a stable order. */
export function filesUnder(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((entry) => filesUnder(join(path, entry)))
    : [path];
}

/** `env`: the environment the build runs in (its PUBLIC_* settings count). */
export function buildFingerprint(env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of filesUnder(join(PROJECT_ROOT, input)))
      hash.update(relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const [name, value] of Object.entries(env)
    .filter(([name]) => name.startsWith('PUBLIC_') || name === KABUPATEN_SETTING)
    .sort())
    hash.update(`${name}=${value}\0`);
  return hash.digest('hex');
}

export const siteDirectory = () => process.env['LAYANAN_OUT_DIR'] ?? join(PROJECT_ROOT, 'dist');

if (process.argv[1] === fileURLToPath(import.meta.url))
  writeFileSync(join(siteDirectory(), FINGERPRINT_FILE), `${buildFingerprint()}\n`);
