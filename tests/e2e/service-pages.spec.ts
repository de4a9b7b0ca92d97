import type { Page } from '@playwright/test';
import { expect, feed, servicePoints, test } from './fixtures';
import { NOT_IN_SOURCE, STANDARD_COMPONENTS } from '../../src/lib/standard-components';

const SIYANSOS_SOURCE = 'purwakarta-leaflet-siyansos';
const SIYANSOS_SERVICES = feed.services.filter((each) => each.source.id === SIYANSOS_SOURCE);
/** Whether the element `first` comes before `second` in the page. */
const precedes = (page: Page, first: string, second: string) =>
  page
    .locator(first)
    .evaluate(
      (element, other) =>
        Boolean(element.compareDocumentPosition(document.querySelector(other)!) & Node.DOCUMENT_POSITION_FOLLOWING),
      second,
    );
const componentValue = (
  service: (typeof feed.services)[number],
  field: (typeof STANDARD_COMPONENTS)[number]['field'],
) => service[field as keyof typeof service] as unknown;

// One page for every service (its context made once): a failure names the service (its step).
test('every service page shows every component of the standard in the fixed order, saying which the source leaves out', async ({
  page,
}) => {
  test.setTimeout(30_000 * feed.services.length);
  for (const service of feed.services) {
    await test.step(`layanan ${service.id}`, async () => {
      await page.goto(`/layanan/${service.id}/`);
      await expect(page.locator('h1')).toHaveText(service.title);
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');

      const order = await page.locator('section[id]').evaluateAll((sections) => sections.map((section) => section.id));
      const componentIds = STANDARD_COMPONENTS.map((component) => component.id);
      const given = STANDARD_COMPONENTS.filter((component) => componentValue(service, component.field) !== undefined);
      // What the source gives, as sections in the standard's order; what it does not, listed together.
      expect(order.filter((id) => (componentIds as readonly string[]).includes(id))).toEqual(
        given.map((component) => component.id),
      );
      // Time and fee come first, then what to bring, then where to go.
      expect(await precedes(page, '#biaya', '#tempat-layanan')).toBe(true);
      if (service.requirements) expect(await precedes(page, '#persyaratan', '#tempat-layanan')).toBe(true);

      for (const component of STANDARD_COMPONENTS) {
        const named = page.locator(`#${component.id}`);
        if (componentValue(service, component.field) === undefined) {
          await expect(named).toContainText(`${component.heading} (${component.official})`);
          await expect(page.locator('.not-given').filter({ has: named })).toContainText(NOT_IN_SOURCE);
        } else {
          await expect(
            named.getByRole('heading', { name: `${component.heading} (${component.official})` }),
          ).toBeVisible();
          await expect(named.locator('.missing')).toHaveCount(0);
        }
      }
      // Said once for the time and fee, once for the rest: never a box of its own per component.
      const missing = STANDARD_COMPONENTS.filter((component) => componentValue(service, component.field) === undefined);
      await expect(page.locator('.not-given')).toHaveCount(
        new Set(missing.map((component) => (component.part === 'top' ? 'top' : 'rest'))).size,
      );

      if (service.requirements) {
        const checklist = page.locator('#persyaratan');
        for (const requirement of service.requirements)
          await expect(checklist.getByText(requirement, { exact: true })).toBeVisible();
      }
      if (service.procedure) {
        const procedure = page.locator('#prosedur');
        for (const step of service.procedure.steps) {
          await expect(procedure.getByText(step.text, { exact: false }).first()).toBeVisible();
          for (const substep of step.substeps)
            await expect(procedure.getByText(substep, { exact: false }).first()).toBeVisible();
        }
      }
      // The source's words first ("210 Menit"), the site's plain words beside them ("= 3 jam 30 menit").
      if (service.completionTime)
        await expect(page.locator('#waktu-penyelesaian .fact-value')).toHaveText(service.completionTime.written);
      if (service.completionTime?.note)
        await expect(page.locator('#waktu-penyelesaian')).toContainText(service.completionTime.note);
      if (service.fee) await expect(page.locator('#biaya')).toContainText(service.fee.text);
      if (service.complaints) {
        for (const channel of service.complaints.channels) {
          if (channel.value) await expect(page.locator('#pengaduan')).toContainText(channel.value);
        }
      }
      for (const component of STANDARD_COMPONENTS.filter((each) => each.part === 'management')) {
        const value = componentValue(service, component.field) as string | string[] | { text: string } | undefined;
        if (value === undefined) continue;
        const texts = Array.isArray(value) ? value : [typeof value === 'string' ? value : value.text];
        for (const text of texts) await expect(page.locator(`#${component.id}`)).toContainText(text);
      }

      // Where to go: every point that delivers it, and only those (under 'Untuk pertanyaan' when residents go to their village first).
      const places = servicePoints.filter((point) => point.services.includes(service.id)).map((point) => point.name);
      expect(places.length).toBeGreaterThan(0);
      const placeHeading = service.throughVillage ? '#tempat-layanan .card h4' : '#tempat-layanan .card h3';
      expect((await page.locator(placeHeading).allTextContents()).sort()).toEqual([...places].sort());
      await expect(page.locator('#tempat-layanan')).toContainText(`Jam layanan: ${NOT_IN_SOURCE}`);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(jsonLd['@type']).toBe('GovernmentService');
      expect(jsonLd.name).toBe(service.title);
      expect(jsonLd.availableChannel.serviceLocation.map((place: { name: string }) => place.name).sort()).toEqual(
        [...places].sort(),
      );

      // Whose, and from where: the kabupaten, the source, what the date means.
      const agency = feed.agencies.find((each) => each.id === service.agency)!;
      await expect(page.locator('.kabupaten-label')).toContainText(agency.regency);
      await expect(page.locator('.kabupaten-banner')).toContainText(`Layanan ini untuk warga ${agency.regency}`);
      const provenance = page.locator('.provenance');
      await expect(provenance).toContainText(`Sumber: ${service.source.title}`);
      await expect(provenance).toContainText('bukan tanggal dokumen');
      await expect(provenance).toContainText('Tanggal dokumen sumber: tidak dicantumkan dalam dokumen');
      await expect(page.getByText('Terakhir diperbarui')).toHaveCount(0);
      if (service.source.id !== SIYANSOS_SOURCE)
        await expect(provenance).toContainText(`No. SK: ${service.sk ?? NOT_IN_SOURCE}`);
      await expect(provenance.getByRole('link', { name: service.source.title })).toHaveAttribute(
        'href',
        `/sumber/${service.source.id}/`,
      );

      // Other names, never the words used only to find it.
      await expect(page.getByText('Dikenal juga sebagai')).toHaveCount(0);
      if (service.aliases) {
        const aliases = page.locator('p.meta', { hasText: 'Juga disebut' });
        await expect(aliases).toContainText(`Juga disebut: ${service.aliases.join(', ')}`);
        await expect(aliases).not.toContainText(/\bKTP\b|\bKK\b/);
      }
    });
  }
});

test('SIYANSOS services are delivered at the Pusat Layanan in Desa Maracang, on their page, leaflet and JSON-LD', async ({
  page,
}) => {
  test.setTimeout(30_000 * SIYANSOS_SERVICES.length);
  for (const service of SIYANSOS_SERVICES) {
    await test.step(`SIYANSOS service ${service.id}`, async () => {
      await page.goto(`/layanan/${service.id}/`);
      const places = page.locator('#tempat-layanan');
      await expect(places).toContainText('Pusat Layanan Perlindungan Jaminan Sosial & Penanganan Fakir Miskin');
      await expect(places).toContainText('Desa Maracang, Kec. Babakancikao');
      await expect(places).not.toContainText('Taman Pahlawan');
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(jsonLd.availableChannel.serviceLocation[0].address.streetAddress).toContain('Desa Maracang');
      expect(JSON.stringify(jsonLd.availableChannel.serviceLocation)).not.toContain('Taman Pahlawan');

      await page.goto(`/layanan/${service.id}/leaflet/`);
      await expect(page.locator('.leaflet-places')).toContainText('Desa Maracang');
      await expect(page.locator('.leaflet-places')).not.toContainText('Taman Pahlawan');
    });
  }
});

test('a component the source does not give says so, and time and fee are never left out', async ({ page }) => {
  // The SIYANSOS leaflet gives neither a completion time nor a fee for its consultations.
  await page.goto('/layanan/konsultasi-pengaduan/');
  const facts = page.locator('.facts .not-given');
  await expect(facts).toContainText('Berapa lama (Jangka waktu penyelesaian) · Berapa biayanya (Biaya/tarif)');
  await expect(facts).toContainText(NOT_IN_SOURCE);
  await expect(page.locator('.facts')).not.toContainText('Gratis');
  const rest = page.locator('#belum-ada-keterangan');
  await expect(rest).toContainText(NOT_IN_SOURCE);
  await expect(rest.locator('#persyaratan')).toHaveText('Yang perlu disiapkan (Persyaratan)');
  await expect(rest.locator('#dasar-hukum')).toHaveText('Aturan yang mendasari (Dasar hukum)');
});

test('Kedaruratan PPKS puts the numbers to call or message now at the top, before anything else', async ({ page }) => {
  await page.goto('/layanan/kedaruratan-ppks/');
  await expect(page.locator('main h2').first()).toHaveText('Ada keadaan darurat sekarang?');
  const urgent = page.locator('#darurat');
  await expect(urgent.getByRole('link', { name: 'Telepon Dinas Sosial P3A: 0264-8304578' })).toHaveAttribute(
    'href',
    'tel:+622648304578',
  );
  await expect(urgent.getByRole('link', { name: 'WhatsApp Dinas Sosial P3A: 0877 2444 7749' })).toHaveAttribute(
    'href',
    'https://wa.me/6287724447749',
  );
  // On a 360 px phone, without scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  const box = await urgent.getByRole('link').first().boundingBox();
  expect(box!.y + box!.height).toBeLessThan(740);
});

test('terms are explained where first used, without JavaScript; the official words stay as written', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/layanan/santunan-anak-terlantar/');
  const slrt = page.locator('.gloss[data-istilah="puskesmas-slrt"]');
  await expect(slrt).toBeVisible();
  await expect(slrt).toContainText('bukan puskesmas tempat berobat');
  await expect(page.locator('#prosedur')).toContainText('datang ke Puskesmas SLRT dengan membawa surat permohonan');
  for (const term of ['cq', 'jpst', 'dppkad', 'btt', 'sktm', 'dtks'])
    await expect(page.locator(`.gloss[data-istilah="${term}"]`), term).toHaveCount(1);
  await expect(page.locator('abbr[title="Surat Keterangan Tidak Mampu"]')).toHaveCount(1);

  await page.goto('/layanan/pengusulan-logistik-kebencanaan/');
  await expect(page.locator('.gloss[data-istilah="lambung-sosial"]')).toContainText('lumbung sosial');
  await expect(page.locator('#prosedur')).toContainText('Camat khusus pada wilayah yang memiliki Lambung Sosial');

  await page.goto('/layanan/kedaruratan-ppks/');
  for (const term of [
    'ppks',
    'asesmen',
    'penjangkauan',
    'rehdayasos',
    'intervensi-lanjutan',
    'rekam-data-kependudukan',
    'jaminan-kompensasi-layanan',
  ]) {
    await expect(page.locator(`.gloss[data-istilah="${term}"]`), term).toHaveCount(1);
  }
  await context.close();
});

test('the glossary page explains every term, with the source’s “Lambung Sosial” and the residents’ “lumbung sosial”', async ({
  page,
}) => {
  await page.goto('/istilah/');
  await expect(page.locator('dt#lambung-sosial')).toContainText('Lambung Sosial');
  await expect(page.locator('dt#lambung-sosial + dd')).toContainText('lumbung sosial');
  await expect(page.locator('dt#pkh + dd')).toContainText('Cek Bansos');
  await expect(page.locator('.gloss')).toHaveCount(0);
});

test('a source document is readable as received, from the service page', async ({ page }) => {
  await page.goto('/layanan/kedaruratan-ppks/');
  await page.locator('.provenance').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/sumber\/purwakarta-standar-pelayanan-kedaruratan-ppks\/$/);
  await expect(page.locator('pre.source-text')).toContainText('STANDAR PELAYANAN LAYANAN KEDARURATAN BAGI PPKS');
  await expect(page.getByText('Tidak dicantumkan dalam dokumen.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Layanan Kedaruratan bagi PPKS' })).toBeVisible();
});

test('the footer says what is copied word for word and what the site wrote', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('.site-footer');
  await expect(footer).toContainText('disalin apa adanya');
  await expect(footer).toContainText('Ringkasan, judul bagian dengan kata sehari-hari, nama lain, penjelasan istilah');
  await expect(footer).toContainText('ditulis oleh situs ini');
});

test('content pages load no script files; the checklist remembers ticks with a small inline script', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/instansi/dinsos-p3a-purwakarta/');
  await page.waitForLoadState('networkidle');
  await page.goto('/layanan/kedaruratan-ppks/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await expect(page.locator('[data-checklist-status]')).toContainText('0 dari 2 sudah siap');
});

test('agency page offers tappable phone, WhatsApp and email links, and where each service is delivered', async ({
  page,
}) => {
  await page.goto('/instansi/dinsos-p3a-purwakarta/');
  await expect(page.locator('a[href="https://wa.me/6287724447749"]').first()).toBeVisible();
  await expect(page.locator('a[href="tel:+622648304578"]').first()).toBeVisible();
  await expect(page.locator('a[href="mailto:dinsosp3a.kab.purwakarta@gmail.com"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pengaduan langsung' })).toBeVisible();
  await expect(page.locator('#titik-pusat-layanan-jamsos-fakir-miskin-purwakarta')).toContainText(
    'Pengecekan Status Kepesertaan DTKS dan Bantuan Sosial',
  );
});

test('the home page asks whose kabupaten first, and remembers the choice on the device', async ({ page }) => {
  await page.goto('/');
  const choices = page.locator('#pilih .card h3');
  await expect(choices).toHaveText(['Kabupaten Banjarnegara', 'Kabupaten Purwakarta', 'Kabupaten Rokan Hulu']);
  await choices.getByRole('link', { name: 'Kabupaten Purwakarta' }).click();
  await expect(page).toHaveURL(/\/kabupaten\/purwakarta\/$/);

  const mostUsed = feed.services
    .filter((service) => service.agency === 'dinsos-p3a-purwakarta')
    .sort((a, b) => a.popularityRank - b.popularityRank)
    .slice(0, 4);
  await expect(page.locator('#sering-judul + ul > li h3')).toHaveText(
    mostUsed.map((service) => service.shortTitle ?? service.title),
  );
  await expect(page.locator('#sering-judul + ul > li .meta').first()).toContainText('Untuk warga Kabupaten Purwakarta');
  await expect(page.getByRole('heading', { name: 'Gerakan KKS Pegang Sendiri' })).toBeVisible();

  // Next time, the home page opens the remembered kabupaten; "Ganti kabupaten" shows the choice again.
  await page.goto('/');
  await expect(page).toHaveURL(/\/kabupaten\/purwakarta\/$/);
  await page.getByRole('link', { name: 'Ganti kabupaten' }).click();
  await expect(page).toHaveURL(/\/#pilih$/);
  await expect(page.locator('#pilih')).toBeVisible();
});

test('a service of another kabupaten says whose it is and points residents to their own office', async ({ page }) => {
  await page.goto('/layanan/santunan-anak-terlantar/');
  const banner = page.locator('.kabupaten-banner');
  await expect(banner).toContainText('Layanan ini untuk warga Kabupaten Banjarnegara');
  await banner.getByText('Bukan warga Kabupaten Banjarnegara?').click();
  await expect(banner.getByRole('link', { name: 'Dinsos P3A Kab. Purwakarta' })).toBeVisible();
  await expect(banner.getByRole('link', { name: '0877 2444 7749' })).toHaveAttribute(
    'href',
    'https://wa.me/6287724447749',
  );
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
  expect(
    body.services.find((service: { id: string }) => service.id === 'kedaruratan-ppks').completionTime,
  ).toMatchObject({ written: '210 Menit', amount: 210, unit: 'menit', text: '3 jam 30 menit' });
});
