// The site as deploy/ runs it, on this machine: PocketBase on loopback with the settings of
// deploy/layanan.env and deploy/systemd/layanan-pocketbase.service, behind Caddy with
// deploy/Caddyfile, over HTTPS from Caddy's own CA for localhost.
import { PROJECT_ROOT, freePort } from '../../pocketbase/scripts/server.ts';
import { startCaddy, type RunningCaddy } from './caddy.ts';
import { startTestPocketBase, type TestPocketBase } from './pocketbase.ts';

export interface ProxiedSite {
  /** https://localhost:<port> */
  url: string;
  /** Caddy's plain-HTTP port, which only redirects. */
  httpUrl: string;
  caddy: RunningCaddy;
  pocketbase: TestPocketBase;
  stop(): Promise<void>;
}

/**
 * `env`: settings as /etc/layanan/layanan.env would hold them, given to PocketBase and Caddy alike;
 * `pocketbaseEnv`: PocketBase's alone, as its systemd unit sets them (GOGC, GOMEMLIMIT).
 */
export async function startProxiedSite(
  env: Record<string, string> = {},
  pocketbaseEnv: Record<string, string> = {},
): Promise<ProxiedSite> {
  const [https, http] = await Promise.all([freePort(), freePort()]);
  const url = `https://localhost:${https}`;
  const settings = { LAYANAN_PUBLIC_URL: url, LAYANAN_SUPERUSER_IPS: '127.0.0.1/32', ...env };
  const pocketbase = await startTestPocketBase({
    env: { ...settings, LAYANAN_TRUSTED_PROXY_HEADER: 'X-Forwarded-For', ...pocketbaseEnv },
    origins: [url],
  });
  try {
    const caddy = await startCaddy({
      caddyfile: `${PROJECT_ROOT}deploy/Caddyfile`,
      env: {
        ...settings,
        LAYANAN_SITE_DIR: `${PROJECT_ROOT}dist`,
        LAYANAN_POCKETBASE: new URL(pocketbase.url).host,
        LAYANAN_HTTPS_PORT: String(https),
        LAYANAN_HTTP_PORT: String(http),
        LAYANAN_CADDY_ADMIN: 'off',
      },
      waitFor: [url],
    });
    return {
      url,
      httpUrl: `http://localhost:${http}`,
      caddy,
      pocketbase,
      async stop() {
        await caddy.stop();
        await pocketbase.stop();
      },
    };
  } catch (error) {
    await pocketbase.stop();
    throw error;
  }
}
