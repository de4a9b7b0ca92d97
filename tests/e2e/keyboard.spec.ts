import { expect, test, waitForIslands } from './fixtures';

test('a keyboard user can skip to content, open a service and tick a requirement', async ({ page }) => {
  await page.goto('/kabupaten/purwakarta/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Langsung ke isi' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab through the page to the first service card and open it.
  const firstService = page.locator('#sering-judul + ul a').first();
  const target = await firstService.getAttribute('href');
  for (
    let presses = 0;
    presses < 10 && !(await firstService.evaluate((element) => element === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(firstService).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await waitForIslands(page);

  const firstCheckbox = page.locator('#persyaratan input[type="checkbox"]').first();
  await firstCheckbox.focus();
  await page.keyboard.press('Space');
  await expect(firstCheckbox).toBeChecked();
});

test('focus is always visible', async ({ page }) => {
  await page.goto('/layanan/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { outline: style.outlineStyle, shadow: style.boxShadow, background: style.backgroundColor };
  });
  expect(outline.outline !== 'none' || outline.shadow !== 'none').toBe(true);
});
