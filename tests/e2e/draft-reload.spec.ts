// What was typed just before a reload is not lost (issue 29, item 12): a village operator adds a
// logistics row and the phone reloads the page at once (a tap on a notification, a low-memory
// reload); a resident types their name and does the same. Nothing waits for typing to pause.
// On the 360 px phone alone: what is kept is the same on any screen (the drafts' code has no layout);
// the laptop's forms are checked in form-buttons, errors-clear and village-form.
import type { Page } from '@playwright/test';
import { SMALL_PHONE_AND_LAPTOP, expect, test, waitForIslands } from './fixtures';
import { fillEventStep, fillImpactCounts, signInAsOperator } from './proposal-steps';
import { jpegPhoto } from '../support/proposal-form';

/**
 * A busy phone, made certain: the form's IndexedDB store is held by a read-write transaction that does
 * not end until `release` (IndexedDB runs overlapping read-write transactions one after the other), so
 * nothing from now on is written there before then — what a loaded phone does to a write now and then.
 * Left held, a reload comes first.
 */
async function holdIndexedDB(page: Page, database: string, store: string) {
  await page.evaluate(
    ([database, store]) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(database!);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const held = window as unknown as { indexedDBReleased?: boolean };
          held.indexedDBReleased = false;
          const objects = opening.result.transaction(store!, 'readwrite').objectStore(store!);
          const keepBusy = () => {
            if (!held.indexedDBReleased) objects.get('').onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
    [database, store],
  );
  return {
    release: () =>
      page.evaluate(() => ((window as unknown as { indexedDBReleased?: boolean }).indexedDBReleased = true)),
  };
}

/**
 * Signed in at the logistics step, a row typed and the page reloaded at once; the row is there after.
 * `busy`: the form's IndexedDB is held (holdIndexedDB) before the row is typed.
 */
async function typeLogisticsRowAndReload(
  page: Page,
  row: { item: string; quantity: string; unit: string },
  options: { busy?: boolean } = {},
) {
  await signInAsOperator(page, { serviceWorker: false });
  await fillEventStep(page, 'Longsor menimbun dua rumah setelah hujan deras semalaman.');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await fillImpactCounts(page, '2');
  await page.getByRole('button', { name: 'Lanjut' }).click();
  if (options.busy) {
    await expect(page.getByLabel('Barang').first()).toBeVisible();
    await holdIndexedDB(page, 'layanan-sosial', 'usulan');
  }
  await page.getByLabel('Barang').first().fill(row.item);
  await page.getByLabel('Jumlah', { exact: true }).first().fill(row.quantity);
  await page.getByLabel('Satuan').first().fill(row.unit);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Barang').first()).toHaveValue(row.item);
  await expect(page.getByLabel('Jumlah', { exact: true }).first()).toHaveValue(row.quantity);
  await expect(page.getByLabel('Satuan').first()).toHaveValue(row.unit);
}

/** Whether anything of `text` is in the tab's sessionStorage. */
const inSessionStorage = (page: Page, text: string) =>
  page.evaluate((text) => Object.values(sessionStorage).some((value) => value.includes(text)), text);

const SMALL_PHONE = SMALL_PHONE_AND_LAPTOP[0];

test.describe(SMALL_PHONE.name, () => {
  test.use(SMALL_PHONE.use);

  test('a logistics row typed right before a reload is still there', async ({ page }) => {
    await typeLogisticsRowAndReload(page, { item: 'Terpal', quantity: '10', unit: 'lembar' });
  });

  test('a logistics row typed while the phone cannot write to IndexedDB yet, then reloaded at once, is still there', async ({
    page,
  }) => {
    await typeLogisticsRowAndReload(page, { item: 'Selimut', quantity: '25', unit: 'lembar' }, { busy: true });
    await expect(page.getByLabel('Kronologi kejadian')).toHaveCount(0);
    // Read back into IndexedDB, the copy that bridged the reload is gone from the tab.
    expect(await inSessionStorage(page, 'Selimut')).toBe(false);
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Barang').first()).toHaveValue('Selimut');
  });

  test('an applicant’s name typed right before a reload is still there', async ({ page }) => {
    await page.goto('/layanan/surat-keterangan-dtks/ajukan/');
    await waitForIslands(page);
    await page.getByLabel('Nama lengkap pemohon').fill('Nining Kurniasih');
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Nama lengkap pemohon')).toHaveValue('Nining Kurniasih');
  });

  test('the first letters typed on a new form, before the phone could write anything to IndexedDB, are still there after a reload', async ({
    page,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.goto('/layanan/surat-keterangan-dtks/ajukan/');
    await waitForIslands(page);
    // No draft of this form on the device yet: the name is the first thing typed, and it cannot land.
    await holdIndexedDB(page, 'layanan-sosial-permohonan', 'permohonan');
    await page.getByLabel('Nama lengkap pemohon').fill('Yati Rohayati');
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Nama lengkap pemohon')).toHaveValue('Yati Rohayati');
    // Moved into IndexedDB: gone from the tab, and there through the next reload.
    expect(await inSessionStorage(page, 'Yati')).toBe(false);
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Nama lengkap pemohon')).toHaveValue('Yati Rohayati');
    expect(page.url()).not.toContain('Yati');
    expect(logged.filter((text) => text.includes('Yati'))).toEqual([]);
  });
});

test('a photo is listed at once, but the picker stays busy until the photo is kept on the phone; then a reload keeps it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/pengaduan/');
  await waitForIslands(page);
  await page.getByLabel(/^Pengaduan —/).check();
  const picker = page.getByLabel('Foto pendukung (boleh dikosongkan)');
  await expect(picker).toBeEnabled();
  const indexedDB = await holdIndexedDB(page, 'layanan-sosial-pengaduan', 'pengaduan');
  const photo = Buffer.from(await (await jpegPhoto(1200, 900)).arrayBuffer());
  await picker.setInputFiles({ name: 'antrean.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.locator('.file-list li')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Menyimpan di ponsel ini…' })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(picker).toBeDisabled();
  await indexedDB.release();
  await expect(picker).toBeEnabled();
  await expect(page.getByRole('status').filter({ hasText: 'Menyimpan' })).toHaveCount(0);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('.file-list li')).toHaveCount(1);
});
