// Issue 27's "done when": the Camat of Darangdan on a 360 px phone — and the Dinas on its 1366 px
// laptop — receive stock, approve a village's proposal, are refused a release without the legal
// basis their warehouse requires (the rule named), record it, see the batches first-expiry-first-out
// suggests, print the BAST as one A4 page whose QR opens the public check that verifies it, attach
// the receiver's signed copy, and the village operator sees "Logistik diterima desa". Then the
// outbox: a release recorded offline is sent once on reconnect, and a release the server refuses
// (its stock taken meanwhile by another) is shown on the device that made it.
import type { Page } from '@playwright/test';
import { E2E_CAMAT, E2E_STAFF } from '../support/e2e-accounts.ts';
import { operatorProposal } from '../support/proposal-form.ts';
import { approvedProposal, camatClient, postRoute, receiveStock, recordLegalBasis } from '../support/stock-release.ts';
import { ROUTES } from '../../src/domain/routes.ts';
import { PHONE_SCREEN_DENSITY, decodeQr } from './qr';
import { signInAsOperator, writeProposalFiles } from './proposal-steps';
import { SMALL_PHONE_AND_LAPTOP, expect, expectNoViolations, signInToWorkspace, signedInStaff, test } from './fixtures';

const KEPALA = E2E_STAFF.find((staff) => staff.role === 'kepala_bidang')!;
const DARANGDAN = 'lumbung.32.14.06';
const DINAS = 'dinas.dinsos-p3a-purwakarta';
/** A4 is 210 mm = 595.28 pt wide; Chromium rounds a page to whole CSS pixels (594.96 pt). */
const A4_WIDTH_PT = 595.28;

/** Page sizes (points) of a PDF as Chromium writes it: one MediaBox per page. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36).toUpperCase()}`;

/** Records a decision on the opened proposal through its action form. */
async function decide(page: Page, status: 'Diverifikasi' | 'Disetujui') {
  const detail = page.locator('.detail');
  await detail.getByRole('group', { name: 'Keputusan' }).getByLabel(status).check();
  await detail.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Tersimpan' })).toHaveText(`Tersimpan: ${status}.`);
}

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);
    const phone = size.name.startsWith('ponsel');
    const shot = (name: string) => `test-results/salur-${name}-${size.name.replace(/\W+/g, '-')}.png`;

    const who = phone ? 'the Camat of Darangdan' : 'the Dinas';
    test(`${who}: stock in, approval, release with its legal basis and FEFO batches, BAST printed and verified, signed copy`, async ({
      page,
      baseURL,
      browser,
    }) => {
      // A whole working day in one test, each state checked by axe, on a machine shared with other work.
      test.setTimeout(240_000);
      const warehouse = phone ? DARANGDAN : DINAS;
      const warehouseName = phone
        ? 'Lambung Sosial Kecamatan Darangdan'
        : 'Gudang Logistik Dinas Sosial P3A Purwakarta';
      const [early, later] = [unique('AWAL'), unique('AKHIR')];
      // A later-expiring batch already in the warehouse; the one received on screen expires first. Lauk
      // pauk: no other test keeps it, so first-expiry-first-out sees this test's batches only.
      const keeper = phone ? await camatClient(baseURL!) : await signedInStaff(baseURL!, KEPALA.email);
      await receiveStock(baseURL!, keeper.authStore.token, {
        warehouse,
        item: 'lauk-pauk-siap-saji',
        batch: later,
        expires_on: '2097-09-30',
        quantity: '50',
      });
      const proposal = await operatorProposal(baseURL!, phone ? 'camat' : 'kepala_dinas');

      await signInToWorkspace(page, phone ? E2E_CAMAT : KEPALA);
      await page.getByRole('button', { name: 'Stok logistik' }).click();
      if (!phone) await page.getByLabel('Gudang', { exact: true }).selectOption({ label: warehouseName });
      await page.getByRole('button', { name: 'Catat penerimaan' }).click();
      await page.getByLabel('APBN').check();
      await page.getByLabel('Barang', { exact: true }).selectOption({ label: 'Lauk pauk siap saji (paket, pangan)' });
      await page.getByLabel('Jumlah (paket)').fill('20');
      await page.getByLabel('Nomor batch (lot)').fill(early);
      await page.getByLabel('Tanggal kedaluwarsa').fill('2097-03-31');
      await page.getByLabel('Nomor BAST penerimaan').fill(`BAST-T/${early}`);
      await page.getByLabel('BAST penerimaan yang ditandatangani').setInputFiles((await writeProposalFiles()).photo);
      await expect(page.getByText('diperkecil dari')).toBeVisible({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Simpan penerimaan' }).click();
      await expect(page.locator('.batch-list li', { hasText: early })).toHaveText(
        `${early}: 20 paket — kedaluwarsa 2097-03-31`,
      );
      await expectNoViolations(page);

      // The proposal, approved by the side that decides it.
      await page.getByRole('button', { name: 'Usulan desa' }).click();
      await page.getByRole('button', { name: proposal.number }).click();
      await decide(page, 'Diverifikasi');
      await decide(page, 'Disetujui');
      const detail = page.locator('.detail');
      await detail.getByRole('button', { name: 'Catat penyaluran' }).click();
      const item = detail.getByLabel('Barang', { exact: true });
      await item.selectOption({
        label: (await item.locator('option', { hasText: 'Lauk pauk siap saji' }).textContent())!,
      });
      await detail.getByLabel('Jumlah (paket)').fill('30');
      // First expiry first out: all of the early batch, the rest from the later one.
      await expect(detail.locator('.fefo-picks li')).toHaveText([
        `batch ${early}: 20 paket, kedaluwarsa 2097-03-31`,
        `batch ${later}: 10 paket, kedaluwarsa 2097-09-30`,
      ]);
      if (!phone) {
        await detail.getByLabel('Nama yang menyerahkan').fill(KEPALA.name);
        await detail.getByLabel('Jabatan yang menyerahkan').fill('Kepala Bidang Perlindungan dan Jaminan Sosial');
      }
      await detail.getByLabel('Nama penerima').fill('Ujang Suherman');
      await detail.getByLabel('Jabatan penerima').fill('Kepala Desa Linggasari');
      await detail.getByRole('button', { name: 'Simpan penyaluran' }).click();
      const summary = detail.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(
        phone
          ? `Stok ${warehouseName} hanya dapat dikeluarkan dengan keputusan status tanggap darurat bencana dari Bupati.`
          : `Stok ${warehouseName} hanya dapat dikeluarkan dengan keputusan status tanggap darurat bencana dari Bupati atau laporan asesmen kejadian`,
      );
      await expectNoViolations(page);
      await page.screenshot({ path: shot('tanpa-dasar'), fullPage: true });

      // The declaration, recorded here and chosen.
      const decree = `360/Kep.${Date.now() % 1000}-BPBD/2026`;
      await detail.getByLabel('Catat dasar penyaluran baru').check();
      await detail.getByLabel('Keputusan status tanggap darurat bencana', { exact: true }).check();
      await detail.getByLabel('Nomor', { exact: true }).fill(decree);
      await detail.getByLabel('Tanggal', { exact: true }).fill('2026-11-23');
      await detail.getByLabel('Diterbitkan oleh').fill('Bupati Purwakarta');
      await detail.getByRole('button', { name: 'Simpan dasar penyaluran' }).click();
      await expect(detail.getByLabel(new RegExp(decree.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))).toBeChecked();
      await expect(detail.getByRole('group', { name: 'Dasar penyaluran' })).toContainText(
        `${decree}, 23 November 2026, Bupati Purwakarta`,
      );
      await expectNoViolations(page);
      await page.screenshot({ path: shot('penyaluran'), fullPage: true });
      await detail.getByRole('button', { name: 'Simpan penyaluran' }).click();
      await expect(detail.getByText('Logistik dikirim', { exact: true }).first()).toBeVisible();
      const print = detail.getByRole('link', { name: /^Cetak BAST BAST\// });
      await expect(print).toBeVisible();
      const number = (await print.textContent())!.replace('Cetak BAST ', '');
      await expectNoViolations(page);

      // The BAST on paper: one A4 page, with the QR of its public check, read from the screen at a phone's
      // density (the sheet alone: the rest of the test draws one device pixel per CSS pixel), signed in as here.
      const sheetContext = await browser.newContext({
        ...PHONE_SCREEN_DENSITY,
        storageState: await page.context().storageState(),
      });
      const paper = await sheetContext.newPage();
      await paper.goto((await print.getAttribute('href'))!);
      const sheet = paper.locator('.bast-sheet');
      await expect(sheet.locator('.receipt-number')).toHaveText(number);
      await expect(sheet).toContainText(`Desa Linggasari, Kecamatan Darangdan — usulan ${proposal.number}`);
      await expect(sheet).toContainText(`nomor ${decree}`);
      await expect(sheet.locator('.bast-items tbody tr')).toHaveText([
        `1Lauk pauk siap sajibatch ${early}, kedaluwarsa 2097-03-3120 paket`,
        `2Lauk pauk siap sajibatch ${later}, kedaluwarsa 2097-09-3010 paket`,
      ]);
      await expect(sheet.locator('.bast-signatures')).toContainText('Ujang Suherman');
      await expect(sheet.locator('.bast-signatures')).toContainText(phone ? E2E_CAMAT.name : KEPALA.name);
      // Both signature lines at one height, however many lines the positions above them take.
      const signatureLines = await sheet
        .locator('.signature-line')
        .evaluateAll((lines) => lines.map((line) => Math.round(line.getBoundingClientRect().top)));
      expect(new Set(signatureLines).size, `signature lines at ${signatureLines.join(' and ')} px`).toBe(1);
      await expectNoViolations(paper);
      // Nothing wider than the phone: the sheet is read on screen before it is printed.
      expect(await paper.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        paper.viewportSize()!.width,
      );
      await paper.screenshot({ path: shot('bast'), fullPage: true });
      const checkUrl = await decodeQr(sheet.locator('.qr'));
      const pages = pdfPages(await paper.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pages, 'one page per release').toHaveLength(1);
      expect(Math.abs(pages[0]!.width - A4_WIDTH_PT)).toBeLessThan(1);
      expect(checkUrl).toMatch(/\/bast\/\?kode=[0-9a-f]{32}$/);
      await paper.goto(checkUrl!);
      await expect(
        paper.locator('[data-bast-result]').getByRole('heading', { name: `${number} tercatat` }),
      ).toBeVisible();
      await expect(paper.locator('[data-bast-result]')).not.toContainText('Ujang Suherman');
      await expectNoViolations(paper);
      await sheetContext.close();

      // The receiver's signed copy, photographed: the village has its logistics.
      await detail
        .getByLabel(`Foto ${number} yang ditandatangani penerima`)
        .setInputFiles((await writeProposalFiles()).photo);
      await expect(detail.getByText('diperkecil dari')).toBeVisible({ timeout: 20_000 });
      await detail.getByRole('button', { name: 'Simpan BAST bertanda tangan' }).click();
      await expect(detail.getByText(/^Diterima desa /)).toBeVisible();
      await expect(detail.locator('.timeline li').last()).toContainText('Logistik diterima desa');
      await expect(detail.locator('.timeline li').last()).toContainText(phone ? E2E_CAMAT.name : KEPALA.name);
      await expectNoViolations(page);
      await page.screenshot({ path: shot('diterima'), fullPage: true });

      const village = await browser.newContext({
        viewport: page.viewportSize(),
        locale: 'id-ID',
        serviceWorkers: 'block',
      });
      const operator = await village.newPage();
      await signInAsOperator(operator, { serviceWorker: false });
      await expect(operator.getByRole('row').filter({ hasText: proposal.number })).toContainText(
        'Logistik diterima desa',
      );
      await expectNoViolations(operator);
      await village.close();
    });
  });
}

/** Signs in to the workspace and opens the release form of an approved proposal. */
async function openRelease(page: Page, account: typeof E2E_CAMAT | (typeof E2E_STAFF)[number], number: string) {
  await signInToWorkspace(page, account);
  await page.getByRole('button', { name: 'Usulan desa' }).click();
  await page.getByRole('button', { name: number }).click();
  const detail = page.locator('.detail');
  await detail.getByRole('button', { name: 'Catat penyaluran' }).click();
  return detail;
}

/** Fills the release form: the recorded basis, one item, the receiver. */
async function fillRelease(detail: ReturnType<Page['locator']>, item: string, quantity: string, giver = false) {
  await detail.getByRole('group', { name: 'Dasar penyaluran' }).getByRole('radio').first().check();
  const choice = detail.getByLabel('Barang', { exact: true });
  await choice.selectOption({ label: (await choice.locator('option', { hasText: item }).first().textContent())! });
  await detail.getByLabel(/^Jumlah/).fill(quantity);
  if (giver) {
    await detail.getByLabel('Nama yang menyerahkan').fill('Petugas Gudang');
    await detail.getByLabel('Jabatan yang menyerahkan').fill('Pengelola Gudang Logistik');
  }
  await detail.getByLabel('Nama penerima').fill('Ujang Suherman');
  await detail.getByLabel('Jabatan penerima').fill('Kepala Desa Linggasari');
}

test('a release typed survives a reload; recorded offline it waits on the phone and is sent once when the signal returns', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const camat = await camatClient(baseURL!);
  const batch = unique('TENDA');
  await receiveStock(baseURL!, camat.authStore.token, {
    warehouse: DARANGDAN,
    item: 'tenda-keluarga',
    batch,
    expires_on: '',
    quantity: '10',
  });
  await recordLegalBasis(baseURL!, camat.authStore.token, DARANGDAN);
  const proposal = await approvedProposal(baseURL!, 'camat', camat);
  const detail = await openRelease(page, E2E_CAMAT, proposal.number);
  await fillRelease(detail, 'Tenda keluarga', '4');
  await expect(detail.locator('.fefo-picks li')).toHaveText([`batch ${batch}: 4 unit`]);
  // The page reloaded (a browser closed and opened again): what was typed is still there.
  await page.reload();
  await page.getByRole('button', { name: 'Usulan desa' }).click();
  await page.getByRole('button', { name: proposal.number }).click();
  await detail.getByRole('button', { name: 'Catat penyaluran' }).click();
  await expect(detail.getByLabel('Jumlah (unit)')).toHaveValue('4');
  await expect(detail.getByLabel('Nama penerima')).toHaveValue('Ujang Suherman');
  await expect(detail.locator('.fefo-picks li')).toHaveText([`batch ${batch}: 4 unit`]);

  const recorded: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/logistik/penyaluran')) recorded.push(response.status());
  });
  await page.context().setOffline(true);
  await detail.getByRole('button', { name: 'Simpan penyaluran' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Penyaluran tersimpan di perangkat ini' })).toBeVisible();
  await expect(page.locator('.outbox')).toContainText('Menunggu sinyal');
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/salur-luring-ponsel.png', fullPage: true });

  await page.context().setOffline(false);
  await expect(detail.getByRole('link', { name: /^Cetak BAST BAST\// })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.outbox')).toHaveCount(0);
  expect(recorded).toEqual([200]);
  const releases = await camat
    .collection('stock_releases')
    .getFullList({ filter: camat.filter('proposal = {:id}', { id: proposal.id }) });
  expect(releases).toHaveLength(1);
  const entries = await camat
    .collection('stock_entries')
    .getFullList({ filter: camat.filter('batch = {:batch}', { batch }) });
  expect(entries.map((entry) => entry['change'] as number).sort((a, b) => a - b)).toEqual([-4, 10]);
});

test('a release whose stock another took meanwhile is refused, and the refusal stays on the device that made it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const kepala = await signedInStaff(baseURL!, KEPALA.email);
  const batch = unique('KASUR');
  await receiveStock(baseURL!, kepala.authStore.token, {
    warehouse: DINAS,
    item: 'kasur',
    batch,
    expires_on: '',
    quantity: '5',
  });
  const basis = await recordLegalBasis(baseURL!, kepala.authStore.token, DINAS);
  const [mine, theirs] = [
    await approvedProposal(baseURL!, 'kepala_dinas', kepala),
    await approvedProposal(baseURL!, 'kepala_dinas', kepala),
  ];
  const detail = await openRelease(page, E2E_STAFF[0], mine.number);
  await fillRelease(detail, 'Kasur', '5', true);
  await expect(detail.locator('.fefo-picks li')).toHaveText([`batch ${batch}: 5 buah`]);

  // Meanwhile the kepala bidang, on another computer, releases three of the same five mattresses.
  await postRoute(baseURL!, kepala.authStore.token, ROUTES.stockRelease, {
    proposal: theirs.id,
    warehouse: DINAS,
    legal_basis: basis,
    lines: [{ item: 'kasur', batch, quantity: 3 }],
    giver_name: KEPALA.name,
    giver_position: 'Kepala Bidang',
    receiver_name: 'Ujang Suherman',
    receiver_position: 'Kepala Desa Linggasari',
    idempotency_key: `e2e-${batch}`,
  });
  await detail.getByRole('button', { name: 'Simpan penyaluran' }).click();
  const reason = `Kasur batch ${batch} tinggal 2 buah; kurangi jumlahnya.`;
  await expect(detail.getByRole('alert').filter({ hasText: 'Server menolak penyaluran ini' })).toContainText(reason);
  const notice = page.locator('.refused-release');
  await expect(notice).toContainText(`Penyaluran untuk usulan ${mine.number} (Desa Linggasari) ditolak server`);
  await expect(notice).toContainText(reason);
  await expectNoViolations(page);
  await page.screenshot({ path: 'test-results/salur-ditolak-ponsel.png', fullPage: true });

  // Still there after the page is opened again, until it has been read.
  await page.reload();
  await expect(notice).toContainText(reason);
  await notice.getByRole('button', { name: /^Sudah dibaca/ }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Usulan desa' })).toBeVisible();
  await expect(notice).toHaveCount(0);
});
