import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { devices, expect, type Locator } from '@playwright/test';

/**
 * A phone screen's pixel density (Pixel 7's). The e2e phone draws one device pixel per CSS pixel
 * (playwright.config.ts); a spec that reads QR codes from the screen uses this: `test.use(PHONE_SCREEN_DENSITY)`.
 */
export const PHONE_SCREEN_DENSITY = { deviceScaleFactor: devices['Pixel 7'].deviceScaleFactor };

/** Decodes the QR code shown in an element, from a screenshot, as a phone camera would read it. */
export async function decodeQr(element: Locator): Promise<string | undefined> {
  const density = await element.page().evaluate(() => window.devicePixelRatio);
  expect(density, "a QR code is read at a phone screen's density: test.use(PHONE_SCREEN_DENSITY)").toBe(
    PHONE_SCREEN_DENSITY.deviceScaleFactor,
  );
  const image = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
