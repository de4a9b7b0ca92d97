// Village operator and Camat accounts, tried as a petugas who wants to act as a village: staff
// make accounts but never set or learn their passwords, cannot move them to another office's
// place, and everything they do to them is in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  createStaff,
  startTestPocketBase,
  type StaffAccount,
  type TestPocketBase,
} from '../support/pocketbase';

let server: TestPocketBase;
let petugas: StaffAccount;
let petugasBanjarnegara: StaffAccount;

const LINGGASARI = '32.14.06.2006';
const PLERED_ANJUN = '32.14.04.2009';

beforeAll(async () => {
  server = await startTestPocketBase();
  [petugas, petugasBanjarnegara] = await Promise.all([
    createStaff(server, 'dinsos-p3a-purwakarta'),
    createStaff(server, 'dinsos-pppa-banjarnegara'),
  ]);
  // As behind the documented reverse proxy: each call below comes from its own address, so what
  // stops the guessing is the count per account, not PocketBase's per-address rate limit.
  await server.admin.settings.update({ trustedProxy: { headers: ['X-Forwarded-For'], useLeftmostIP: false } });
});
let nextAddress = 1;
afterAll(() => server?.stop());

const placeId = async (collection: string, code: string) =>
  (await server.admin.collection(collection).getFirstListItem(server.admin.filter('code = {:code}', { code }))).id;
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error) => error.status as number,
  );

async function newOperator(email: string) {
  return petugas.pb
    .collection('operators')
    .create({ email, name: 'Ujang Sopandi', phone: '0812-7788-4321', village: await placeId('villages', LINGGASARI) });
}

const activationCode = (staff: StaffAccount, id: string) =>
  fetch(`${server.url}/api/petugas/akun-desa/operators/${id}/kode-aktivasi`, {
    method: 'POST',
    headers: { Authorization: staff.pb.authStore.token },
  });

/** Each call from its own address unless one is given. */
const activate = (
  body: Record<string, string>,
  address = `198.51.${Math.floor(nextAddress / 250)}.${nextAddress++ % 250}`,
) =>
  fetch(`${server.url}/api/akun/aktivasi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  });

describe('a village account', () => {
  it('is made by staff without a password, which they cannot set either', async () => {
    const operator = await newOperator('operator.baru@desa.test');
    expect(operator['email']).toBe('operator.baru@desa.test');
    // Nobody knows the password it was given: not even a guess at what staff might have typed.
    expect(
      await status(
        client(server.url)
          .collection('operators')
          .authWithPassword('operator.baru@desa.test', 'kata-sandi-dari-petugas'),
      ),
    ).toBe(400);
    const setByStaff = await status(
      petugas.pb
        .collection('operators')
        .update(operator.id, { password: 'sandi-pilihan-petugas-9', passwordConfirm: 'sandi-pilihan-petugas-9' }),
    );
    expect(setByStaff).toBe(400);
    const emailChanged = await status(
      petugas.pb.collection('operators').update(operator.id, { email: 'punya.petugas@test.local' }),
    );
    expect(emailChanged).not.toBe(200);
  });

  it('is activated with a one-time code the staff hand over; the holder alone chooses the password', async () => {
    const operator = await newOperator('operator.aktif@desa.test');
    const issued = await activationCode(petugas, operator.id);
    expect(issued.status).toBe(200);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const { code, expires } = await issued.json();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(new Date(expires).getTime()).toBeGreaterThan(Date.now() + 71 * 3600 * 1000);
    // The code is kept hashed only.
    const stored = await server.admin.collection('operators').getOne(operator.id);
    expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));

    const weak = await activate({ email: 'operator.aktif@desa.test', code, password: 'password123' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).data.password.message).toContain('mudah ditebak');
    expect(
      (
        await activate({
          email: 'OPERATOR.AKTIF@desa.test',
          code: code.toLowerCase().replace(/-/g, ' '),
          password: 'hujan turun di linggasari',
        })
      ).status,
    ).toBe(204);
    const pb = client(server.url);
    await pb.collection('operators').authWithPassword('operator.aktif@desa.test', 'hujan turun di linggasari');
    expect(pb.authStore.isValid).toBe(true);
    // Once only.
    expect(
      (await activate({ email: 'operator.aktif@desa.test', code, password: 'kata sandi kedua saya' })).status,
    ).toBe(400);
  });

  it('can be reset by a new code, which ends the old password and every session at once', async () => {
    const operator = await newOperator('operator.lupa@desa.test');
    const { code } = await (await activationCode(petugas, operator.id)).json();
    await activate({ email: 'operator.lupa@desa.test', code, password: 'sawah hijau di darangdan' });
    const session = client(server.url);
    await session.collection('operators').authWithPassword('operator.lupa@desa.test', 'sawah hijau di darangdan');
    await activationCode(petugas, operator.id);
    expect(await status(session.collection('operators').authRefresh())).toBe(401);
    expect(
      await status(
        client(server.url)
          .collection('operators')
          .authWithPassword('operator.lupa@desa.test', 'sawah hijau di darangdan'),
      ),
    ).toBe(400);
  });

  it('cannot get a code from another office, and codes cannot be guessed', async () => {
    const operator = await newOperator('operator.lain@desa.test');
    expect((await activationCode(petugasBanjarnegara, operator.id)).status).toBe(404);
    expect(
      (await fetch(`${server.url}/api/petugas/akun-desa/operators/${operator.id}/kode-aktivasi`, { method: 'POST' }))
        .status,
    ).toBe(401);
    await activationCode(petugas, operator.id);
    const guess = (attempt: number, address?: string) =>
      activate(
        {
          email: 'operator.lain@desa.test',
          code: `AAAA-AAAA-AA${String(attempt).padStart(2, '0')}`,
          password: 'tebakan panjang sekali',
        },
        address,
      );
    // From one address, the sixth wrong code waits, even with … any code.
    for (let attempt = 0; attempt < 5; attempt++) expect((await guess(attempt, '192.0.2.99')).status).toBe(400);
    expect((await guess(5, '192.0.2.99')).status).toBe(429);
    // From many addresses, the account's ceiling: fifty wrong codes (five above, 45 here), then every new device waits.
    for (let attempt = 6; attempt < 51; attempt++) expect((await guess(attempt)).status).toBe(400);
    expect((await guess(51)).status).toBe(429);
  });

  it("is activated by its holder whatever strangers tried from elsewhere, below the account's ceiling", async () => {
    const operator = await newOperator('operator.diincar@desa.test');
    const { code } = await (await activationCode(petugas, operator.id)).json();
    for (let attempt = 0; attempt < 10; attempt++)
      expect(
        (
          await activate({
            email: 'operator.diincar@desa.test',
            code: `BBBB-BBBB-BB${String(attempt).padStart(2, '0')}`,
            password: 'tebakan panjang sekali',
          })
        ).status,
      ).toBe(400);
    expect(
      (await activate({ email: 'operator.diincar@desa.test', code, password: 'padi menguning di sawah' })).status,
    ).toBe(204);
  });

  it('cannot be moved to another village or kecamatan by an update (the rule only saw the stored place)', async () => {
    const operator = await newOperator('operator.pindah@desa.test');
    expect(
      await status(
        petugas.pb.collection('operators').update(operator.id, { village: await placeId('villages', PLERED_ANJUN) }),
      ),
    ).toBe(404);
    expect(await status(petugas.pb.collection('operators').update(operator.id, { name: 'Ujang S.' }))).toBe(200);
    const camat = await petugas.pb.collection('camats').create({
      email: 'camat.baru@kec.test',
      name: 'Camat Darangdan',
      kecamatan: await placeId('kecamatan', '32.14.06'),
    });
    // Plered has no Lambung Sosial: creating a Camat there is refused, and so is moving one there.
    expect(
      await status(
        petugas.pb.collection('camats').create({
          email: 'camat.plered@kec.test',
          name: 'Camat Plered',
          kecamatan: await placeId('kecamatan', '32.14.04'),
        }),
      ),
    ).toBe(400);
    expect(
      await status(
        petugas.pb.collection('camats').update(camat.id, { kecamatan: await placeId('kecamatan', '32.14.04') }),
      ),
    ).toBe(404);
  });

  it('leaves a trail: accounts made, codes issued, activations, changes and who looked', async () => {
    const entries = await server.admin
      .collection('audit_log')
      .getFullList({ sort: 'seq', filter: 'target_type = "operators" || target_type = "camats"' });
    const actions = new Set(entries.map((entry) => `${entry['actor_type']}: ${entry['action']}`));
    for (const expected of [
      'staff: membuat akun operator desa',
      'staff: membuat kode aktivasi akun (kata sandi lama tidak berlaku lagi)',
      'operators: mengaktifkan akun dan memilih kata sandi',
      'staff: mengubah akun',
      'staff: membuat akun Camat',
    ]) {
      expect(actions).toContain(expected);
    }
    const change = entries.find((entry) => entry['action'] === 'mengubah akun')!;
    expect(change['detail']).toEqual({ fields: 'name' });
  });
});
