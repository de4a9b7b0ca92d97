// Attacks on accounts, against a real PocketBase with its default rate limits for sign-in
// relaxed (they are tested in tests/integration/status-lookup.test.ts): password guessing across
// collections and addresses, open sign-up, weak passwords, endless sessions, sign-out that only
// forgets the token on the device — each with the failures audited.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  createStaff,
  purwakartaAccounts,
  startTestPocketBase,
  type PurwakartaAccounts,
  type TestPocketBase,
  trailChained,
} from '../support/pocketbase';

let server: TestPocketBase;
let accounts: PurwakartaAccounts;

beforeAll(async () => {
  server = await startTestPocketBase();
  accounts = await purwakartaAccounts(server);
  // As behind the documented reverse proxy: the client's address comes from X-Forwarded-For.
  await server.admin.settings.update({ trustedProxy: { headers: ['X-Forwarded-For'], useLeftmostIP: false } });
});
afterAll(() => server?.stop());

const signIn = (collection: string, identity: string, password: string, address = '203.0.113.7', cookie = '') =>
  fetch(`${server.url}/api/collections/${collection}/auth-with-password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ identity, password }),
  });

async function auditActions(filter: string) {
  await trailChained(server);
  return (await server.admin.collection('audit_log').getFullList({ filter, sort: 'seq' })).map(
    (entry) => entry['action'] as string,
  );
}

describe('open sign-up', () => {
  it("is impossible: PocketBase's default users collection is gone", async () => {
    const response = await fetch(`${server.url}/api/collections/users/records`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'penyusup@example.com',
        password: 'panjang-sekali-123',
        passwordConfirm: 'panjang-sekali-123',
      }),
    });
    expect(response.status).toBe(404);
  });
});

describe('guessing a password', () => {
  it('makes the account wait after five failures, counted across collections, even for the right password', async () => {
    const victim = await createStaff(server, 'dinsos-p3a-purwakarta');
    // Failures in other auth collections count for the same account (identity).
    for (const collection of ['staff', 'operators', 'camats', 'staff', 'operators'])
      expect((await signIn(collection, victim.email, 'tebakan-salah-1')).status).toBe(400);
    const right = await signIn('staff', victim.email, victim.password);
    expect(right.status).toBe(429);
    expect((await right.json()).message).toContain('Terlalu banyak percobaan masuk yang gagal. Tunggu 1 menit');
    const actions = await auditActions(server.admin.filter('target_label = {:email}', { email: victim.email }));
    expect(actions.filter((action) => action.startsWith('gagal masuk'))).toHaveLength(5);
    expect(actions.at(-1)).toContain('mencoba masuk saat akun atau alamat harus menunggu');
  });

  it('makes an address wait after twenty failures, whichever accounts it tries', async () => {
    for (let attempt = 0; attempt < 20; attempt++)
      expect((await signIn('staff', `tebak${attempt}@test.local`, 'salah-sekali-123', '198.51.100.9')).status).toBe(
        400,
      );
    expect((await signIn('staff', accounts.petugas.email, accounts.petugas.password, '198.51.100.9')).status).toBe(429);
    // Another address is not held back by it.
    expect((await signIn('staff', accounts.petugas.email, accounts.petugas.password, '198.51.100.10')).status).toBe(
      200,
    );
  });
});

describe('strangers guessing a known email from many addresses', () => {
  /** The device cookie a sign-in set, as a browser would send it back. */
  const deviceCookie = (response: Response) => {
    const set = response.headers.getSetCookie().find((cookie) => cookie.startsWith('perangkat_'));
    expect(set).toMatch(/; Path=\/api\/; .*HttpOnly; SameSite=Strict/);
    return set!.split(';')[0]!;
  };
  /** Strangers at once, each from an address of its own. */
  const wrongFrom = async (email: string, count: number, network: string) => {
    const answers = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        signIn('staff', email, 'tebakan-salah-sekali', `${network}.${index + 1}`),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 400));
  };

  it('never hold back a device that signed in before, nor a new one until a high ceiling, which is audited', async () => {
    const victim = await createStaff(server, 'dinsos-p3a-purwakarta');
    const first = await signIn('staff', victim.email, victim.password, '203.0.113.60');
    expect(first.status).toBe(200);
    const known = deviceCookie(first);

    // Ten strangers, ten addresses: the holder signs in on a new phone from yet another address.
    await wrongFrom(victim.email, 10, '198.18.1');
    expect((await signIn('staff', victim.email, victim.password, '203.0.113.61')).status).toBe(200);

    // Forty more reach the account's ceiling: new devices now wait; the holder's own PC does not,
    // even from another address, and is told what happened.
    await wrongFrom(victim.email, 40, '198.18.2');
    expect((await signIn('staff', victim.email, victim.password, '203.0.113.62')).status).toBe(429);
    const onKnownDevice = await signIn('staff', victim.email, victim.password, '203.0.113.63', known);
    expect(onKnownDevice.status).toBe(200);
    expect((await onKnownDevice.json()).meta.peringatan).toContain(
      'ada 50 percobaan masuk yang gagal ke akun ini dalam 15 menit terakhir',
    );
    const actions = await auditActions(server.admin.filter('target_label = {:email}', { email: victim.email }));
    expect(actions.filter((action) => action.startsWith('akun ditahan untuk perangkat baru'))).toHaveLength(1);

    // A cookie signed for another account, or forged, makes a device known to nobody.
    const forged = known.replace(/=.*\./, '=bukan-nonce-asli.');
    expect((await signIn('staff', victim.email, victim.password, '203.0.113.64', forged)).status).toBe(429);
  }, 90_000);

  it("slow down the holder's own device only for its own failures", async () => {
    const holder = await createStaff(server, 'dinsos-p3a-purwakarta');
    const known = deviceCookie(await signIn('staff', holder.email, holder.password, '203.0.113.70'));
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signIn('staff', holder.email, 'salah-ketik-sendiri', '203.0.113.70', known)).status).toBe(400);
    expect((await signIn('staff', holder.email, holder.password, '203.0.113.70', known)).status).toBe(429);
  });
});

describe('passwords', () => {
  it('refuses short, common and personal passwords, naming the field in Indonesian', async () => {
    const agency = accounts.petugas.pb.authStore.record!['agency'];
    for (const [password, expected] of [
      ['aaaaaaaa', 'paling sedikit 10 karakter'],
      ['aaaaaaaaaaaa', 'hampir semuanya huruf atau angka yang sama'],
      ['Purwakarta2026!', 'paling sering dipakai'],
      ['0812345678901', 'tidak boleh hanya angka'],
      ['rinamarlina-kantor', 'tidak boleh memuat nama'],
    ]) {
      const refused = await server.admin
        .collection('staff')
        .create({
          email: `baru.${Math.random()}@test.local`,
          name: 'Rina Marlina',
          role: 'petugas',
          agency,
          password,
          passwordConfirm: password,
        })
        .catch((error) => error);
      expect(refused.status, password).toBe(400);
      expect(refused.response.data.password.message, password).toContain(expected);
    }
  });
});

describe('sessions', () => {
  it('cannot be renewed past their maximum since the last password sign-in', async () => {
    const pb = client(server.url);
    await pb.collection('staff').authWithPassword(accounts.kepala.email, accounts.kepala.password);
    await pb.collection('staff').authRefresh();
    // Nine hours later, as the database would say after a working day.
    const db = new DatabaseSync(join(server.dataDir, 'data.db'));
    db.prepare("UPDATE staff SET last_password_auth = datetime('now', '-9 hours') WHERE id = ?").run(
      accounts.kepala.id,
    );
    db.close();
    const refused = await pb
      .collection('staff')
      .authRefresh()
      .catch((error) => error);
    expect(refused.status).toBe(401);
    expect(refused.response.message).toContain('Sesi Anda sudah berakhir (paling lama 8 jam sejak masuk)');
  });

  it('end every token at the maximum since the password sign-in, a token renewed just before it included', async () => {
    const expiry = (token: string) =>
      (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp * 1000;
    const setSignedIn = (table: string, id: string, ago: string) => {
      const db = new DatabaseSync(join(server.dataDir, 'data.db'));
      db.prepare(`UPDATE ${table} SET last_password_auth = strftime('%Y-%m-%d %H:%M:%fZ', 'now', ?) WHERE id = ?`).run(
        ago,
        id,
      );
      db.close();
    };
    for (const [collection, account, ago, hours] of [
      ['staff', accounts.petugas, '-28798 seconds', 8],
      ['operators', accounts.operator, '-604798 seconds', 7 * 24],
    ] as const) {
      const pb = client(server.url);
      await pb.collection(collection).authWithPassword(account.email, account.password);
      expect(expiry(pb.authStore.token) - Date.now()).toBeGreaterThan(hours * 3_600_000 - 60_000);
      // Two seconds before the maximum, the session is renewed: the new token ends with it.
      setSignedIn(collection, account.id, ago);
      const signedInAt = Date.now() - (hours * 3600 - 2) * 1000;
      await pb.collection(collection).authRefresh();
      expect(expiry(pb.authStore.token)).toBeLessThanOrEqual(signedInAt + hours * 3_600_000 + 1000);
      // And once that moment has passed, the renewed token opens nothing.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      const reused = await fetch(`${server.url}/api/collections/${collection}/auth-refresh`, {
        method: 'POST',
        headers: { Authorization: pb.authStore.token },
      });
      expect(reused.status).toBe(401);
    }
  });

  it('"Keluar" ends the session on the server, not only on the device', async () => {
    const pb = client(server.url);
    await pb.collection('operators').authWithPassword(accounts.operator.email, accounts.operator.password);
    const token = pb.authStore.token;
    expect(
      (await fetch(`${server.url}/api/akun/keluar`, { method: 'POST', headers: { Authorization: token } })).status,
    ).toBe(204);
    const reused = await fetch(`${server.url}/api/collections/proposals/records`, {
      headers: { Authorization: token },
    });
    expect((await reused.json()).items ?? []).toEqual([]);
    expect(
      (
        await pb
          .collection('operators')
          .authRefresh()
          .catch((error) => error)
      ).status,
    ).toBe(401);
    expect(await auditActions(server.admin.filter('actor_id = {:id}', { id: accounts.operator.id }))).toContain(
      'keluar (semua sesi akun berakhir)',
    );
  });

  it("records every sign-in, operators' too, and answers sign-ins uncached", async () => {
    const response = await signIn('operators', accounts.operator.email, accounts.operator.password, '192.0.2.44');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(
      await auditActions(server.admin.filter('actor_id = {:id} && action = "masuk"', { id: accounts.operator.id })),
    ).not.toHaveLength(0);
  });
});
