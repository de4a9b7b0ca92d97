// Caddy for the tests, as deploy/ configures it: Debian's binary (installed by scripts/test.sh),
// its own data folder (so its local CA is made for this run and never touches the system), HTTPS
// for localhost from that CA. Clients trust the CA's root explicitly: nothing is "ignored".
import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CADDY_BIN = process.env['CADDY_BIN'] ?? '/usr/bin/caddy';

export interface RunningCaddy {
  pid: number;
  /** PEM of the root of Caddy's local CA, which signed every certificate it serves here. */
  rootCertificate: string;
  /** SHA-256 of the intermediate CA's public key (base64), for Chromium's --ignore-certificate-errors-spki-list. */
  intermediateSpki: string;
  stop(): Promise<void>;
}

/**
 * Runs `caddy run` on a Caddyfile (a path, or its text, written into Caddy's own folder, removed at
 * stop) with the given environment until stop(); resolves once every address in `waitFor`
 * (https://host:port) answers with a certificate from Caddy's CA.
 */
export async function startCaddy(options: {
  caddyfile: string | { text: string };
  env: Record<string, string>;
  waitFor: string[];
}): Promise<RunningCaddy> {
  const home = mkdtempSync(join(tmpdir(), 'layanan-caddy-'));
  const env = {
    ...process.env,
    ...options.env,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
    HOME: home,
  };
  let caddyfile = options.caddyfile;
  if (typeof caddyfile !== 'string') {
    writeFileSync(join(home, 'Caddyfile'), caddyfile.text);
    caddyfile = join(home, 'Caddyfile');
  }
  const child: ChildProcess = spawn(CADDY_BIN, ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(home, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });

  const authority = join(home, 'data/caddy/pki/authorities/local');
  const deadline = Date.now() + 30_000;
  try {
    while (!existsSync(join(authority, 'intermediate.crt'))) {
      if (child.exitCode !== null) throw new Error(`Caddy stopped (exit ${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`Caddy made no local CA within 30 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rootCertificate = readFileSync(join(authority, 'root.crt'), 'utf8');
    for (const url of options.waitFor) {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`Caddy stopped (exit ${child.exitCode}):\n${output}`);
        const answered = await trustedRequest(url, { ca: rootCertificate }).then(
          () => true,
          () => false,
        );
        if (answered) break;
        if (Date.now() > deadline) throw new Error(`Caddy did not answer ${url} within 30 s:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const intermediate = new X509Certificate(readFileSync(join(authority, 'intermediate.crt')));
    const intermediateSpki = createHash('sha256')
      .update(intermediate.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64');
    return { pid: child.pid!, rootCertificate, intermediateSpki, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface TrustedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the fields of the answer they expect.
  json<T = any>(): T;
}

/**
 * An HTTPS request that trusts only the given CA, optionally from a chosen local address
 * (127.0.0.2 …: every 127/8 address is this machine, so tests can be several clients) and to a
 * host name that resolves to loopback (kabupaten.localhost).
 */
export function trustedRequest(
  url: string,
  options: {
    ca: string;
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    localAddress?: string;
    decompress?: false;
  },
): Promise<TrustedResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpsRequest(
      {
        host: '127.0.0.1',
        port: target.port || 443,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        headers: { Host: target.host, ...options.headers },
        servername: target.hostname,
        ca: options.ca,
        localAddress: options.localAddress,
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            body,
            json: () => JSON.parse(body.toString('utf8')),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.on('timeout', () => request.destroy(new Error(`${url}: no answer within 30 s`)));
    request.end(options.body);
  });
}
