import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import argon2 from 'argon2';
import { openDatabase } from './src/db/database.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
async function t(label: string, f: () => Promise<unknown>) {
  const c = cpu(), w = Date.now(); const r = await f();
  console.log(label, 'cpu', (cpu() - c).toFixed(2), 'wall', ((Date.now() - w) / 1000).toFixed(2)); return r;
}
await t('pglite.create', () => PGlite.create({ extensions: { pg_trgm } }));
const h: any = await t('openDatabase(pglite, migrate)', () => openDatabase({ kind: 'pglite', dataDir: undefined }));
const dump: any = await t('dumpDataDir', () => (h.db as any).$client.dumpDataDir('none'));
console.log('dump size', dump.size);
await t('loadDataDir', () => PGlite.create({ extensions: { pg_trgm }, loadDataDir: dump }));
await t('argon2 default', () => argon2.hash('x', { type: argon2.argon2id }));
await t('argon2 verify default', async () => argon2.verify(await argon2.hash('x', { type: argon2.argon2id }), 'x'));
await t('argon2 cheap', () => argon2.hash('x', { type: argon2.argon2id, memoryCost: 1024, timeCost: 2, parallelism: 1 }));
