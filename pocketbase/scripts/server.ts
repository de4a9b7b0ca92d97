// Starts a real PocketBase server for this project: pinned binary, the project's migrations
// and hooks, the built site as its public folder. Used by `npm start` and by the tests.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const POCKETBASE_DIR = `${PROJECT_ROOT}pocketbase`;

export interface Superuser {
  email: string;
  password: string;
}

export interface PocketBaseOptions {
  dataDir: string;
  /** host:port to listen on. */
  http: string;
  superuser: Superuser;
  siteDir?: string;
  /** Extra environment for the server process, e.g. LAYANAN_STATUS_RATE_LIMIT. */
  env?: Record<string, string>;
  /** Origins allowed to call the API from a browser (CORS); default: the site's own, http://<http>. */
  origins?: string[];
  /** Pass the server's output through (npm start) instead of keeping it for error messages. */
  inheritOutput?: boolean;
  /**
   * The data folder already has every migration (a test server's copy of a migrated folder): no
   * `migrate up` before `serve`, which still applies anything pending itself (pb_hooks/serve_start.pb.js).
   */
  migrated?: boolean;
}

export interface RunningPocketBase {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function pocketBaseBinary(): string {
  return execFileSync('bash', [`${POCKETBASE_DIR}/get-pocketbase.sh`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

function commonFlags(options: PocketBaseOptions, hooksPool = hooksPoolSize()): string[] {
  return [
    `--dir=${options.dataDir}`,
    `--migrationsDir=${POCKETBASE_DIR}/pb_migrations`,
    `--hooksDir=${POCKETBASE_DIR}/pb_hooks`,
    '--hooksWatch=false',
    `--hooksPool=${hooksPool}`,
  ];
}

/**
 * PocketBase's pool of JS runtimes (`--hooksPool`): LAYANAN_HOOKS_POOL, else the size a server is
 * installed with — deploy/layanan.env, where the number is reasoned — so that development, tests,
 * benches and production run the same pool.
 */
export function hooksPoolSize(): number {
  const installed = /^LAYANAN_HOOKS_POOL=(\d+)$/m.exec(readFileSync(`${PROJECT_ROOT}deploy/layanan.env`, 'utf8'));
  if (!installed) throw new Error('deploy/layanan.env names no LAYANAN_HOOKS_POOL.');
  return Number(process.env['LAYANAN_HOOKS_POOL'] || installed[1]);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`PocketBase stopped while starting (exit ${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PocketBase did not answer ${url}/api/health within 30 s:\n${output()}`);
}

/**
 * The data folder holds every account's token secret and the uploaded identity documents: only
 * the server's own user may read it (folders 700, files 600), including what an earlier version
 * left readable. PocketBase itself runs with umask 077 so what it writes stays that way.
 */
export function secureDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const walk = (path: string) => {
    const isDirectory = statSync(path).isDirectory();
    chmodSync(path, isDirectory ? 0o700 : 0o600);
    if (isDirectory) for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  walk(dir);
}

/** Runs PocketBase with umask 077, so that nothing it creates is readable by other users. */
function pocketBaseCommand(binary: string, args: string[]): [string, string[]] {
  return ['sh', ['-c', 'umask 077 && exec "$0" "$@"', binary, ...args]];
}

/**
 * Applies migrations, then serves until stop() is called. The superuser is upserted by the server
 * itself from a file in the data folder (pb_hooks/lib/superuser.js), so its password never appears
 * on a command line, where any local user could read it with `ps`.
 */
export async function startPocketBase(options: PocketBaseOptions): Promise<RunningPocketBase> {
  const binary = pocketBaseBinary();
  secureDataDir(options.dataDir);
  const superuserFile = join(options.dataDir, 'superuser.json');
  writeFileSync(superuserFile, JSON.stringify(options.superuser, null, 2), { mode: 0o600 });
  const env = {
    ...process.env,
    ...options.env,
    LAYANAN_SUPERUSER_FILE: superuserFile,
    ...(options.siteDir && { LAYANAN_SITE_DIR: options.siteDir }),
  };
  if (!options.migrated) {
    // `migrate up` answers no request: one JS runtime, not the server's pool, which PocketBase makes
    // whole before it does anything (0.26 → 0.13 s CPU, 1.5 → 0.7 s wall for a test server's start).
    const [migrate, migrateArgs] = pocketBaseCommand(binary, ['migrate', 'up', ...commonFlags(options, 1)]);
    execFileSync(migrate, migrateArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  const origins = options.origins ?? [`http://${options.http}`];
  const [serve, serveArgs] = pocketBaseCommand(binary, [
    'serve',
    ...commonFlags(options),
    `--http=${options.http}`,
    `--origins=${origins.join(',')}`,
  ]);
  const child = spawn(serve, serveArgs, { env, stdio: options.inheritOutput ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));

  const url = `http://${options.http}`;
  try {
    await waitUntilHealthy(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
