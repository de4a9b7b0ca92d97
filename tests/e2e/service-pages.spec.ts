import { expect, feed, test } from './fixtures';
import { DETAIL_COMPONENTS } from '../../src/lib/standard-components';

for (const service of feed.services) {
  test(`layanan ${service.id} shows every component its standard gives`, async ({ page }) => {
    await page.goto(`/layanan/${service.id}/`);
    await expect(page.locator('h1')).toHaveText(service.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');

    if (service.requirements) {
      const checklist = page.locator('#persyaratan');
      for (const requirement of service.requirements) await expect(checklist.getByText(requirement, { exact: true })).toBeVisible();
    }
    if (service.procedure) {
      const procedure = page.locator('#prosedur');
      for (const step of service.procedure.steps) {
        await expect(procedure.getByText(step.text, { exact: false }).first()).toBeVisible();
        for (const substep of step.substeps) await expect(procedure.getByText(substep, { exact: true })).toBeVisible();
      }
    }
    if (service.completionTime) await expect(page.locator('#waktu-penyelesaian')).toContainText(service.completionTime.text);
    if (service.completionTime?.note) await expect(page.locator('#waktu-penyelesaian')).toContainText(service.completionTime.note);
    if (service.fee) await expect(page.locator('#biaya')).toContainText(service.fee.text);
    if (service.complaints) {
      for (const channel of service.complaints.channels) {
        if (channel.value) await expect(page.locator('#pengaduan')).toContainText(channel.value);
      }
    }
    for (const component of DETAIL_COMPONENTS) {
      const value = service[component.field];
      const section = page.locator(`#${component.id}`);
      if (!value) {
        await expect(section).toHaveCount(0);
        continue;
      }
      await expect(section.getByRole('heading', { name: component.heading })).toBeVisible();
      const texts = Array.isArray(value) ? value : [typeof value === 'string' ? value : value.text];
      for (const text of texts) await expect(section).toContainText(text);
    }
    if (service.sk) await expect(page.getByText(`No. SK: ${service.sk}`)).toBeVisible();
    await expect(page.locator('#kantor')).toBeVisible();
    await expect(page.getByText('Terakhir diperbarui')).toBeVisible();

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('GovernmentService');
    expect(jsonLd.name).toBe(service.title);
  });
}

test('content pages ship no JavaScript except the checklist island', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/instansi/dinsos-p3a-purwakarta/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.goto('/layanan/kedaruratan-ppks/');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((script) => script.startsWith('/_astro/'))).toBe(true);
  expect(scripts.some((script) => /RequirementChecklist/.test(script))).toBe(true);
});

test('agency page offers tappable phone, WhatsApp and email links', async ({ page }) => {
  await page.goto('/instansi/dinsos-p3a-purwakarta/');
  await expect(page.locator('a[href="https://wa.me/6287724447749"]').first()).toBeVisible();
  await expect(page.locator('a[href="tel:+622648304578"]').first()).toBeVisible();
  await expect(page.locator('a[href="mailto:dinsosp3a.kab.purwakarta@gmail.com"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pengaduan langsung' })).toBeVisible();
});

test('home page puts the most-used services first and lists every office', async ({ page }) => {
  await page.goto('/');
  const mostUsed = [...feed.services].sort((a, b) => a.popularityRank - b.popularityRank).slice(0, 4);
  const cards = page.locator('#sering-judul + ul > li h3');
  await expect(cards).toHaveText(mostUsed.map((service) => service.shortTitle ?? service.title));
  for (const agency of feed.agencies) await expect(page.getByRole('link', { name: agency.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gerakan KKS Pegang Sendiri' })).toBeVisible();
});

test('unknown addresses get a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/layanan/tidak-ada/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Halaman tidak ditemukan');
  await expect(page.getByRole('link', { name: 'beranda' })).toBeVisible();
});

test('the JSON feed lists every service with its steps', async ({ request }) => {
  const response = await request.get('/data/layanan.json');
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body.services).toHaveLength(feed.services.length);
  expect(body.services.find((service: { id: string }) => service.id === 'kedaruratan-ppks').completionTime).toMatchObject({ amount: 210, unit: 'menit', text: '3 jam 30 menit' });
});
