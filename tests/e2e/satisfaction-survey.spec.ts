import type { Locator, Page } from '@playwright/test';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { SURVEY_ELEMENTS, type SurveyElement } from '../../src/domain/satisfaction-survey.ts';
import {
  SMALL_PHONE_AND_LAPTOP,
  answerAtCounter,
  expect,
  expectNoViolations,
  finishedRequest,
  ratedRequest,
  lookUpStatus,
  signInToWorkspace,
  test,
  waitForIslands,
} from './fixtures';

// A service no other end-to-end test uses, so its figures are this test's own.
const SERVICE = 'konsultasi-pengaduan';
const KEPALA = E2E_STAFF[3];

/** Chooses, per question, the answer with that score (1–4), or skips it (null). */
async function answer(form: Locator, scoreOf: (element: SurveyElement) => number | null) {
  for (const [index, element] of SURVEY_ELEMENTS.entries()) {
    const score = scoreOf(element);
    if (score !== null)
      await form
        .getByRole('group', { name: `${index + 1}. ${element.question}` })
        .getByLabel(element.answers[score - 1]!, { exact: true })
        .check();
  }
}

async function lookUp(page: Page, number: string, verifier: string) {
  await lookUpStatus(page, number, verifier);
  return page.locator('.survey-offer');
}

/** The row of the service on /kinerja/, once the board has loaded. */
async function performanceRow(page: Page) {
  await page.goto('/kinerja/');
  await waitForIslands(page);
  const row = page.locator(`.performance [data-layanan="${SERVICE}"]`);
  await expect(row).toBeVisible();
  return row;
}

test("a finished request is rated from the status page; the kepala bidang's report and /kinerja/ change; rating again changes the response", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // Four other applicants already rated it with their numbers, every question "4" …
  for (let other = 0; other < 4; other++) await ratedRequest(baseURL!, SERVICE, `0812-5555-607${other}`, 4);
  // … and four responses of all 1s came through the counter's QR code: kept for the office, never in the figures
  // (no other test answers Purwakarta's counter, so the report's count is these four).
  for (let counter = 0; counter < 4; counter++) await answerAtCounter(baseURL!, SERVICE, 1);
  const request = await finishedRequest(baseURL!, SERVICE, '0812-5555-6061', {
    status: 'selesai',
    public_note: 'Konsultasi selesai.',
  });
  let row = await performanceRow(page);
  // The page says which responses count, and that the counter's poster responses do not.
  await expect(page.locator('main')).toContainText(
    'Penilaian lewat kode QR poster di kantor layanan tidak terikat pada nomor mana pun',
  );
  await expect(row).toContainText('Responden belum cukup');
  await expect(row).toContainText('4 responden dari minimal 5');

  // The applicant finds the survey on the status page of the finished request.
  const offer = await lookUp(page, request['number'], '6061');
  await expect(offer.getByRole('heading', { name: 'Beri penilaian layanan' })).toBeVisible();
  await offer.getByRole('button', { name: 'Beri penilaian layanan' }).click();
  const form = offer.locator('form.survey-form');
  await form.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page.locator('.error-summary')).toContainText('Jawab paling sedikit satu pertanyaan');
  await answer(form, (element) => (element.key === 'pengaduan' ? null : 3));
  await form.getByLabel('Jenis kelamin').selectOption({ label: 'Perempuan' });
  await form
    .getByLabel('Saran untuk perbaikan layanan (boleh dikosongkan)')
    .fill('Mohon jam konsultasi diperpanjang sampai sore.');
  await form.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(offer.getByRole('heading', { name: 'Terima kasih, penilaian Anda sudah kami terima' })).toBeFocused();
  await expect(offer).toContainText('Anda dapat mengubah penilaian ini sampai');

  // Five respondents for five users: graded. 8 elements (4+4+4+4+3)/5 = 3.8, pengaduan 16/4 = 4;
  // (8 × 3.8 + 4) × 25 / 9 = 95.555… → 95,56, A.
  row = await performanceRow(page);
  await expect(row).toContainText('95,56 — mutu A (sangat baik)');
  await expect(row).toContainText('5 responden dari minimal 5 (5 pengguna layanan)');

  // The kepala bidang's report: the same figures, the suggestion, no one's answers.
  await signInToWorkspace(page, KEPALA);
  await page.getByRole('button', { name: 'Survei kepuasan' }).click();
  await page.getByRole('button', { name: 'Tampilkan laporan survei' }).click();
  const report = page.locator('.survey-report');
  await expect(report.locator(`tr[data-layanan="${SERVICE}"]`)).toContainText('95,56 — mutu A');
  await expect(report.locator(`tr[data-layanan="${SERVICE}"]`)).toContainText('3,80');
  await expect(report).toContainText('Di loket (kode QR): 4');
  await expect(report).toContainText('tidak dihitung dalam IKM maupun jumlah respondennya');
  await expect(
    report.getByRole('region', { name: 'Saran untuk Konsultasi & Pengaduan DTKS dan Jaminan Sosial Kesehatan' }),
  ).toContainText('Mohon jam konsultasi diperpanjang sampai sore.');
  await expect(page.getByRole('link', { name: 'Unduh CSV' })).toBeVisible();

  // The A4 page offices submit.
  await page.getByRole('link', { name: 'Cetak laporan (A4)' }).click();
  await expect(page.getByRole('heading', { name: 'Laporan Survei Kepuasan Masyarakat' })).toBeVisible();
  await expect(page.locator(`.report-a4 tr[data-layanan="${SERVICE}"]`)).toContainText('95,56');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);

  // Rating again within 7 days changes the response: it starts from this device's answers.
  const again = await lookUp(page, request['number'], '6061');
  await expect(again).toContainText('Anda sudah memberi penilaian pada');
  await again.getByRole('button', { name: 'Ubah penilaian' }).click();
  const change = again.locator('form.survey-form');
  await expect(
    change.getByRole('group', { name: `1. ${SURVEY_ELEMENTS[0].question}` }).getByLabel('Sesuai', { exact: true }),
  ).toBeChecked();
  await answer(change, () => 4);
  await change.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(again.getByRole('heading', { name: 'Penilaian Anda sudah diubah' })).toBeVisible();

  row = await performanceRow(page);
  await expect(row).toContainText('100,00 — mutu A (sangat baik)');
  await expect(row).toContainText('5 responden dari minimal 5');
});

test('at the counter without JavaScript, the plain form sends a response and says why when it cannot', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/survei/dinsos-p3a-rokan-hulu/');
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page).toHaveURL(/\/survei\/belum-terkirim\/#layanan$/);
  await expect(page.locator('#layanan')).toBeVisible();
  await expect(page.locator('#jawaban')).toBeHidden();

  await page.goto('/survei/dinsos-p3a-rokan-hulu/');
  await page.getByLabel('Layanan yang Anda terima').selectOption({ label: 'Respon Kasus Anak' });
  await answer(page.locator('form.survey-form'), (element) =>
    element.key === 'biaya' ? 4 : element.key === 'waktu' ? 2 : null,
  );
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(page).toHaveURL(/\/survei\/terima-kasih\/$/);
  await expect(page.getByRole('heading', { name: 'Terima kasih, penilaian Anda sudah kami terima' })).toBeVisible();
  await context.close();
});

test("the receipt's QR code opens the counter form with the service chosen", async ({ page }) => {
  await page.goto('/survei/dinsos-p3a-purwakarta/?layanan=kedaruratan-ppks');
  await waitForIslands(page);
  await expect(page.getByLabel('Layanan yang Anda terima')).toHaveValue('kedaruratan-ppks');
});

test('a keyboard user answers the counter form', async ({ page }) => {
  await page.goto('/survei/dinsos-p3a-rokan-hulu/?layanan=respon-kasus-anak');
  await waitForIslands(page);
  const first = page.locator('#survei-persyaratan');
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  // Arrow keys move within a question's answers.
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('group', { name: `1. ${SURVEY_ELEMENTS[0].question}` }).getByLabel('Kurang sesuai', { exact: true }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Kirim penilaian' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Terima kasih, penilaian Anda sudah kami terima' })).toBeFocused();
  await expectNoViolations(page);
});

// Plain words under the official questions, and the work residents do (issue 29, item 18).
for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('each official question has a plain explanation under it; a farmer can say so', async ({ page }) => {
      // At Rokan Hulu, as the other counter tests: Purwakarta's counter count is the first test's own.
      await page.goto('/survei/dinsos-p3a-rokan-hulu/?layanan=respon-kasus-anak');
      await waitForIslands(page);
      for (const [index, element] of SURVEY_ELEMENTS.entries()) {
        const question = page.getByRole('group', { name: `${index + 1}. ${element.question}` });
        await expect(question).toHaveAccessibleDescription(element.explanation);
        const [legend, hint] = await Promise.all([
          question.locator('legend').boundingBox(),
          question.getByText(element.explanation).boundingBox(),
        ]);
        expect(hint!.y).toBeGreaterThan(legend!.y);
      }
      await page.getByLabel('Pekerjaan').selectOption({ label: 'Petani' });
      await page
        .getByRole('group', { name: `3. ${SURVEY_ELEMENTS[2].question}` })
        .getByLabel('Cepat', { exact: true })
        .check();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Kirim penilaian' }).click();
      await expect(page.getByRole('heading', { name: 'Terima kasih, penilaian Anda sudah kami terima' })).toBeFocused();
    });
  });
}
