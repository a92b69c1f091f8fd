// Writes the OpenAPI document the server publishes at /api/openapi.json to the file given as the
// first argument (for `npm run lint:api`): the real app, built over an in-memory database, never
// listening.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { buildApp } from '../src/http/app.js';
import { emptyTaxonomyIndex } from '../src/taxonomy/taxonomy-index.js';

const target = process.argv[2];
if (!target) throw new Error('usage: tsx scripts/openapi-document.ts <output.json>');
const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent-web-dir' }),
  db: handle.db,
  engine: handle.engine,
  now: () => new Date(),
  taxonomy: emptyTaxonomyIndex,
});
await app.ready();
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(app.swagger(), null, 2) + '\n');
await app.close();
await handle.close();
