import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

/** Headless Debian Chromium (`CHROMIUM_PATH`), quiet on a closed network, for the benchmarks. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
