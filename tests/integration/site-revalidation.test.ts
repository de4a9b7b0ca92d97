// A browser asks again for the files of the site it holds (sw.js above all: that is how a phone with
// the app finds a new version) with If-None-Match and If-Modified-Since. A deployed build reaches it
// whatever the dates of its files: one made before the build it replaces (a rollback, a copy that
// keeps the build's dates) is sent whole, never answered 304 "not modified" because it is not newer.
// PocketBase's site route gives each file the validator Caddy's file_server gives it (pocketbase/pb_hooks/lib/files.js).
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import { startTestPocketBase, type TestPocketBase } from '../support/pocketbase';
import { deployedDatedBefore } from '../support/site-builds.ts';

const built = join(PROJECT_ROOT, 'dist');
const work = mkdtempSync(join(tmpdir(), 'layanan-revalidasi-'));
const siteLink = join(work, 'situs');
let server: TestPocketBase;

beforeAll(async () => {
  symlinkSync(built, siteLink);
  server = await startTestPocketBase({ siteDir: siteLink });
});

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The request a browser makes for a file it holds, with the validators it was sent. */
function revalidate(path: string, held: Response) {
  const headers: Record<string, string> = {};
  const etag = held.headers.get('etag');
  if (etag) headers['If-None-Match'] = etag;
  headers['If-Modified-Since'] = held.headers.get('last-modified')!;
  return fetch(`${server.url}${path}`, { headers });
}

it('a deployed service worker dated before the one a browser holds is sent whole; an unchanged one is not', async () => {
  const first = await fetch(`${server.url}/sw.js`);
  expect(first.status).toBe(200);
  const firstWorker = await first.text();
  expect(first.headers.get('etag')).toMatch(/^".+"$/);
  expect((await revalidate('/sw.js', first)).status).toBe(304);

  // The next version: one precache revision changed, the same size, made an hour before the first.
  const nextWorker = firstWorker.replace(/"revision":"[0-9a-f]{32}"/, `"revision":"${'0'.repeat(32)}"`);
  expect(nextWorker).not.toBe(firstWorker);
  expect(nextWorker.length).toBe(firstWorker.length);
  symlinkSync(deployedDatedBefore(built, built, join(work, 'kedua'), nextWorker), `${siteLink}.baru`);
  renameSync(`${siteLink}.baru`, siteLink);

  const next = await revalidate('/sw.js', first);
  expect(next.status).toBe(200);
  expect(await next.text()).toBe(nextWorker);
  expect((await revalidate('/sw.js', next)).status).toBe(304);
});

it("a page is revalidated by its folder's index.html", async () => {
  const page = await fetch(`${server.url}/layanan/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('etag')).toMatch(/^".+"$/);
  expect((await revalidate('/layanan/', page)).status).toBe(304);
});

it('a build put in place under the running server is sent with its own headers, its Content-Security-Policy above all', async () => {
  const before = await fetch(`${server.url}/`);
  const policy = before.headers.get('content-security-policy')!;
  expect(policy).toContain('script-src');

  // The next build's inline scripts have other hashes: its _headers.json lists them.
  const next = join(work, 'ketiga');
  mkdirSync(next);
  for (const entry of readdirSync(built))
    if (entry !== '_headers.json') symlinkSync(join(built, entry), join(next, entry));
  const headers = JSON.parse(readFileSync(join(built, '_headers.json'), 'utf8')) as { all: Record<string, string> };
  const nextPolicy = policy.replace('script-src', "script-src 'sha256-versiBerikutnya='");
  headers.all['Content-Security-Policy'] = nextPolicy;
  writeFileSync(join(next, '_headers.json'), JSON.stringify(headers));
  symlinkSync(next, `${siteLink}.baru`);
  renameSync(`${siteLink}.baru`, siteLink);

  expect((await fetch(`${server.url}/`)).headers.get('content-security-policy')).toBe(nextPolicy);
});
