import { expect, feed, test } from './fixtures';
import { PHONE_SCREEN_DENSITY, decodeQr } from './qr';
import { NOT_IN_SOURCE } from '../../src/lib/standard-components';

// The QR codes are read from the screen, at a phone's pixel density.
test.use(PHONE_SCREEN_DENSITY);

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

// One page for every leaflet (its context made once): a failure names the service (its step).
test('every leaflet prints on one A4 page and its QR code opens the service', async ({ page }) => {
  test.setTimeout(30_000 * feed.services.length);
  for (const service of feed.services) {
    await test.step(`leaflet of ${service.id}`, async () => {
      await page.goto(`/layanan/${service.id}/leaflet/`);
      const leaflet = page.locator('.leaflet');
      await expect(leaflet.locator('h1')).toHaveText(service.title);
      for (const requirement of service.requirements ?? []) await expect(leaflet).toContainText(requirement);
      if (service.completionTime) await expect(leaflet).toContainText(service.completionTime.written);

      expect(await decodeQr(leaflet.locator('.qr'))).toBe(service.url);
      // What a printed copy must carry: whose it is, the SK number and the source, every caveat.
      await expect(leaflet.locator('.leaflet-for')).toHaveText(/^Untuk warga Kabupaten /);
      await expect(leaflet.locator('.provenance')).toContainText(`Sumber: ${service.source.title}`);
      if (service.source.id !== 'purwakarta-leaflet-siyansos')
        await expect(leaflet.locator('.provenance')).toContainText(`No. SK: ${service.sk ?? 'tidak dicantumkan'}`);
      if (service.completionTime?.note) await expect(leaflet).toContainText(service.completionTime.note);
      if (!service.completionTime || !service.fee)
        await expect(leaflet.locator('.leaflet-facts')).toContainText(NOT_IN_SOURCE);

      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf)).toBe(1);
    });
  }
});

test('the service page links to its leaflet, which has a "Cetak" button and says how to save a PDF', async ({
  page,
}) => {
  await page.goto('/layanan/kedaruratan-ppks/');
  await page.getByRole('link', { name: 'Leaflet satu halaman: cetak atau simpan sebagai PDF' }).click();
  await expect(page).toHaveURL(/\/layanan\/kedaruratan-ppks\/leaflet\/$/);
  await expect(page.getByText('Simpan sebagai PDF')).toBeVisible();
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-dicetak', 'ya');
  });
  await page.getByRole('button', { name: 'Cetak' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-dicetak', 'ya');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Cetak' })).toBeHidden();
});

test('without JavaScript the leaflet hides the button and says where the browser keeps "Cetak"', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/layanan/kedaruratan-ppks/leaflet/');
  await expect(page.getByRole('button', { name: 'Cetak' })).toBeHidden();
  await expect(page.getByText('Pakai menu browser')).toBeVisible();
  await context.close();
});

test('printing a leaflet leaves out the site navigation', async ({ page }) => {
  await page.goto('/layanan/respon-kasus-anak/leaflet/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByText('Kembali ke halaman layanan')).toBeHidden();
  await expect(page.locator('.leaflet')).toBeVisible();
});

test('every office poster lists each of its services with a working QR code, each sheet one A4 page', async ({
  page,
}) => {
  test.setTimeout(30_000 * feed.agencies.length);
  for (const agency of feed.agencies) {
    await test.step(`office poster of ${agency.id}`, async () => {
      const services = feed.services.filter((service) => service.agency === agency.id);
      await page.goto(`/instansi/${agency.id}/poster/`);
      // Sheet after sheet, following "Berikutnya" as a reader would; each prints on one A4 page and
      // cites the sources of its own services.
      let shown = 0;
      for (;;) {
        const items = page.locator('.poster > ul > li');
        const count = await items.count();
        expect(count).toBeGreaterThan(0);
        const sources = page.locator('.poster-sources');
        for (let index = 0; index < count; index++) {
          const service = services[shown + index]!;
          await expect(items.nth(index).locator('h2')).toHaveText(service.shortTitle ?? service.title);
          expect(await decodeQr(items.nth(index).locator('.qr'))).toBe(service.url);
          // Caveats kept, and silence never read as a promise.
          if (service.completionTime?.note) await expect(items.nth(index)).toContainText(service.completionTime.note);
          if (!service.completionTime) await expect(items.nth(index)).toContainText(`Waktu: ${NOT_IN_SOURCE}`);
          await expect(sources).toContainText(service.source.title);
          if (service.sk) await expect(sources).toContainText(`No. SK: ${service.sk}`);
        }
        // Every sheet also carries the office's satisfaction survey.
        expect(await decodeQr(page.locator('.poster-survey .qr'))).toBe(
          new URL(`/survei/${agency.id}/`, services[0]!.url).href,
        );
        await expect(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
        shown += count;
        expect(pageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
        const next = page.getByRole('link', { name: 'Berikutnya →' });
        if ((await next.count()) === 0) break;
        await next.click();
      }
      expect(shown).toBe(services.length);
    });
  }
});

test('the Purwakarta poster keeps the Kedaruratan PPKS completion-time caveat', async ({ page }) => {
  await page.goto('/instansi/dinsos-p3a-purwakarta/poster/');
  await expect(page.locator('.poster > ul > li', { hasText: 'Kedaruratan' })).toContainText(
    'Bersifat tentatif saat pelaksanaan/perjalanan ke lokasi Penjangkauan Respon Kasus',
  );
});
