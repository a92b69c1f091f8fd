import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian Chromium driven by playwright-core against a real server.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    // Files share the worker's module cache (playwright and the helpers are imported once).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // A race must fail, never pass on a second try: no retries.
    retry: 0,
    expect: {
      // expect.poll gives up after 1 s by default: too short for a server round trip on a loaded
      // machine. 15 s is the pages' own default timeout (test/browser/browser-page.ts).
      poll: { timeout: 15_000 },
    },
  },
});
