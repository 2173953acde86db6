/**
 * A Chromium driven by playwright-core, with the flags this sandboxed machine needs: Debian's
 * Chromium by default, or the browser at CHROMIUM_PATH (CI sets it to the runner's Google Chrome).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** An empty CHROMIUM_PATH (e.g. `$(command -v google-chrome)` finding nothing) means the default. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}
