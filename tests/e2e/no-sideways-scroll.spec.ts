// Nothing scrolls sideways on a 360 px phone (issue 29, item 9): every page of the site, and the
// status result with the service's delivery point (its website address was the widest cell).
import type { Page, Request } from '@playwright/test';
import {
  SMALL_PHONE_AND_LAPTOP,
  expect,
  expectNoViolations,
  lookUpStatus,
  registerRequest,
  sitePages,
  test,
} from './fixtures';

/** How far the page reaches beyond the screen's width, in CSS pixels (0 when it does not). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** How long no request may be in flight before a page counts as settled. */
const QUIET_MS = 100;

/**
 * Waits, after each navigation of `page`, until it has settled: every island that hydrates without being
 * scrolled to has hydrated (those that wait to be scrolled to reserve their space) and no request has been
 * in flight for QUIET_MS, so what the islands fetched is on the page. Playwright's "networkidle" waits for
 * the same with 500 ms of quiet, about 0.45 s of a page's 0.6 s here: an island asks for its data as it
 * hydrates, within about 60 ms of the page's load event.
 */
function settling(page: Page): () => Promise<void> {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const started = (request: Request) => {
    inFlight.add(request);
    lastChange = Date.now();
  };
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return async () => {
    await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
    await expect
      .poll(() => inFlight.size === 0 && Date.now() - lastChange >= QUIET_MS, { intervals: [QUIET_MS / 4] })
      .toBe(true);
  };
}

test('no page of the site is wider than a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  test.setTimeout(180_000);
  const settled = settling(page);
  const wide: string[] = [];
  for (const path of sitePages()) {
    await page.goto(path);
    await settled();
    const extra = await overflow(page);
    if (extra > 0) wide.push(`${path}: ${extra} px`);
  }
  expect(wide).toEqual([]);
});

for (const size of SMALL_PHONE_AND_LAPTOP) {
  test.describe(size.name, () => {
    test.use(size.use);

    test('the status result with its delivery point fits the screen', async ({ page, baseURL }) => {
      const { request } = await registerRequest(baseURL!, 'surat-keterangan-dtks', '0812-3456-7890');
      await lookUpStatus(page, request['number'], '7890');
      const result = page.locator('.status-result');
      await expect(result).toContainText('siyansos.purwakartakab.go.id');
      expect(await overflow(page)).toBe(0);
      await expectNoViolations(page);
    });
  });
}
