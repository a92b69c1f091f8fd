import { defineConfig } from 'vitest/config';

// Unit and store tests. PGlite instances are memory-hungry (~600 MB each), so files run on
// at most two workers; the browser suite has its own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
