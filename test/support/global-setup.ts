import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  createPostgresTemplate,
  templateVariables,
  writePgliteTemplate,
  onServer,
} from './database-templates.js';
import { bundleCli, cliBundleVariable } from './cli-bundle.js';
import { postgresDemoDatabases } from './demo-templates.js';
import { testCacheFolder } from './input-digest.js';

/**
 * Once per test run (vitest `globalSetup`): one migrated database per engine for the files to
 * clone (test/support/database.ts), removed at the end with the demo copies the files made from
 * it (test/support/demo-templates.ts). Test processes inherit the variables.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'passerelle-test-templates-'));
  const pgliteFile = path.join(folder, 'pglite-migrated.tar');
  const baseUrl = process.env.TEST_DATABASE_URL;
  // Inside the checkout, so that the bundle's packages resolve from node_modules.
  const cliBundle = path.join(testCacheFolder, `cli-${path.basename(folder)}.mjs`);
  const [, postgres] = await Promise.all([
    writePgliteTemplate(pgliteFile),
    baseUrl ? createPostgresTemplate(baseUrl) : undefined,
    bundleCli(cliBundle),
  ]);
  process.env[templateVariables.pglite] = pgliteFile;
  process.env[cliBundleVariable] = cliBundle;
  if (postgres) process.env[templateVariables.postgres] = postgres.name;
  return async () => {
    delete process.env[templateVariables.pglite];
    delete process.env[templateVariables.postgres];
    delete process.env[cliBundleVariable];
    await fs.rm(cliBundle, { force: true });
    if (postgres && baseUrl)
      for (const demo of postgresDemoDatabases(postgres.name))
        await onServer(baseUrl, `DROP DATABASE IF EXISTS ${demo} WITH (FORCE)`);
    await postgres?.drop();
    await fs.rm(folder, { recursive: true, force: true });
  };
}
