/**
 * A built site served locally and a Chromium to visit it, for the tests of one `describe`:
 * started before them, stopped after. The block is skipped where Chromium is missing, except
 * in CI, where a missing browser must fail.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { hasChromium, launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

export const describeInBrowser = hasChromium() || process.env.CI === 'true' ? describe : describe.skip;

export interface SiteInBrowser {
  browser: Browser;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
}

/** Call inside the `describe`: the returned object is filled before the first test. */
export function siteInBrowser(outDir: () => string): SiteInBrowser {
  const handle = {} as SiteInBrowser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveStatic(outDir());
    close = server.close;
    handle.origin = server.origin;
    handle.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await close?.();
  });
  return handle;
}
