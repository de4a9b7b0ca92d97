// A build that fails a check leaves the site that was there before: scripts/build.sh builds into a
// sibling folder and moves it into place only after every check. A deploy script that ignores the
// exit code then still serves the previous, whole site.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';

const work = mkdtempSync(join(tmpdir(), 'layanan-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` with its mode and a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        files[relative(dir, path)] =
          `${statSync(path).mode.toString(8)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    }
  };
  walk(dir);
  return files;
}

it('a build over its first-visit budget fails and leaves the previous site byte for byte', () => {
  const site = join(work, 'dist');
  mkdirSync(join(site, 'layanan'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Versi sebelumnya</title>');
  writeFileSync(join(site, 'layanan', 'index.html'), '<!doctype html><title>Layanan, versi sebelumnya</title>');
  writeFileSync(join(site, 'sw.js'), '// the previous service worker\n');
  const before = snapshot(site);

  const { NODE_ENV: _testMode, ...env } = process.env;
  const build = spawnSync('bash', [join(PROJECT_ROOT, 'scripts/build.sh')], {
    encoding: 'utf8',
    env: {
      ...env,
      LAYANAN_OUT_DIR: site,
      LAYANAN_CACHE_DIR: join(work, 'astro-cache'),
      // One kilobyte: no first visit fits, so the check after the whole site is written fails.
      LAYANAN_FIRST_VISIT_BUDGET_KB: '1',
    },
  });
  expect(build.status).not.toBe(0);
  expect(build.stderr).toContain('First visit over its 1.0 KB gzip budget');
  expect(snapshot(site)).toEqual(before);
  // Nothing of the failed build is left beside it.
  expect(readdirSync(work).sort()).toEqual(['astro-cache', 'dist']);
}, 180_000);
