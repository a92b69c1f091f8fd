import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const quietArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Where Chromium comes from: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` when
 * installed, else the binary shipped inside the `@sparticuz/chromium` npm package (unpacked to a
 * temporary folder), so that `npm install && npm test` needs no system package.
 * `CHROMIUM_SOURCE=npm` skips Debian's, so CI keeps both paths green.
 */
async function chromiumExecutable(): Promise<{ executablePath: string; args: string[] }> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return { executablePath: configured, args: quietArgs };
  const debian = '/usr/bin/chromium';
  if (process.env.CHROMIUM_SOURCE !== 'npm' && existsSync(debian)) {
    return { executablePath: debian, args: quietArgs };
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  // Its own launch flags target AWS Lambda (single process, web security off): not ours.
  return { executablePath: await packaged.executablePath(), args: quietArgs };
}

/**
 * `BROWSER_CPU_THROTTLE=4` (off by default) slows every page's CPU fourfold through the DevTools
 * protocol, as a slow phone or a loaded CI machine would: races between a test's reads and the
 * data they depend on show up far more often. Only for hunting flaky tests, never in CI.
 */
function cpuThrottleRate(): number {
  const rate = Number(process.env.BROWSER_CPU_THROTTLE ?? '1');
  return Number.isFinite(rate) && rate > 1 ? rate : 1;
}

async function throttle(context: BrowserContext, page: Page, rate: number): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Where the run's shared Chromium listens (set by the global set-up, test/browser/global-setup.ts). */
export const chromiumEndpointVariable = 'PASSERELLE_TEST_CHROMIUM_WS';

/**
 * Starts the run's one Chromium (vitest `globalSetup`): every test file connects to it instead of
 * launching its own, which costs about a second each. Files still get fresh contexts (cookies,
 * storage), and close them by closing their connection.
 */
export async function launchSharedChromium(): Promise<{
  endpoint: string;
  close: () => Promise<void>;
}> {
  const server = await chromium.launchServer(await chromiumExecutable());
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

/**
 * Headless Chromium with nothing phoning home (every page CPU-throttled if asked, see above): a
 * connection to the run's shared browser when there is one, otherwise a browser of its own.
 * Closing it closes the contexts it made.
 */
export async function launchChromium(): Promise<Browser> {
  const endpoint = process.env[chromiumEndpointVariable];
  const browser = endpoint
    ? await chromium.connect(endpoint)
    : await chromium.launch(await chromiumExecutable());
  const rate = cpuThrottleRate();
  if (rate > 1) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      // A page closed before the session opened needs no throttling.
      context.on('page', (page) => void throttle(context, page, rate).catch(() => {}));
      return context;
    };
  }
  return browser;
}

/** Saves a full-page screenshot to test-results/<test name>.png (for failed tests). */
export async function screenshot(page: Page | undefined, testName: string): Promise<void> {
  if (!page || page.isClosed()) return;
  const dir = path.resolve(import.meta.dirname, '..', '..', 'test-results');
  await fs.mkdir(dir, { recursive: true });
  const file = testName.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await page.screenshot({ path: path.join(dir, `${file}.png`), fullPage: true }).catch(() => {});
}
