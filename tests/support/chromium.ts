// How the tests and benches start Debian's Chromium: no sandbox (root in a container), no GPU, and
// none of the browser's own background traffic or updates, which would add noise to what is measured.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
