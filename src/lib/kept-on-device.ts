// Small things a page keeps on the device as JSON (localStorage): a status last looked up, figures
// last fetched, one's own answers. With storage full or disabled nothing is kept and the page goes on.

export function readKept<T>(key: string): T | undefined {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

export function keep(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Shown or sent all the same, only not kept.
  }
}

/** No longer kept (what it was for is done). */
export function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
