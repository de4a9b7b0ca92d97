// Nothing scrolls sideways on a 360 px phone (issue 29, item 9): every page of the site, and the
// status result with the service's delivery point (its website address was the widest cell).
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
const overflow = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('no page of the site is wider than a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const path of sitePages()) {
    // Loaded, with the islands that hydrate at once; those that wait to be scrolled to reserve their space.
    await page.goto(path, { waitUntil: 'networkidle' });
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
