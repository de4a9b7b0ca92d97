// Small things a page keeps on the device as JSON (localStorage): a status last looked up, figures
// last fetched, one's own answers — or, kept for this tab only (sessionStorage), what must outlive a
// reload and nothing longer. With storage full or disabled nothing is kept and the page goes on.

/** Where it is kept: on the device, or in this tab until it closes. */
export type KeptIn = 'localStorage' | 'sessionStorage';

export function readKept<T>(key: string, keptIn: KeptIn = 'localStorage'): T | undefined {
  try {
    return JSON.parse(window[keptIn].getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

export function keep(key: string, value: unknown, keptIn: KeptIn = 'localStorage'): void {
  try {
    window[keptIn].setItem(key, JSON.stringify(value));
  } catch {
    // Shown or sent all the same, only not kept.
  }
}

/** No longer kept (what it was for is done). */
export function forget(key: string, keptIn: KeptIn = 'localStorage'): void {
  try {
    window[keptIn].removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
