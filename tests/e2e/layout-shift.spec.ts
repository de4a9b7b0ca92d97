// Pages whose island fetches what it shows, or is drawn only in the browser, keep their layout when
// it comes (issue 30: /kinerja/ moved by 0.377 when its figures arrived after the first paint). The
// answer (or the island's script) is held until the page has loaded and painted, so it always comes
// late, as on a slow phone, and every layout shift the browser reports is added up (CLS). CLS counts
// only what moves on the screen: the boards of figures are also held to one document height and one
// box for their island whatever they show — loading, arrived, the copy kept from a previous visit,
// the server out of reach — since a reader scrolled down sees below the first screen (/kinerja/ was 24 px
// shorter at 360 px once its figures came).
import type { Locator, Page } from '@playwright/test';
import { E2E_STAFF } from '../support/e2e-accounts.ts';
import { KECAMATAN_GEOJSON_PATH } from '../../src/lib/paths.ts';
import { EXAMPLE_NUMBER } from '../../src/domain/request-number.ts';
import { sendComplaint } from '../support/complaint-form.ts';
import { camatRelease } from '../support/stock-release.ts';
import { e2eVillageHouseholds } from '../support/household-form.ts';
import { expect, ratedRequest, signedInStaff, SMALL_PHONE_AND_LAPTOP, test } from './fixtures';
import { FIGURE_ROOMS } from '../../src/lib/figure-rooms.ts';
import { BOARD_FIGURES_NAMES, statusRoom } from '../../src/lib/figures-status.ts';
import type { RoomKind } from '../../src/lib/room.ts';
import { MAX_STOCK_QUANTITY } from '../../src/domain/stock.ts';
import type { PublicStockFigures } from '../../src/domain/stock-reports.ts';
import type { PublicHouseholdFigures } from '../../src/domain/household-public-figures.ts';

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

/** The document's height and the island's box, in CSS pixels from the top of the page. */
const sizes = (island: Locator) =>
  island.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { document: document.documentElement.scrollHeight, top: box.top + scrollY, height: box.height };
  });

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
  return (await answeredLate(page, path, route, waiting, arrived)).shift;
}

/** Holds the answers of `route` until the function it gives is called. */
async function holdAnswers(page: Page, route: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(route, async (held) => {
    await released;
    await held.continue();
  });
  return release;
}

/** What shiftWhenAnswered gives, and the sizes of `island` (if given) while it waits and once answered. */
async function answeredLate(
  page: Page,
  path: string,
  route: string,
  waiting: () => Promise<void>,
  arrived: () => Promise<void>,
  island?: Locator,
) {
  await page.addInitScript(LAYOUT_SHIFTS);
  const release = await holdAnswers(page, route);
  await page.goto(path);
  await nextFrames(page);
  await waiting();
  const whileWaiting = island && (await sizes(island));
  release();
  await arrived();
  await nextFrames(page);
  return {
    shift: await page.evaluate(() => (window as unknown as { layoutShifts: { total: number } }).layoutShifts.total),
    whileWaiting,
    answered: island && (await sizes(island)),
  };
}

/**
 * A board of live figures at `path` (its island `island`, its figures from `route`) opened late-answered
 * as answeredLate does, then again: with the copy kept on the device and the server out of reach, with
 * the copy while the server's answer is held and once it came, and with neither copy nor server, and (given
 * `widest`, which makes the server's answer as wide as it can be) with the widest figures. Gives the CLS of
 * the first opening and the sizes (sizes) in each state, by name, to compare.
 */
async function sizesInEveryState(
  page: Page,
  path: string,
  route: string,
  island: Locator,
  waiting: () => Promise<void>,
  arrived: () => Promise<void>,
  widest?: (figures: never, page: Page) => Promise<unknown>,
) {
  const first = await answeredLate(page, path, route, waiting, arrived, island);
  const shown = { loading: first.whileWaiting, arrived: first.answered } as Record<
    string,
    Awaited<ReturnType<typeof sizes>>
  >;
  await page.unroute(route);
  await page.route(route, (refused) => refused.abort('internetdisconnected'));
  await page.goto(path);
  await expect(island).toContainText('yang tersimpan di perangkat ini');
  shown['kept, server out of reach'] = await sizes(island);
  await page.unroute(route);
  const release = await holdAnswers(page, route);
  await page.goto(path);
  await expect(island).toContainText('diambil pada');
  shown['kept, answer held'] = await sizes(island);
  const answer = page.waitForResponse(route);
  release();
  await answer;
  await nextFrames(page);
  shown['kept, then answered'] = await sizes(island);
  await page.unroute(route);
  await page.evaluate(() => localStorage.clear());
  await page.route(route, (refused) => refused.abort('internetdisconnected'));
  await page.goto(path);
  await expect(island).toContainText('tidak dapat dimuat');
  shown['none kept, server out of reach'] = await sizes(island);
  if (widest) {
    await page.unroute(route);
    await page.route(route, async (answered) => {
      const response = await answered.fetch();
      await answered.fulfill({ response, json: await widest((await response.json()) as never, page) });
    });
    await page.goto(path);
    await expect(island).toContainText('diambil pada');
    shown['arrived, every figure as wide as it can be'] = await sizes(island);
  }
  return { shift: first.shift, shown };
}

/** Every state's sizes as the loading one's, by name (a failure names the state that differs). */
const sameAsLoading = (shown: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(shown).map((state) => [state, shown['loading']]));

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

    test('/kinerja/ does not move nor change height when its figures load, arrive, come from the device or cannot', async ({
      page,
      baseURL,
    }) => {
      for (let rated = 0; rated < 6; rated++)
        await ratedRequest(
          baseURL!,
          RATED_SERVICE,
          `0812-5555-71${rated}${viewport.name.length % 10}`,
          3 + (rated % 2),
        );
      const board = page.locator('.performance');
      const { shift, shown } = await sizesInEveryState(
        page,
        '/kinerja/',
        '**/api/data/kinerja**',
        board,
        () => expect(board).toContainText('Memuat data kinerja…'),
        async () => {
          await expect(board).toContainText('Data diambil pada');
          const rated = board.locator(`[data-layanan="${RATED_SERVICE}"]`);
          await expect(rated).toContainText(/\d+ responden/);
          await expect(rated).not.toContainText('Responden belum cukup');
        },
      );
      expect(shift).toBe(0);
      expect(shown).toEqual(sameAsLoading(shown));
    });

    test('/kinerja/logistik/ does not move nor change height when its stock figures load, arrive, come from the device or cannot', async ({
      page,
      baseURL,
    }) => {
      await camatRelease(baseURL!);
      const figures = page.locator('.stock-figures');
      const { shift, shown } = await sizesInEveryState(
        page,
        '/kinerja/logistik/',
        '**/api/data/logistik**',
        figures,
        () => expect(figures).toContainText('Memuat angka stok…'),
        () => expect(figures).toContainText('Angka diambil pada'),
        async (answer: PublicStockFigures, shownPage) => {
          // Every item of the catalogue in every warehouse at the largest quantity, released every month.
          const items = await shownPage
            .locator('.stock-figures tr[data-barang]')
            .evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-barang')!))]);
          const months = await shownPage
            .locator('.stock-figures tr[data-bulan]')
            .evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-bulan')!))]);
          const widestItems = items.map((item) => ({ item, quantity: MAX_STOCK_QUANTITY - 0.01 }));
          return {
            ...answer,
            warehouses: answer.warehouses.map((warehouse) => ({
              ...warehouse,
              stock: [{ ...warehouse.stock[0], items: widestItems }],
              releases: months.map((month) => ({ month, bastCount: 9999, items: widestItems })),
            })),
          };
        },
      );
      expect(shift).toBe(0);
      expect(shown).toEqual(sameAsLoading(shown));
    });

    test('/kinerja/dtsen/ does not move nor change height when its figures load, arrive, come from the device or cannot', async ({
      page,
      baseURL,
    }) => {
      await e2eVillageHouseholds(baseURL!, 3);
      const figures = page.locator('.household-figures');
      const { shift, shown } = await sizesInEveryState(
        page,
        '/kinerja/dtsen/',
        '**/api/data/dtsen**',
        figures,
        () => expect(figures).toContainText('Memuat angka usulan DTSEN…'),
        async () => {
          await expect(figures).toContainText('Angka diambil pada');
          await expect(figures.locator('[data-angka="diterima"] td').first()).toHaveText(/^\d+$/);
        },
        // Six digits in every count, and a median of four.
        async (answer: PublicHouseholdFigures) => ({
          ...answer,
          offices: answer.offices.map((office) => ({
            ...office,
            received: 999_999,
            stages: office.stages.map((stage) => ({ ...stage, count: 999_999 })),
            entered: 999_999,
            notEntered: 999_999,
            returned: 999_999,
            medianDaysToResult: 9999,
          })),
        }),
      );
      expect(shift).toBe(0);
      expect(shown).toEqual(sameAsLoading(shown));
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

    test('/petugas/ does not move when its sign-in form is drawn', async ({ page }) => {
      const shift = await shiftWhenAnswered(
        page,
        '/petugas/',
        '**/_astro/StaffWorkspace*.js',
        () => expect(page.getByText('Memuat ruang kerja…')).toBeVisible(),
        () => expect(page.getByLabel('Kata sandi')).toBeVisible(),
      );
      expect(shift).toBe(0);
    });

    test('/peta/ does not move when its map cannot be drawn', async ({ page }) => {
      // The map loads once in view; its kecamatan are held until the page has painted it loading, then
      // refused, so it says it cannot be drawn.
      let refuse: () => void = () => undefined;
      const refused = new Promise<void>((resolve) => {
        refuse = resolve;
      });
      await page.route(`**${KECAMATAN_GEOJSON_PATH}`, async (held) => {
        await refused;
        await held.abort('internetdisconnected');
      });
      await page.addInitScript(LAYOUT_SHIFTS);
      await page.goto('/peta/');
      const island = page.locator('.map-block').first();
      await page.locator('.map-frame').first().scrollIntoViewIfNeeded();
      await expect(island.getByText('Memuat peta…')).toBeVisible();
      await nextFrames(page);
      const loading = await sizes(island);
      refuse();
      await expect(island.getByText('Peta tidak dapat dimuat')).toBeVisible();
      await nextFrames(page);
      expect(await sizes(island)).toEqual(loading);
      expect(
        await page.evaluate(() => (window as unknown as { layoutShifts: { total: number } }).layoutShifts.total),
      ).toBe(0);
    });

    test('/cari/ does not move when it reads the kabupaten remembered on the device', async ({ page }) => {
      await page.goto('/kabupaten/banjarnegara/');
      const search = page.locator('.site-search');
      let loading: Awaited<ReturnType<typeof sizes>> | undefined;
      const shift = await shiftWhenAnswered(
        page,
        '/cari/',
        '**/_astro/SiteSearch*.js',
        async () => {
          loading = await sizes(search);
        },
        () => expect(search).toContainText('Layanan Kabupaten Banjarnegara ditampilkan lebih dulu.'),
      );
      expect(shift).toBe(0);
      expect(await sizes(search)).toEqual(loading);
      // The room is kept by CSS alone, no text of its own: the field is described by the hint alone.
      await expect(page.getByRole('searchbox')).toHaveAccessibleDescription(
        'Ketik kebutuhan Anda, misalnya "KTP", "bansos", "bencana" atau "anak terlantar". Layanan Kabupaten Banjarnegara ditampilkan lebih dulu.',
      );
    });

    test('/cek-status/ opened from a receipt’s link does not move when the number is filled in', async ({ page }) => {
      const lookup = page.locator('.lookup-form');
      let loading: Awaited<ReturnType<typeof sizes>> | undefined;
      const shift = await shiftWhenAnswered(
        page,
        `/cek-status/?no=${EXAMPLE_NUMBER}`,
        '**/_astro/StatusLookup*.js',
        async () => {
          loading = await sizes(lookup);
        },
        () => expect(page.getByLabel('Nomor permohonan atau pengaduan')).toHaveValue(EXAMPLE_NUMBER),
      );
      expect(shift).toBe(0);
      expect(await sizes(lookup)).toEqual(loading);
      await expect(page.locator('#nomor-verifikasi')).toBeFocused();
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

/**
 * The rooms worked out at build time (src/lib/room.ts) hold every text their box can show, not only the
 * ones the states above happen to show (a count of four digits, the widest date, every label): at each
 * width from a small phone to a laptop, a copy of the first box of each kind, beside it, keeps the box's
 * height with each text in it.
 */
test('the live boards keep, at every width, the room of every text each box can show', async ({ page }) => {
  const boards: [string, string, RoomKind[]][] = [
    ['/kinerja/', '**/api/data/kinerja**', [...FIGURE_ROOMS, statusRoom(BOARD_FIGURES_NAMES.performance)]],
    ['/kinerja/logistik/', '**/api/data/logistik**', [statusRoom(BOARD_FIGURES_NAMES.stock)]],
    ['/kinerja/dtsen/', '**/api/data/dtsen**', [statusRoom(BOARD_FIGURES_NAMES.households)]],
  ];
  for (const [path, route, kinds] of boards) {
    await page.route(route, (held) => held.abort('internetdisconnected'));
    await page.goto(path);
    await expect(page.getByRole('status')).toContainText('tidak dapat dimuat');
    for (const width of [320, 360, 412, 480, 600, 768, 1024, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      const heights = await page.evaluate(
        (rooms) =>
          rooms.map(({ name, texts }) => {
            const box = document.querySelector(`.room-${name}`)!;
            const copy = box.cloneNode(true) as Element;
            box.after(copy);
            const held = texts.map((text) => {
              copy.firstElementChild!.textContent = text;
              return copy.getBoundingClientRect().height;
            });
            copy.remove();
            return { name, reserved: box.getBoundingClientRect().height, held };
          }),
        kinds.map(({ name, texts }) => ({ name, texts })),
      );
      const kept = heights.map(({ name, reserved, held }) => ({ name, reserved, held: held.map(() => reserved) }));
      expect(heights, `${path} at ${width} px`).toEqual(kept);
    }
  }
});
