// How every test, benchmark and release step launches Chromium: Debian's package (or
// CHROMIUM_PATH), quiet on a closed network.

/** Launch options for Playwright's `chromium.launch` and vitest's browser provider. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
