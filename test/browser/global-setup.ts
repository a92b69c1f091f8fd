import fs from 'node:fs/promises';
import path from 'node:path';
import { bundleCli, cliBundleVariable } from '../support/cli-bundle';
import { testCacheFolder } from '../support/input-digest';
import { chromiumEndpointVariable, launchSharedChromium } from './chromium';
import { startPasserelle } from './passerelle-server';

/**
 * Once per browser run: the CLI bundled once (servers then start with plain node instead of
 * compiling every source through tsx), one real server for every test file (starting one imports
 * ESCO, the slow part; files find it through PASSERELLE_URL), and one Chromium they connect to.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const bundle = path.join(testCacheFolder, `cli-browser-${process.pid}.mjs`);
  await bundleCli(bundle);
  process.env[cliBundleVariable] = bundle;
  const [server, browser] = await Promise.all([
    process.env.PASSERELLE_URL ? undefined : startPasserelle(),
    launchSharedChromium(),
  ]);
  if (server) process.env.PASSERELLE_URL = server.url;
  process.env[chromiumEndpointVariable] = browser.endpoint;
  return async () => {
    delete process.env[chromiumEndpointVariable];
    await browser.close();
    if (server) {
      delete process.env.PASSERELLE_URL;
      await server.stop();
    }
    delete process.env[cliBundleVariable];
    await fs.rm(bundle, { force: true });
  };
}
