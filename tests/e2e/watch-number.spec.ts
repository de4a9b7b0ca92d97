// "Pantau nomor ini" (issue 29, beyond): a resident watches their number on the status page; the
// service worker checks it in the background (a Periodic Background Sync event, fired through the
// DevTools protocol as the browser would about twice a day) and each time the app is opened, and
// shows one notification when the step changed — none when nothing did. The number and its verifier
// stay in this device's IndexedDB; the server sees only the status lookups.
// On the 360 px phone: the watching is the service worker's and IndexedDB's, the same on any screen;
// the status page it starts from is checked on the laptop in finished-request and no-sideways-scroll.
import type { CDPSession, Page } from '@playwright/test';
import {
  SMALL_PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  lookUpStatus,
  registerRequest,
  servicePoints,
  test,
} from './fixtures';

const SERVICE = 'surat-keterangan-dtks';
const place = servicePoints.find((point) => point.services.includes(SERVICE))!;

test.use({ serviceWorkers: 'allow', permissions: ['notifications'] });

/** What this device keeps of a watched number (src/lib/watched-numbers.ts), read as the page can. */
const kept = (page: Page, number: string) =>
  page.evaluate(
    (key) =>
      new Promise<{ verifier: string; stage: string; checkedAt: string } | null>((resolve, reject) => {
        const opening = indexedDB.open('layanan-pantau');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const read = opening.result.transaction('nomor').objectStore('nomor').get(key);
          read.onsuccess = () => resolve(read.result ?? null);
        };
      }),
    number,
  );

/** The notifications the service worker shows now; read, then closed. */
const takeNotifications = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const shown = await registration.getNotifications();
    for (const notification of shown) notification.close();
    return shown.map(({ title, body, tag, data }) => ({ title, body, tag, url: (data as { url: string }).url }));
  });

/** The browser's background check, as it fires it about twice a day for an installed app. */
async function backgroundSync(page: Page, cdp: CDPSession, registrationId: string) {
  await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
    origin: new URL(page.url()).origin,
    registrationId,
    tag: 'pantau-status',
  });
}

const SMALL_PHONE = SMALL_PHONE_AND_LAPTOP[0];

test.describe(SMALL_PHONE.name, () => {
  test.use(SMALL_PHONE.use);

  test('one notification when the step changes, none when nothing did; checked in the background and on opening', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const phone = '0812-3456-7001';
    const verifier = phone.slice(-4);
    const { pb, request, service } = await registerRequest(baseURL!, SERVICE, phone);
    const number = request['number'] as string;
    const steps = service['steps'] as string[];
    const record = (status: string, step: number) =>
      pb.collection('request_events').create({ request: request.id, step, status, staff: pb.authStore.record!.id });

    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await context.newCDPSession(page);
    const registrations: string[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) =>
      registrations.push(
        ...event.registrations.filter((found) => !found.isDeleted).map((found) => found.registrationId),
      ),
    );
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.length).toBeGreaterThan(0);
    const registrationId = registrations[0]!;

    // Off by default; said plainly what it does; on with one tap.
    await lookUpStatus(page, number, verifier);
    const watch = page.locator('.watch-number');
    await expect(watch).toContainText('disimpan hanya di perangkat ini');
    expect(await kept(page, number)).toBeNull();
    await watch.getByRole('button', { name: 'Pantau nomor ini' }).click();
    await expect(watch.getByRole('status')).toContainText('Dipantau di perangkat ini (terakhir dicek');
    // This browser grants no background checks (an installed app in Chrome on Android does): it says so.
    await expect(watch.getByRole('status')).toContainText('Pengecekan di latar belakang tidak tersedia di sini');
    await expect(watch.getByRole('button', { name: 'Berhenti memantau' })).toBeFocused();
    await expectNoViolations(page);
    const watched = (await kept(page, number))!;
    expect(watched).toMatchObject({ verifier, stage: 'diterima/1' });

    // Nothing changed: the background check looks it up and shows nothing.
    await backgroundSync(page, cdp, registrationId);
    await expect.poll(async () => (await kept(page, number))?.checkedAt).not.toBe(watched.checkedAt);
    expect(await takeNotifications(page)).toEqual([]);

    // Staff move it on: one notification, in the words of the office's WhatsApp update.
    await record('diproses', 2);
    await backgroundSync(page, cdp, registrationId);
    await expect.poll(async () => (await kept(page, number))?.stage).toBe('diproses/2');
    expect(await takeNotifications(page)).toEqual([
      {
        title: `Permohonan ${number}`,
        body: `Sekarang di langkah 2 dari 3 (${steps[1]}). Belum ada yang perlu Anda lakukan; kami kabari lagi bila ada yang perlu.`,
        tag: number,
        url: `/cek-status/?no=${number}`,
      },
    ]);
    // And again nothing changed: nothing new.
    const second = (await kept(page, number))!.checkedAt;
    await backgroundSync(page, cdp, registrationId);
    await expect.poll(async () => (await kept(page, number))?.checkedAt).not.toBe(second);
    expect(await takeNotifications(page)).toEqual([]);

    // The notification opens the status page: this device knows the verifier, so it looks the number up at once.
    await page.goto(`/cek-status/?no=${number}`);
    await expect(page.getByRole('heading', { name: `Permohonan ${number}` })).toBeFocused();
    await expect(page.locator('.status-result')).toContainText('Langkah 2 dari 3');

    // Finished while the app was closed: opening it (a new window, a new session) checks, tells where to
    // collect the letter, and stops watching a number where nothing more will change.
    await record('selesai', 2);
    const opened = await context.newPage();
    await opened.goto('/');
    await expect.poll(() => kept(opened, number)).toBeNull();
    expect(await takeNotifications(opened)).toEqual([
      {
        title: `Permohonan ${number}`,
        body:
          'Sekarang selesai — semua 3 langkah sudah dilalui. Permohonan Anda sudah selesai. ' +
          `Hasilnya dapat diambil di ${place.name}, ${place.address}. Nomor ini tidak dipantau lagi.`,
        tag: number,
        url: `/cek-status/?no=${number}`,
      },
    ]);
  });
});

test('one tap stops it: nothing of the number stays on the device', async ({ page, baseURL }) => {
  const { request } = await registerRequest(baseURL!, SERVICE, '0812-3456-7003');
  const number = request['number'] as string;
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await lookUpStatus(page, number, '7003');
  const watch = page.locator('.watch-number');
  await watch.getByRole('button', { name: 'Pantau nomor ini' }).click();
  await expect.poll(() => kept(page, number)).not.toBeNull();
  await watch.getByRole('button', { name: 'Berhenti memantau' }).click();
  await expect(watch.getByRole('button', { name: 'Pantau nomor ini' })).toBeFocused();
  expect(await kept(page, number)).toBeNull();
  await expectNoViolations(page);
});

test('without permission to notify, it stays off and says how to allow it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'allow', permissions: [] });
  const page = await context.newPage();
  const { request } = await registerRequest(baseURL!, SERVICE, '0812-3456-7004');
  const number = request['number'] as string;
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await lookUpStatus(page, number, '7004');
  // Headless Chromium answers a permission prompt nobody can see with "denied".
  await page.locator('.watch-number').getByRole('button', { name: 'Pantau nomor ini' }).click();
  await expect(page.getByRole('alert')).toContainText('Notifikasi tidak diizinkan');
  expect(await kept(page, number)).toBeNull();
  await expectNoViolations(page);
  await context.close();
});

test('an anonymous complaint is watched from its receipt, with the four digits its sender chose', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/pengaduan/?kantor=dinsos-p3a-purwakarta');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.getByLabel(/^Saran —/).check();
  await page
    .getByLabel('Ceritakan apa yang terjadi, atau apa yang ingin Anda tanyakan')
    .fill('Mohon ruang tunggu di loket diberi kursi tambahan.');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel(/^Anonim —/).check();
  await page.getByLabel('4 angka untuk membuka jawaban').fill('6130');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel(/Saya setuju isian ini dibaca petugas/).check();
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pengaduan terkirim' })).toBeVisible({ timeout: 20_000 });
  const number = (await page.locator('.panel .receipt-number').textContent())!.trim();
  const watch = page.locator('.watch-number');
  await watch.getByRole('button', { name: 'Pantau nomor ini' }).click();
  await expect(watch.getByRole('status')).toContainText('Dipantau di perangkat ini');
  expect(await kept(page, number)).toMatchObject({ verifier: '6130', stage: 'diterima/1' });
  await expectNoViolations(page);
});
