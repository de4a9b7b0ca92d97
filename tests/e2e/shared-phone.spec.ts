// A village phone is often shared: after "Keluar" nothing of the village's unsent proposal — its
// text or its photos of KK and KTP — stays on it, and the session is over on the server too.
import PocketBase from 'pocketbase';
import { expect, expectNoViolations, test, waitForIslands } from './fixtures';

test('"Keluar" on a shared phone deletes the unsent form after asking, and ends the session', async ({
  page,
  baseURL,
}) => {
  const admin = new PocketBase(baseURL);
  await admin.collection('_superusers').authWithPassword('admin@e2e.test', process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  const village = await admin.collection('villages').getFirstListItem('code = "32.14.06.2003"');
  const email = `operator.bersama.${Date.now()}@desa.test`;
  const password = 'ponsel bersama di balai desa';
  const operator = await admin.collection('operators').create({
    email,
    password,
    passwordConfirm: password,
    name: 'Operator Ponsel Bersama',
    phone: '0812-6666-0202',
    village: village.id,
    verified: true,
  });

  const signIn = async () => {
    await page.goto('/usulan-logistik/');
    await waitForIslands(page);
    await page.getByLabel('Email operator desa').fill(email);
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByText('Masuk sebagai Operator Ponsel Bersama')).toBeVisible();
  };
  await signIn();
  await page.getByLabel('Kronologi kejadian').fill('Rumah Pak Asep (KTP terlampir) tertimpa longsor.');
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('pocketbase_auth') ?? '{}').token as string);

  await page.getByRole('button', { name: 'Keluar' }).click();
  const question = page.getByRole('heading', { name: 'Keluar dan hapus dari ponsel ini?' });
  await expect(question).toBeFocused();
  await expect(page.getByText('Isian usulan yang belum dikirim')).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'Hapus dan keluar' }).click();
  await expect(page.getByLabel('Email operator desa')).toBeVisible();

  const keptOnPhone = await page.evaluate(
    (id) =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('layanan-sosial');
        open.onsuccess = () => {
          const read = open.result.transaction('usulan').objectStore('usulan').get(`draf:${id}`);
          read.onsuccess = () => resolve(read.result ?? null);
        };
      }),
    operator.id,
  );
  expect(keptOnPhone).toBeNull();
  const refresh = await fetch(`${baseURL}/api/collections/operators/auth-refresh`, {
    method: 'POST',
    headers: { Authorization: token },
  });
  expect(refresh.status).toBe(401);

  await signIn();
  await expect(page.getByLabel('Kronologi kejadian')).toHaveValue('');
});
