// Pages whose island fetches what it shows, or is drawn only in the browser, keep their layout when
// it comes (issue 30: /kinerja/ moved by 0.377 when its figures arrived after the first paint). The
// answer (or the island's script) is held until the page has loaded and painted, so it always comes
// late, as on a slow phone, and every layout shift the browser reports is added up (CLS).
import type { Page } from '@playwright/test';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { sendComplaint } from '../support/complaint-form.ts';
import { camatRelease } from '../support/stock-release.ts';
import { e2eVillageHouseholds } from '../support/household-form.ts';
import { expect, ratedRequest, signedInStaff, SMALL_PHONE_AND_LAPTOP, test } from './fixtures';

/**
 * A service the board shows with a disclosed satisfaction index: six requests finished and rated with
 * their numbers a test, a service no other end-to-end test finishes (its users are these alone).
 */
const RATED_SERVICE = 'pengusulan-pbi-apbd';

/** Sums the layout shifts of the page not caused by input. Runs in the page before its scripts. */
const LAYOUT_SHIFTS = () => {
  const seen = { total: 0 };
  Object.assign(window, { layoutShifts: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) seen.total += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * Opens `path` with the answers of `route` held until the page has painted while it waits
 * (`waiting`), lets them through, waits for what they show (`arrived`) and gives the sum of the
 * layout shifts.
 */
async function shiftWhenAnswered(
  page: Page,
  path: string,
  route: string,
  waiting: () => Promise<void>,
  arrived: () => Promise<void>,
): Promise<number> {
  await page.addInitScript(LAYOUT_SHIFTS);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(route, async (held) => {
    await released;
    await held.continue();
  });
  await page.goto(path);
  await nextFrames(page);
  await waiting();
  release();
  await arrived();
  await nextFrames(page);
  return page.evaluate(() => (window as unknown as { layoutShifts: { total: number } }).layoutShifts.total);
}

/** A question sent through the public route, answered and published by the office. */
async function publishedAnswer(baseURL: string): Promise<string> {
  const sent = await sendComplaint(baseURL, {
    fields: {
      kind: 'konsultasi',
      description: 'Berapa lama surat keterangan DTKS berlaku?',
      reply_channel: 'halaman-status',
    },
  });
  expect(sent.status).toBe(200);
  const pb = await signedInStaff(baseURL, E2E_STAFF[0].email);
  const complaint = await pb
    .collection('complaints')
    .getFirstListItem(pb.filter('number = {:number}', { number: sent.body.number }));
  const act = (fields: Record<string, unknown>) =>
    pb.collection('complaint_events').create({ complaint: complaint.id, staff: pb.authStore.record!.id, ...fields });
  await act({ status: 'diverifikasi' });
  const answer = `Surat keterangan berlaku selama data Anda tidak berubah (${sent.key.slice(0, 8)}).`;
  await act({ status: 'dijawab', public_note: answer, publish_answer: true });
  return answer;
}

for (const viewport of SMALL_PHONE_AND_LAPTOP)
  test.describe(viewport.name, () => {
    test.use(viewport.use);

    test('/kinerja/ does not move when its figures arrive', async ({ page, baseURL }) => {
      for (let rated = 0; rated < 6; rated++)
        await ratedRequest(
          baseURL!,
          RATED_SERVICE,
          `0812-5555-71${rated}${viewport.name.length % 10}`,
          3 + (rated % 2),
        );
      const board = page.locator('.performance');
      const shift = await shiftWhenAnswered(
        page,
        '/kinerja/',
        '**/api/data/kinerja**',
        () => expect(board).toContainText('Memuat data kinerja…'),
        async () => {
          await expect(board).toContainText('Data diambil pada');
          const rated = board.locator(`[data-layanan="${RATED_SERVICE}"]`);
          await expect(rated).toContainText(/\d+ responden/);
          await expect(rated).not.toContainText('Responden belum cukup');
        },
      );
      expect(shift).toBe(0);
    });

    test('/kinerja/logistik/ does not move when its stock figures arrive', async ({ page, baseURL }) => {
      await camatRelease(baseURL!);
      const figures = page.locator('.stock-figures');
      const shift = await shiftWhenAnswered(
        page,
        '/kinerja/logistik/',
        '**/api/data/logistik**',
        () => expect(figures).toContainText('Memuat angka stok…'),
        () => expect(figures).toContainText('Angka diambil pada'),
      );
      expect(shift).toBe(0);
    });

    test('/kinerja/dtsen/ does not move when its figures arrive', async ({ page, baseURL }) => {
      await e2eVillageHouseholds(baseURL!, 3);
      const figures = page.locator('.household-figures');
      const shift = await shiftWhenAnswered(
        page,
        '/kinerja/dtsen/',
        '**/api/data/dtsen**',
        () => expect(figures).toContainText('Memuat angka usulan DTSEN…'),
        async () => {
          await expect(figures).toContainText('Angka diambil pada');
          await expect(figures.locator('[data-angka="diterima"] td').first()).toHaveText(/^\d+$/);
        },
      );
      expect(shift).toBe(0);
    });

    test('/pengaduan/ does not move when its form is drawn', async ({ page }) => {
      const shift = await shiftWhenAnswered(
        page,
        '/pengaduan/',
        '**/_astro/ComplaintApp*.js',
        () => expect(page.getByText('Memuat formulir…')).toBeVisible(),
        () => expect(page.locator('.island-frame').getByText('Langkah 1 dari')).toBeVisible(),
      );
      expect(shift).toBe(0);
    });

    test('/pengaduan/jawaban/ does not move when its answers arrive', async ({ page, baseURL }) => {
      const answer = await publishedAnswer(baseURL!);
      const main = page.locator('main');
      const shift = await shiftWhenAnswered(
        page,
        '/pengaduan/jawaban/',
        '**/api/pengaduan/terbuka**',
        () => expect(main).toContainText('Memuat jawaban…'),
        () => expect(page.locator('.answer-list')).toContainText(answer),
      );
      expect(shift).toBe(0);
    });
  });
