import { openDatabase } from '../src/db/database.js';
import { seedLabourMarketReference } from '../src/labour-market/labour-market.test-support.js';
import { importObservationFile, vocabularyOf } from '../src/labour-market/import-service.js';
import { parseImportFile } from '../src/labour-market/import-file.js';
import { recordImport, fileHashOf } from '../src/labour-market/observation.store.js';
import { closeImportPool } from '../src/imports-runtime/parse-pool.job.js';
const n = Number(process.argv[2] ?? 100000);
const url = process.argv[3];
const h = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: undefined });
await seedLabourMarketReference(h.db);
const lines = ['measure,country,region,occupation,skill,month,count,source'];
const isco = ['2', '22', '221', '2211', '222', '2221', '2222', '25', '251', '2512', '3', '32', '322', '3221'];
const cs = ['BE', 'MA', 'NG', 'KE'];
for (let i = 0; i < n; i++) {
  const mi = Math.floor(i / 56) % 3600;
  lines.push(`vacancies,${cs[i % 4]},,${isco[(i >> 2) % 14]},,${1900 + Math.floor(mi / 12)}-${String((mi % 12) + 1).padStart(2, '0')},${i % 97},src${Math.floor(i / 201600)}`);
}
const content = lines.join('\n');
let t = performance.now();
const vocab = await vocabularyOf(h.db, '');
const parsed = parseImportFile(content, vocab, { source: 'x' })!;
console.log('parse', performance.now() - t, parsed.observations.length, parsed.rejected.length);
t = performance.now();
const r = await recordImport(h.db, { fileName: 'x', fileHash: fileHashOf(content), parsed, importedBy: null, now: new Date() });
console.log('record', performance.now() - t, r.accepted);
await h.close();
