// The workspace as a kepala bidang and a petugas use it every day, on a phone and on a 1366×768
// laptop (issue 18): decisions are never made for them, saving says so, the audit trail names the
// record, the report does not measure a promise the standard never made.
import type { Locator } from '@playwright/test';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { operatorProposal } from '../support/proposal-form.ts';
import { sendComplaint } from '../support/complaint-form.ts';
import {
  PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  registerRequest,
  signInToWorkspace,
  staffClient,
  test,
  waitForIslands,
} from './fixtures';
import { signInAsOperator } from './proposal-steps';

const KEPALA = E2E_STAFF.find((staff) => staff.role === 'kepala_bidang')!;

/** A proposal from the e2e village to the Kepala Dinas, verified by a petugas: next is the kepala bidang's decision. */
async function verifiedProposal(baseURL: string) {
  const proposal = await operatorProposal(baseURL, 'kepala_dinas');
  const petugas = await staffClient(baseURL, 'dinsos-p3a-purwakarta');
  await petugas
    .collection('proposal_events')
    .create({ proposal: proposal.id, status: 'diverifikasi', public_note: '', internal_note: '' });
  return proposal.number;
}

/** A complaint sent through the public route by someone who asked to be answered by WhatsApp. */
const complaintByWhatsApp = async (baseURL: string) => (await sendComplaint(baseURL)).body.number as string;

/**
 * Every visible checkbox and radio in `scope` sits right beside the first line of its own label's
 * text: at most 32 px wide (not stretched like a text input), at most 16 px before the text, on the
 * same line. Returns how many were checked, so a test also knows it looked at some.
 */
async function expectBoxesBesideLabels(scope: Locator): Promise<number> {
  const problems = await scope.evaluate((root) => {
    const found: string[] = [];
    let count = 0;
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
      const box = input.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      count++;
      const label = input.labels?.[0];
      const text = label?.contains(input) ? (input.nextElementSibling ?? label) : label;
      const range = document.createRange();
      if (text) range.selectNodeContents(text);
      const line = text ? range.getClientRects()[0] : undefined;
      const name = label?.textContent?.trim().slice(0, 40) ?? '(tanpa label)';
      if (!line) {
        found.push(`${name}: tanpa teks label`);
        continue;
      }
      const gap = line.left - box.right;
      const sameLine = box.top < line.bottom && box.bottom > line.top;
      if (box.width > 32 || gap < 0 || gap > 16 || !sameLine)
        found.push(
          `${name}: kotak ${Math.round(box.width)}×${Math.round(box.height)} di (${Math.round(box.left)}, ` +
            `${Math.round(box.top)}), teks di (${Math.round(line.left)}, ${Math.round(line.top)})`,
        );
    }
    return { found, count };
  });
  expect(problems.found).toEqual([]);
  return problems.count;
}

/** A number broken over lines cannot be read off or compared: its text lies on one line. */
async function expectOnOneLine(element: Locator) {
  const lines = await element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines, `"${await element.textContent()}" dipenggal`).toBe(1);
}

for (const size of PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('a proposal decision has no choice made in advance: Simpan without one names the field, and saving says "Tersimpan"', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      const number = await verifiedProposal(baseURL!);
      await signInToWorkspace(page, KEPALA);
      await page.getByRole('button', { name: 'Usulan desa' }).click();
      await page.getByRole('button', { name: number }).click();
      const detail = page.locator('.detail');
      const decision = detail.getByRole('group', { name: 'Keputusan' });
      await expect(decision.getByRole('radio')).toHaveCount(2);
      for (const radio of await decision.getByRole('radio').all()) await expect(radio).not.toBeChecked();

      await detail.getByLabel('Catatan internal (tidak pernah tampil untuk publik)').fill('Stok terpal cukup.');
      await detail.getByRole('button', { name: 'Simpan' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Pilih keputusan atas usulan ini, lalu tekan Simpan.');
      await expect(detail.locator('.summary-list')).toContainText('Diverifikasi');
      // The link in the summary takes the kepala bidang to the first choice.
      await summary.getByRole('link').click();
      await expect(decision.getByRole('radio').first()).toBeFocused();
      await expectNoViolations(page);

      await decision.getByLabel('Disetujui').check();
      await detail.getByRole('button', { name: 'Simpan' }).click();
      const saved = detail.getByRole('status').filter({ hasText: 'Tersimpan' });
      await expect(saved).toHaveText('Tersimpan: Disetujui.');
      await expect(saved).toBeInViewport();
      await expect(detail.locator('.summary-list')).toContainText('Disetujui');
      await expect(detail.locator('.timeline')).toContainText('Stok terpal cukup.');
      await expectNoViolations(page);
    });

    test('the audit trail names the request a step was recorded on, its number on one line', async ({
      page,
      baseURL,
    }) => {
      const { pb, request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar');
      await pb.collection('request_events').create({
        request: request.id,
        step: 2,
        status: 'diproses',
        public_note: '',
        internal_note: '',
        staff: pb.authStore.record!.id,
      });
      await signInToWorkspace(page, KEPALA);
      await page.getByRole('button', { name: 'Jejak audit' }).click();
      const trail = page.getByRole('region', { name: 'Jejak audit' });
      const row = trail
        .getByRole('row')
        .filter({ hasText: 'mencatat langkah permohonan' })
        .filter({ hasText: request['number'] });
      await expect(row).toHaveCount(1);
      const atas = row.getByRole('cell').nth(3);
      await expect(atas).toHaveText(request['number']);
      await expectOnOneLine(atas);
      await expectNoViolations(page);
    });

    test('the report says a service whose standard promises no completion time has no promise to measure', async ({
      page,
      baseURL,
    }) => {
      await registerRequest(baseURL!, 'surat-keterangan-dtks');
      await registerRequest(baseURL!, 'rujukan-ppks-terlantar');
      await signInToWorkspace(page, KEPALA);
      await page.getByRole('button', { name: 'Laporan' }).click();
      await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
      const table = page.getByRole('region', { name: 'Laporan', exact: true });
      const unpromised = table.getByRole('row').filter({ hasText: 'Pencetakan Surat Keterangan DTKS' }).first();
      await expect(unpromised.getByRole('cell').nth(4)).toHaveText('Tidak ada waktu penyelesaian yang dijanjikan');
      const promised = table.getByRole('row').filter({ hasText: 'Layanan Rujukan Bagi PPKS Terlantar' }).first();
      await expect(promised.getByRole('cell').nth(4)).not.toHaveText(/dijanjikan/);
      await expect(table).not.toContainText('0 (0%)');
      // A tap target, not a 19 px line of text (WCAG 2.5.8: at least 24 × 24 CSS px).
      const csv = (await page.getByRole('link', { name: 'Unduh CSV' }).boundingBox())!;
      expect(Math.min(csv.width, csv.height)).toBeGreaterThanOrEqual(24);
      await expectNoViolations(page);
    });

    test('saving a step in the work queue says "Tersimpan" where the eye is, and announces it', async ({
      page,
      baseURL,
    }) => {
      const { request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar');
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await page.getByRole('button', { name: request['number'] }).click();
      const detail = page.locator('.detail');
      const saved = detail.locator('.action-form').getByRole('status');
      await expect(saved).toHaveText('');
      await detail.getByLabel('Sedang diproses').check();
      await detail.getByRole('button', { name: 'Simpan' }).click();
      await expect(saved).toHaveText('Tersimpan: Sedang diproses.');
      await expect(saved).toBeInViewport();
      await expect(detail).toContainText('langkah 2 dari 9');
      await expectNoViolations(page);
    });

    test('"Kabari lewat WhatsApp" opens wa.me with the number, the step and the status page, no other personal data, and the timeline records it', async ({
      page,
      context,
      baseURL,
    }) => {
      const { request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar', '0857-2210-9911');
      // This machine has no internet: WhatsApp's page is answered here, and what was opened is kept.
      const opened: URL[] = [];
      await context.route('https://wa.me/**', (route) => {
        opened.push(new URL(route.request().url()));
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>WhatsApp</title>' });
      });
      const toOurServer: string[] = [];
      page.on('request', (sent) => {
        if (sent.url().startsWith(baseURL!)) toOurServer.push(`${sent.url()} ${sent.postData() ?? ''}`);
      });
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await page.getByRole('button', { name: request['number'] }).click();
      const detail = page.locator('.detail');
      const link = detail.getByRole('link', { name: 'Kabari lewat WhatsApp' });
      await expect(link).toBeVisible();
      await expectNoViolations(page);

      const popup = page.waitForEvent('popup');
      await link.click();
      await (await popup).close();
      expect(opened).toHaveLength(1);
      const wa = opened[0]!;
      expect(wa.host).toBe('wa.me');
      expect(wa.pathname).toBe('/6285722109911');
      const text = wa.searchParams.get('text')!;
      expect(text).toContain(request['number']);
      expect(text).toContain('langkah 1 dari 9');
      expect(text).toContain('belum ada yang perlu Anda lakukan');
      expect(text).toContain(`${baseURL}/cek-status/?no=${request['number']}`);
      // The office's wording from its content file.
      expect(text).toMatch(/^Dinsos P3A Kab. Purwakarta: permohonan /);
      // No other personal data: not the name, not the phone, not the verifier.
      expect(text).not.toContain('Warga Uji');
      expect(text).not.toMatch(/0857|2210|9911/);

      await expect(detail.getByRole('status').filter({ hasText: 'diberitahu via WhatsApp' })).toBeVisible();
      await expect(detail.locator('.timeline')).toContainText('Diberitahu via WhatsApp');
      await expect(detail.locator('.timeline li').filter({ hasText: 'Diberitahu via WhatsApp' })).toContainText(
        E2E_STAFF[0].name,
      );
      // The phone went to WhatsApp only: nothing sent to our server carries it.
      expect(toOurServer.filter((line) => /0857|6285722109911|2210.?9911/.test(line))).toEqual([]);

      // Recorded once, as the petugas who pressed it.
      const pb = await staffClient(baseURL!, 'dinsos-p3a-purwakarta');
      const contacts = await pb
        .collection('request_contacts')
        .getFullList({ filter: pb.filter('request = {:id}', { id: request.id }) });
      expect(contacts.map((contact) => [contact['staff'], contact['channel']])).toEqual([
        [pb.authStore.record!.id, 'whatsapp'],
      ]);
      await expectNoViolations(page);
    });

    test(
      'a village and a complainant who chose WhatsApp are told by WhatsApp too: the number and step n of N, ' +
        'no other personal data, recorded as who sent it',
      async ({ page, context, baseURL }) => {
        test.setTimeout(60_000);
        const opened: URL[] = [];
        await context.route('https://wa.me/**', (route) => {
          opened.push(new URL(route.request().url()));
          return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>WhatsApp</title>' });
        });
        const proposalNumber = await verifiedProposal(baseURL!);
        const complaintNumber = await complaintByWhatsApp(baseURL!);
        await signInToWorkspace(page, KEPALA);
        const detail = page.locator('.detail');
        const tell = async () => {
          const popup = page.waitForEvent('popup');
          await detail.getByRole('link', { name: 'Kabari lewat WhatsApp' }).click();
          await (await popup).close();
          await expect(detail.locator('.timeline li').filter({ hasText: 'Diberitahu via WhatsApp' })).toContainText(
            KEPALA.name,
          );
          await expectNoViolations(page);
          return opened.at(-1)!;
        };

        await page.getByRole('button', { name: 'Usulan desa' }).click();
        await page.getByRole('button', { name: proposalNumber }).click();
        await expect(detail.getByRole('heading', { name: 'Kabari desa' })).toBeVisible();
        const toVillage = await tell();
        expect(toVillage.pathname).toBe('/6281277884321');
        const proposalText = toVillage.searchParams.get('text')!;
        expect(proposalText).toBe(
          `Dinsos P3A Kab. Purwakarta: usulan logistik ${proposalNumber} sekarang di langkah 2 dari 5 (Diverifikasi). ` +
            'Usulan sudah diverifikasi dan menunggu keputusan; belum ada yang perlu desa lakukan. Cek status: ' +
            `${baseURL}/cek-status/?no=${proposalNumber} (masukkan 4 angka terakhir nomor HP kontak usulan).`,
        );

        await page.getByRole('button', { name: 'Pengaduan' }).click();
        await page.getByRole('button', { name: complaintNumber }).click();
        await expect(detail.getByRole('heading', { name: 'Kabari pelapor' })).toBeVisible();
        const toComplainant = await tell();
        expect(toComplainant.pathname).toBe('/6285722119034');
        const complaintText = toComplainant.searchParams.get('text')!;
        expect(complaintText).toContain(complaintNumber);
        expect(complaintText).toContain('sekarang di langkah 1 dari 5 (Diterima)');
        expect(complaintText).toContain(`${baseURL}/cek-status/?no=${complaintNumber}`);
        for (const personal of ['Rini', 'Marlina', '0857', '9034', 'Rp50.000'])
          expect(complaintText).not.toContain(personal);
      },
    );

    test('request numbers in the work queue stay on one line', async ({ page, baseURL }) => {
      const { request } = await registerRequest(baseURL!, 'surat-keterangan-dtks');
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      const number = page.getByRole('button', { name: request['number'] });
      await expect(number).toBeVisible();
      await expectOnOneLine(number);
    });

    test('a table wider than the screen says it scrolls sideways; one that fits says nothing', async ({
      page,
      baseURL,
    }) => {
      await registerRequest(baseURL!, 'surat-keterangan-dtks');
      await signInToWorkspace(page, KEPALA);
      await page.getByRole('button', { name: 'Laporan' }).click();
      await page.getByRole('button', { name: 'Tampilkan laporan' }).click();
      const table = page.getByRole('region', { name: 'Laporan', exact: true });
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      const overflows = await table.evaluate((frame) => frame.scrollWidth > frame.clientWidth + 1);
      expect(overflows).toBe(size.name === 'ponsel');
      const hint = page
        .getByText('Tabel ini lebih lebar dari layar: geser ke samping untuk melihat semua kolom.')
        .first();
      if (overflows) {
        await expect(hint).toBeVisible();
        await expect(table).toHaveAccessibleDescription(/geser ke samping/);
      } else await expect(hint).toHaveCount(0);
      await expectNoViolations(page);
    });

    test('the queue uses the screen: cards with every value in view on a phone, the opened request beside the list on a laptop', async ({
      page,
      baseURL,
    }) => {
      const { request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar');
      await signInToWorkspace(page);
      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      const list = page.getByRole('region', { name: 'Antrean permohonan' });
      await expect(list.getByRole('button', { name: request['number'] })).toBeVisible();
      // Nothing clipped, no sideways scrolling: every cell lies inside the list.
      const clipped = await list.evaluate((frame) => {
        const box = frame.getBoundingClientRect();
        return [...frame.querySelectorAll('td')]
          .filter((cell) => cell.getBoundingClientRect().right > box.right + 1)
          .map((cell) => cell.textContent);
      });
      expect(clipped).toEqual([]);
      expect(await list.evaluate((frame) => frame.scrollWidth <= frame.clientWidth + 1)).toBe(true);
      await expect(page.getByText('geser ke samping')).toHaveCount(0);
      // Each value is named by its column, for eyes and for screen readers.
      const row = list.getByRole('row').filter({ hasText: request['number'] });
      await expect(row.getByRole('cell').nth(4)).toHaveAttribute('data-kolom', 'Batas waktu');
      await expect(list.getByRole('table')).toBeVisible();

      await list.getByRole('button', { name: request['number'] }).click();
      const detail = page.locator('.detail');
      await expect(detail.getByRole('heading', { name: new RegExp(request['number']) })).toBeFocused();
      const [listBox, detailBox] = [(await list.boundingBox())!, (await detail.boundingBox())!];
      if (size.name === 'ponsel') expect(detailBox.y).toBeGreaterThan(listBox.y + listBox.height - 1);
      else {
        // Side by side, both starting within the first screen.
        expect(detailBox.x).toBeGreaterThan(listBox.x + listBox.width - 1);
        expect(Math.max(listBox.y, detailBox.y)).toBeLessThan(768);
        await expect(list).toBeInViewport();
        await expect(detail).toBeInViewport();
      }
      await expectNoViolations(page);
    });

    test('every checkbox and radio on the staff and village forms sits beside its own label', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const { request } = await registerRequest(baseURL!, 'rujukan-ppks-terlantar');
      await page.goto('/petugas/');
      await waitForIslands(page);
      expect(await expectBoxesBesideLabels(page.locator('main'))).toBe(2);
      await signInToWorkspace(page);
      await page.getByLabel('Layanan', { exact: true }).selectOption({ label: 'Layanan Rujukan Bagi PPKS Terlantar' });
      const checklist = page.getByRole('group', { name: 'Persyaratan yang sudah diperiksa di loket' });
      await expect(checklist.getByRole('checkbox').first()).toBeVisible();
      expect(await expectBoxesBesideLabels(checklist)).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Antrean permohonan', exact: true }).click();
      await page.getByRole('button', { name: request['number'] }).click();
      await expect(page.locator('.detail').getByRole('radio').first()).toBeVisible();
      // The queue's "Hanya yang lewat waktu" filter and the request's next-step choices.
      await expect(page.getByLabel('Hanya yang lewat waktu')).toBeVisible();
      expect(await expectBoxesBesideLabels(page.locator('main'))).toBeGreaterThanOrEqual(2);

      await page.getByRole('button', { name: 'Pengaduan' }).click();
      await expect(page.getByLabel('Tampilkan juga yang sudah ditutup')).toBeVisible();
      expect(await expectBoxesBesideLabels(page.locator('main'))).toBeGreaterThanOrEqual(1);

      await signInAsOperator(page, { serviceWorker: false });
      await expect(page.getByLabel('Tanah longsor')).toBeVisible();
      expect(await expectBoxesBesideLabels(page.locator('main'))).toBeGreaterThanOrEqual(5);
    });
  });
}
