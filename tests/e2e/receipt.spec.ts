import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { PHONE_SCREEN_DENSITY, decodeQr } from './qr';
import { SURVEY_ELEMENTS } from '../../src/domain/satisfaction-survey.ts';
import { expect, expectNoViolations, registerRequest, signedInStaff, test, waitForIslands } from './fixtures';

// The QR codes are read from the screen, at a phone's pixel density.
test.use(PHONE_SCREEN_DENSITY);

test('staff sign in and print a receipt whose QR codes lead to the status page and the counter survey', async ({
  page,
  baseURL,
}) => {
  const { request, service } = await registerRequest(baseURL!, 'kedaruratan-ppks');
  await page.goto(`/petugas/tanda-terima/?no=${request['number']}`);
  await expect(page.getByText('Tanda terima hanya dapat dibuka petugas')).toBeVisible();
  await page.getByLabel('Email petugas').fill(E2E_STAFF[0].email);
  await page.getByLabel('Kata sandi').fill('salah-sandi');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('.error-summary')).toContainText('Email atau kata sandi salah');

  await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  await page.getByRole('button', { name: 'Masuk' }).click();
  const receipt = page.locator('.receipt');
  await expect(receipt.locator('.receipt-number')).toHaveText(request['number']);
  await expect(receipt).toContainText(service['title']);
  await expect(receipt).toContainText('Dijanjikan selesai');
  // Where to go: Kedaruratan PPKS is delivered at the Dinas office.
  await expect(receipt).toContainText('Tempat layanan');
  await expect(receipt).toContainText('Jl. Taman Pahlawan No.9');
  const [status, survey] = [receipt.locator('.qr').nth(0), receipt.locator('.qr').nth(1)];
  expect(await decodeQr(status)).toMatch(new RegExp(`/cek-status/\\?no=${request['number']}$`));
  await expect(receipt).toContainText(`/cek-status/?no=${request['number']}`);
  // The counter questionnaire of the office with the service chosen and the request's ticket, out of the server's sight.
  const surveyUrl = await decodeQr(survey);
  expect(surveyUrl).toMatch(
    new RegExp(`/survei/dinsos-p3a-purwakarta/\\?layanan=kedaruratan-ppks#tiket=${request['number']}\\.[0-9a-f]{64}$`),
  );
  await expect(page.getByRole('button', { name: 'Cetak tanda terima' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cetak tanda terima' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Kertas' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Once finished, the resident scans it and rates the request: counted, as with its number.
  const kepala = await signedInStaff(baseURL!, E2E_STAFF[3].email);
  await kepala.collection('request_events').create({
    request: request.id,
    step: (request['steps'] as string[]).length,
    status: 'selesai',
    public_note: 'Layanan selesai.',
    staff: kepala.authStore.record!.id,
  });
  await page.goto(surveyUrl!);
  await waitForIslands(page);
  await expect(page.locator('.survey-form')).toContainText(`Penilaian untuk permohonan ${request['number']}`);
  await expect(page.getByLabel('Layanan yang Anda terima')).toHaveValue('kedaruratan-ppks');
  await expectNoViolations(page);
  await page
    .getByRole('group', { name: `1. ${SURVEY_ELEMENTS[0].question}` })
    .getByLabel(SURVEY_ELEMENTS[0].answers[3], { exact: true })
    .check();
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page.locator('#survei-terkirim')).toBeFocused();
  const kept = await kepala.send(`/api/layanan/status`, {
    method: 'POST',
    body: { number: request['number'], verifier: '7890' },
  });
  expect(kept['survey']).toMatchObject({ submittedAt: expect.any(String) });
});

test('staff of another office cannot open the receipt', async ({ page, baseURL }) => {
  const { request } = await registerRequest(baseURL!, 'kedaruratan-ppks');
  await page.goto(`/petugas/tanda-terima/?no=${request['number']}`);
  await page.getByLabel('Email petugas').fill(E2E_STAFF[1].email);
  await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('Permohonan ini tidak ditemukan di kantor Anda')).toBeVisible();
  await expect(page.locator('.receipt')).toHaveCount(0);
});

/** Page sizes (points) and count of a PDF as Chromium writes it: one MediaBox per page. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

// Paper widths in points (1 mm = 72 / 25.4 pt), worked out by hand: A4 210 mm = 595.28 pt,
// 80 mm = 226.77 pt, 58 mm = 164.41 pt.
const PAPERS = [
  { choice: 'A4 (printer kantor)', widthPt: 595.28, onePage: false },
  { choice: 'Struk 80 mm (printer thermal)', widthPt: 226.77, onePage: true },
  { choice: 'Struk 58 mm (printer thermal)', widthPt: 164.41, onePage: true },
];

test("a receipt prints on A4 or on an 80 or 58 mm thermal roll, in one piece, listing what is still to bring and the office's WhatsApp", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  // Kedaruratan PPKS asks for two documents; the petugas saw only the first.
  const { request } = await registerRequest(baseURL!, 'kedaruratan-ppks', '0812-3456-7890', [
    'Informasi Rekam Data Kependudukan/Identitas Kependudukan',
  ]);
  await page.goto(`/petugas/tanda-terima/?no=${request['number']}`);
  await page.getByLabel('Email petugas').fill(E2E_STAFF[0].email);
  await page.getByLabel('Kata sandi').fill(process.env['LAYANAN_E2E_STAFF_PASSWORD']!);
  await page.getByRole('button', { name: 'Masuk' }).click();
  const receipt = page.locator('.receipt');
  await expect(receipt.locator('.receipt-number')).toHaveText(request['number']);
  await expect(receipt.locator('.missing-requirements li')).toHaveText([
    'Surat Keterangan terdaftar/tidak terdaftar di DTKS',
  ]);
  // content/agencies/dinsos-p3a-purwakarta.md: "Nomor WhatsApp 0877 2444 7749".
  await expect(receipt.locator('.office-whatsapp').getByRole('link', { name: '0877 2444 7749' })).toHaveAttribute(
    'href',
    'https://wa.me/6287724447749',
  );

  for (const paper of PAPERS) {
    await page.getByLabel(paper.choice).check();
    await expectNoViolations(page);
    const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pages.length, paper.choice).toBeGreaterThan(0);
    // Chromium rounds a page to whole CSS pixels (A4 comes out 594.96 pt): within 1 pt (0.35 mm).
    for (const printed of pages)
      expect(Math.abs(printed.width - paper.widthPt), `${paper.choice}: ${printed.width} pt wide`).toBeLessThan(1);
    if (paper.onePage) {
      expect(pages, `${paper.choice}: one piece of paper`).toHaveLength(1);
      // The receipt is there, not a blank strip: as long as its content, and readable.
      expect(pages[0]!.height).toBeGreaterThan(300);
      expect(await decodeQr(receipt.locator('.qr').first())).toMatch(
        new RegExp(`/cek-status/\\?no=${request['number']}$`),
      );
      const overflowing = await receipt.evaluate((element) =>
        [...element.querySelectorAll('*')]
          .filter((child) => child.getBoundingClientRect().right > element.getBoundingClientRect().right + 1)
          .map((child) => child.textContent?.slice(0, 40)),
      );
      expect(overflowing, `${paper.choice}: nothing wider than the roll`).toEqual([]);
    }
  }
  // The counter's choice stays for the next receipt.
  await page.reload();
  await expect(page.getByLabel('Struk 58 mm (printer thermal)')).toBeChecked();
  await expect(receipt.locator('.missing-requirements li')).toHaveCount(1);
});
