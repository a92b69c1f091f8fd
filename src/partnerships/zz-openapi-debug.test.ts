import { it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { buildApp } from '../http/app.js';
import { emptyTaxonomyIndex } from '../taxonomy/taxonomy-index.js';
it('debug', async () => {
  const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIR: '/nonexistent' }), db: handle.db, engine: 'pglite', now: () => new Date(), taxonomy: emptyTaxonomyIndex });
  await app.ready();
  try { app.swagger(); } catch (e) { console.log('ERR', (e as Error).message.slice(0, 2000)); }
});
