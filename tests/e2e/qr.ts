import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

/** Decodes the QR code shown in an element, from a screenshot, as a phone camera would read it. */
export async function decodeQr(element: Locator): Promise<string | undefined> {
  const image = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
