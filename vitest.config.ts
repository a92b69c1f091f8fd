import { defineConfig } from 'vitest/config';
import { testPasswordHashEnv } from './test/support/password-cost.js';

// Unit and store tests. PGlite instances are memory-hungry (~600 MB each), so files run on
// at most two workers; the browser suite has its own config. The global set-up migrates one
// database per engine that each file clones; argon2 runs at a test cost (see CONTRIBUTING.md).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    env: testPasswordHashEnv,
    pool: 'forks',
    maxWorkers: 2,
    // Files share their worker's module cache: each worker imports the app once, not once per
    // file (docs/performance.md, "The test gate"). Tests therefore keep no state in modules they
    // do not reset, and observe routes through buildTestApp rather than by mocking fastify.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
