// Settings a deployment depends on are applied at every start, so a dashboard edit cannot quietly
// undo them — and a superuser needs more than a password once mail is configured.
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, PROJECT_ROOT, startPocketBase, type RunningPocketBase } from '../../pocketbase/scripts/server.ts';
import { removeDataDir, startTestPocketBase, type TestPocketBase } from '../support/pocketbase';

let server: TestPocketBase;
let restarted: RunningPocketBase | undefined;
afterAll(async () => {
  // The second test stops the first server, keeping its data, and starts it again.
  if (restarted) await restarted.stop();
  else await server?.stop({ keepData: true });
  removeDataDir(server.dataDir);
});

describe('at every start', () => {
  it(
    'names the app and its mail sender for this deployment, keeps logs two weeks, limits the public routes, ' +
      'trusts the proxy it is told of, and schedules zip backups',
    async () => {
      server = await startTestPocketBase({
        env: {
          LAYANAN_PUBLIC_URL: 'https://layanan.purwakartakab.go.id',
          LAYANAN_TRUSTED_PROXY_HEADER: 'X-Forwarded-For',
          LAYANAN_BACKUP_CRON: '0 19 * * *',
        },
      });
      const settings = await server.admin.settings.getAll();
      expect(settings['trustedProxy']).toEqual({ headers: ['X-Forwarded-For'], useLeftmostIP: false });
      expect(settings['backups']).toMatchObject({ cron: '0 19 * * *', cronMaxKeep: 7 });
      expect(settings['meta']).toMatchObject({
        appName: 'Layanan Sosial',
        appURL: 'https://layanan.purwakartakab.go.id',
        senderAddress: 'no-reply@layanan.purwakartakab.go.id',
      });
      expect(settings['logs']['maxDays']).toBe(14);
      expect(settings['rateLimits']['enabled']).toBe(true);
      expect(settings['rateLimits']['rules'].map((rule: { label: string }) => rule.label)).toEqual(
        expect.arrayContaining(['POST /api/layanan/status', 'POST /api/akun/aktivasi']),
      );
    },
  );

  it('asks a superuser for a one-time code by email besides the password, once mail is configured', async () => {
    await server.admin.settings.update({
      smtp: { enabled: true, host: '127.0.0.1', port: 2525, username: '', password: '' },
      meta: { appName: 'Acme' },
    });
    await server.stop({ keepData: true });
    restarted = await startPocketBase({
      dataDir: server.dataDir,
      http: `127.0.0.1:${await freePort()}`,
      superuser: server.superuser,
      siteDir: `${PROJECT_ROOT}dist`,
    });
    const response = await fetch(`${restarted.url}/api/collections/_superusers/auth-with-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identity: server.superuser.email, password: server.superuser.password }),
    });
    expect(response.status).toBe(401);
    expect((await response.json()).mfaId).toEqual(expect.any(String));
  });
});
