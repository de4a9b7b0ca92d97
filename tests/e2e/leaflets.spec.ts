import { expect, feed, test } from './fixtures';
import { decodeQr } from './qr';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

for (const service of feed.services) {
  test(`leaflet of ${service.id} prints on one A4 page and its QR code opens the service`, async ({ page }) => {
    await page.goto(`/layanan/${service.id}/leaflet/`);
    const leaflet = page.locator('.leaflet');
    await expect(leaflet.locator('h1')).toHaveText(service.title);
    for (const requirement of service.requirements ?? []) await expect(leaflet).toContainText(requirement);
    if (service.completionTime) await expect(leaflet).toContainText(service.completionTime.text);

    expect(await decodeQr(leaflet.locator('.qr'))).toBe(service.url);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pageCount(pdf)).toBe(1);
  });
}

test('the service page links to its leaflet', async ({ page }) => {
  await page.goto('/layanan/kedaruratan-ppks/');
  await page.getByRole('link', { name: 'Cetak / unduh leaflet satu halaman' }).click();
  await expect(page).toHaveURL(/\/layanan\/kedaruratan-ppks\/leaflet\/$/);
});

test('printing a leaflet leaves out the site navigation', async ({ page }) => {
  await page.goto('/layanan/respon-kasus-anak/leaflet/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByText('Kembali ke halaman layanan')).toBeHidden();
  await expect(page.locator('.leaflet')).toBeVisible();
});

for (const agency of feed.agencies) {
  test(`office poster of ${agency.id} lists every service with a working QR code, each sheet one A4 page`, async ({ page }) => {
    const services = feed.services.filter((service) => service.agency === agency.id);
    await page.goto(`/instansi/${agency.id}/poster/`);
    // Sheet after sheet, following "Berikutnya" as a reader would.
    let shown = 0;
    for (;;) {
      const items = page.locator('.poster li');
      const count = await items.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const service = services[shown + index]!;
        await expect(items.nth(index).locator('h2')).toHaveText(service.shortTitle ?? service.title);
        expect(await decodeQr(items.nth(index).locator('.qr'))).toBe(service.url);
      }
      shown += count;
      expect(pageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
      const next = page.getByRole('link', { name: 'Berikutnya →' });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(shown).toBe(services.length);
  });
}
