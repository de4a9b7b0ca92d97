// The kabupaten a resident chose, remembered on the device as the path of its home page
// (/kabupaten/<slug>/): read by search, written when a kabupaten's page is opened.
const STORAGE_KEY = 'kabupaten-saya';
const KABUPATEN_HOME = /^\/kabupaten\/[a-z0-9-]+\/$/;

export function rememberedKabupatenHome(): string | undefined {
  try {
    const home = localStorage.getItem(STORAGE_KEY);
    return home && KABUPATEN_HOME.test(home) ? home : undefined;
  } catch {
    return undefined;
  }
}

export function rememberKabupatenHome(home: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, home);
  } catch {
    // Storage is off: the choice is simply asked again next time.
  }
}
