// Starts a real PocketBase server for this project: pinned binary, the project's migrations
// and hooks, the built site as its public folder. Used by `npm start` and by the tests.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
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
  /** Pass the server's output through (npm start) instead of keeping it for error messages. */
  inheritOutput?: boolean;
}

export interface RunningPocketBase {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function pocketBaseBinary(): string {
  return execFileSync('bash', [`${POCKETBASE_DIR}/get-pocketbase.sh`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

function commonFlags(options: PocketBaseOptions): string[] {
  return [
    `--dir=${options.dataDir}`,
    `--migrationsDir=${POCKETBASE_DIR}/pb_migrations`,
    `--hooksDir=${POCKETBASE_DIR}/pb_hooks`,
    '--hooksWatch=false',
    // Hook handlers wait for a free JS runtime; 15 (the default) queues lookups under load.
    `--hooksPool=${process.env['LAYANAN_HOOKS_POOL'] ?? 50}`,
  ];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PocketBase stopped while starting (exit ${child.exitCode}):\n${output()}`);
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

/** Applies migrations, upserts the superuser, then serves until stop() is called. */
export async function startPocketBase(options: PocketBaseOptions): Promise<RunningPocketBase> {
  const binary = pocketBaseBinary();
  mkdirSync(options.dataDir, { recursive: true });
  const env = { ...process.env, ...options.env, ...(options.siteDir && { LAYANAN_SITE_DIR: options.siteDir }) };
  const quietly = { env, stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[] };
  execFileSync(binary, ['migrate', 'up', ...commonFlags(options)], quietly);
  execFileSync(binary, ['superuser', 'upsert', options.superuser.email, options.superuser.password, ...commonFlags(options)], quietly);

  const serveFlags = [...commonFlags(options), `--http=${options.http}`];
  const child = spawn(binary, ['serve', ...serveFlags], { env, stdio: options.inheritOutput ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
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
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
