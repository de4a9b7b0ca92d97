// What the proxy and restore tests cannot run here — systemd and a real domain — checked as far as
// this machine can: systemd reads the units without a warning, Caddy accepts the Caddyfile with a
// production address (automatic HTTPS from Let's Encrypt), and the scripts parse.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hooksPoolSize, PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import { CADDY_BIN } from '../support/caddy.ts';

const deploy = join(PROJECT_ROOT, 'deploy');
const work = mkdtempSync(join(tmpdir(), 'layanan-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('systemd accepts the units and the Caddy drop-in as install.sh places them', () => {
  // A root as install.sh leaves it: the units, Debian's own (caddy.service among them), the programs they start.
  const root = join(work, 'root');
  cpSync('/usr/lib/systemd/system', join(root, 'usr/lib/systemd/system'), { recursive: true, verbatimSymlinks: true });
  cpSync(join(deploy, 'systemd'), join(root, 'etc/systemd/system'), { recursive: true });
  for (const program of ['opt/layanan/bin/pocketbase', 'opt/layanan/deploy/layanan-cadangan', 'usr/bin/caddy']) {
    mkdirSync(join(root, program, '..'), { recursive: true });
    writeFileSync(join(root, program), '#!/bin/sh\n');
    chmodSync(join(root, program), 0o755);
  }
  const units = readdirSync(join(deploy, 'systemd')).filter((name) => name.endsWith('.service'));
  const result = spawnSync(
    'systemd-analyze',
    ['verify', `--root=${root}`, ...units.map((unit) => `/etc/systemd/system/${unit}`), 'caddy.service'],
    { encoding: 'utf8' },
  );
  expect(result.stderr + result.stdout).toBe('');
  expect(result.status).toBe(0);
});

/** deploy/Caddyfile as Caddy reads it for a real domain, with its own home folder. */
function caddyForARealDomain(home: string) {
  const env = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: home,
    XDG_CONFIG_HOME: home,
    LAYANAN_PUBLIC_URL: 'https://layanan.dinsos.purwakartakab.go.id',
    LAYANAN_SITE_DIR: join(PROJECT_ROOT, 'dist'),
  };
  const adapted = JSON.parse(
    execFileSync(CADDY_BIN, ['adapt', '--config', join(deploy, 'Caddyfile'), '--adapter', 'caddyfile'], {
      env,
      encoding: 'utf8',
    }),
  );
  return { env, adapted };
}

it('Caddy accepts the Caddyfile for a real domain, with the headers a build writes', () => {
  const { env, adapted } = caddyForARealDomain(join(work, 'caddy'));
  const server = Object.values(adapted.apps.http.servers)[0] as {
    listen: string[];
    routes: { match: { host: string[] }[] }[];
  };
  expect(server.listen).toEqual([':443']);
  expect(server.routes[0]!.match[0]!.host).toEqual(['layanan.dinsos.purwakartakab.go.id']);
  execFileSync(CADDY_BIN, ['validate', '--config', join(deploy, 'Caddyfile'), '--adapter', 'caddyfile'], {
    env,
    stdio: 'pipe',
  });
});

it('Caddy sends JSON writes to PocketBase a few at a time, in the order they came; reads and uploads pass beside them', () => {
  const { adapted } = caddyForARealDomain(join(work, 'caddy-queue'));
  type Route = { match?: Record<string, unknown>[]; handle: Record<string, unknown>[] };
  const routesUnder = (routes: Route[]): Route[] =>
    routes.flatMap((route) => [
      route,
      ...route.handle.flatMap((handler) => routesUnder((handler['routes'] as Route[] | undefined) ?? [])),
    ]);
  const server = Object.values(adapted.apps.http.servers)[0] as { routes: Route[] };
  const api = routesUnder(server.routes).find((route) => JSON.stringify(route.match) === '[{"path":["/api/*"]}]')!;
  const [queued, passing] = api.handle[0]!['routes'] as Route[];
  expect(queued!.match).toEqual([
    { method: ['POST', 'PUT', 'PATCH', 'DELETE'], header: { 'Content-Type': ['application/json*'] } },
  ]);
  expect(queued!.handle[0]).toMatchObject({ handler: 'reverse_proxy', transport: { max_conns_per_host: 4 } });
  expect(passing!.match).toBeUndefined();
  expect(passing!.handle[0]).toMatchObject({ handler: 'reverse_proxy' });
  expect(passing!.handle[0]!['transport']).toBeUndefined();
});

it('the shell scripts parse', () => {
  for (const script of ['install.sh', 'layanan-cadangan', 'get-litestream.sh'])
    execFileSync('bash', ['-n', join(deploy, script)]);
});

it('the JS runtime pool is sized in one place, deploy/layanan.env, for production and npm start alike', () => {
  const unit = readFileSync(join(deploy, 'systemd/layanan-pocketbase.service'), 'utf8');
  expect(unit).toContain('EnvironmentFile=/etc/layanan/layanan.env');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: systemd's expansion, in the unit as written
  expect(unit).toContain('--hooksPool=${LAYANAN_HOOKS_POOL}');
  expect(unit).not.toMatch(/Environment=LAYANAN_HOOKS_POOL/);
  // A server installed before the setting existed gets it from deploy/layanan.env on the next install.sh.
  expect(readFileSync(join(deploy, 'install.sh'), 'utf8')).toMatch(/^for name in .*\bLAYANAN_HOOKS_POOL\b.*; do$/m);
  const installed = Number(/^LAYANAN_HOOKS_POOL=(\d+)$/m.exec(readFileSync(join(deploy, 'layanan.env'), 'utf8'))![1]);
  const previous = process.env['LAYANAN_HOOKS_POOL'];
  delete process.env['LAYANAN_HOOKS_POOL'];
  try {
    expect(hooksPoolSize()).toBe(installed);
  } finally {
    if (previous !== undefined) process.env['LAYANAN_HOOKS_POOL'] = previous;
  }
  // The writes Caddy lets through at once each hold 7 runtimes (a registration: its request hooks, the
  // insert's hooks, the first event's), and the audit chainer 2 while one loop hands over to the next
  // (docs/performance.md, "Writes under a crowd"): a pool smaller than that builds throwaway runtimes
  // for every crowd of writes.
  const caddy = readFileSync(join(deploy, 'layanan-situs.caddy'), 'utf8');
  const writesAtOnce = Number(/max_conns_per_host \{\$LAYANAN_WRITES_AT_ONCE:(\d+)\}/.exec(caddy)![1]);
  expect(installed).toBeGreaterThanOrEqual(writesAtOnce * 7 + 2);
});
