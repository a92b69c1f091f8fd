/**
 * `npm run bench -- lmi [--scale small|full] [--rows N] [--postings N] [--rounds N]`.
 * 1. Import: the product's importer (`passerelle lmi import`'s path, to the rows committed)
 *    against `COPY` of the same file on the same engine, PGlite and PostgreSQL, in alternating
 *    order (lmi-import.ts).
 * 2. Cube: the country × region × ISCO-4 × month cube from the same integer-coded columns in
 *    Passerelle's columnar aggregation, DuckDB and PostgreSQL; the encoding (string → integer
 *    codes) is timed apart, and is not counted in any cube time. Each round times every engine
 *    once, who goes first rotating (ours, DuckDB, PostgreSQL), as the import half alternates.
 * PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (skipped when neither is set).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { CORRIDORS } from '../src/demo/corridors.js';
import { columnarCube, type CubeDimensions, type PostingColumns } from './columnar-cube.js';
import { monthOf, monthIndex } from '../src/labour-market/observation.js';
import { IMPORT_LIMITS } from '../src/imports-runtime/import-limits.js';
import { PasserelleError } from '../src/shared/errors.js';
import { alternatingRounds } from './alternating-rounds.js';
import { option, report, seededRandom } from './bench-support.js';
import {
  closeImportWorkers,
  committedRows,
  type ImportEngine,
  importEngines,
  productImport,
  resetTables,
  writeObservationCsv,
} from './lmi-import.js';

const BENCH = 'lmi';

function dimensionsOf(): CubeDimensions {
  const countries = [...new Set(CORRIDORS.flatMap((c) => [c.origin, c.destination]))].sort();
  const places = countries.flatMap((country) =>
    country === 'BE'
      ? ['', 'BE-VLG', 'BE-WAL', 'BE-BRU'].map((region) => ({ country, region }))
      : [{ country, region: '' }],
  );
  const isco = [
    ...new Set([...CORRIDORS.flatMap((c) => c.occupations), '2211', '2221', '2222', '3221']),
  ].sort();
  const first = monthIndex('2019-01');
  const months = Array.from({ length: 84 }, (_, i) => monthOf(first + i));
  return { places, isco, months };
}

/** Writes N postings as CSV (country,region,isco,month,openings) with a season and a 2020 shock. */
function writePostings(file: string, n: number, d: CubeDimensions): void {
  const random = seededRandom(20261122);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'country,region,isco,month,openings\n');
  const chunk: string[] = [];
  for (let r = 0; r < n; r++) {
    const place = d.places[Math.floor(random() * d.places.length)]!;
    const isco = d.isco[Math.floor(random() * d.isco.length)]!;
    let m = Math.floor(random() * d.months.length);
    // Fewer postings in spring 2020: redraw most of them elsewhere.
    if (m >= 15 && m <= 20 && random() < 0.4) m = Math.floor(random() * d.months.length);
    chunk.push(
      `${place.country},${place.region},${isco},${d.months[m]},${1 + Math.floor(random() * random() * 4)}`,
    );
    if (chunk.length === 100_000) {
      fs.writeSync(fd, chunk.join('\n') + '\n');
      chunk.length = 0;
    }
  }
  if (chunk.length) fs.writeSync(fd, chunk.join('\n') + '\n');
  fs.closeSync(fd);
}

/**
 * The bench's own encoder (not the product importer, which `lmi-import.ts` times): parse the
 * postings file, check every code, encode it into integer columns for the columnar cube.
 */
function encodePostings(
  file: string,
  d: CubeDimensions,
): { columns: PostingColumns; rejected: number } {
  const placeIndex = new Map(d.places.map((p, i) => [`${p.country},${p.region}`, i]));
  const iscoIndex = new Map(d.isco.map((c, i) => [c, i]));
  const monthIdx = new Map(d.months.map((m, i) => [m, i]));
  const size = fs.statSync(file).size;
  const capacity = Math.ceil(size / 20);
  const columns = {
    length: 0,
    place: new Uint16Array(capacity),
    isco: new Uint16Array(capacity),
    month: new Uint16Array(capacity),
    openings: new Uint32Array(capacity),
  };
  let rejected = 0;
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(16 * 1024 * 1024);
  let rest = '';
  let header = true;
  for (;;) {
    const read = fs.readSync(fd, buffer, 0, buffer.length, null);
    if (read === 0) break;
    const lines = (rest + buffer.toString('latin1', 0, read)).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (header) {
        header = false;
        continue;
      }
      const c1 = line.indexOf(',');
      const c2 = line.indexOf(',', c1 + 1);
      const c3 = line.indexOf(',', c2 + 1);
      const c4 = line.indexOf(',', c3 + 1);
      const place = placeIndex.get(line.slice(0, c2));
      const isco = iscoIndex.get(line.slice(c2 + 1, c3));
      const month = monthIdx.get(line.slice(c3 + 1, c4));
      const openings = Number(line.slice(c4 + 1));
      if (place === undefined || isco === undefined || month === undefined || !(openings >= 0)) {
        rejected++;
        continue;
      }
      const r = columns.length++;
      columns.place[r] = place;
      columns.isco[r] = isco;
      columns.month[r] = month;
      columns.openings[r] = openings;
    }
  }
  fs.closeSync(fd);
  return { columns, rejected };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await f();
  return { ms: performance.now() - start, value };
}

/** The encoded columns as an integer CSV, so that DuckDB and PostgreSQL group the same codes. */
function writeEncoded(file: string, columns: PostingColumns): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'place,isco,month,openings\n');
  for (let start = 0; start < columns.length; start += 100_000) {
    const lines: string[] = [];
    for (let r = start; r < Math.min(columns.length, start + 100_000); r++)
      lines.push(
        `${columns.place[r]},${columns.isco[r]},${columns.month[r]},${columns.openings[r]}`,
      );
    fs.writeSync(fd, lines.join('\n') + '\n');
  }
  fs.closeSync(fd);
}

const CUBE_SQL =
  'SELECT place, isco, month, sum(openings) AS openings FROM lmi_bench_postings GROUP BY place, isco, month';

/** A cube engine set up once (table loaded), then timed round after round. */
interface CubeEngine {
  name: 'passerelle' | 'duckdb' | 'postgres';
  cube: () => Promise<number>;
  close: () => Promise<void>;
}

async function duckdbEngine(file: string): Promise<CubeEngine & { loadMs: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const load = await timed(() =>
    connection.run(
      `CREATE TABLE lmi_bench_postings AS SELECT * FROM read_csv('${file}', header = true, columns = {'place': 'SMALLINT', 'isco': 'SMALLINT', 'month': 'SMALLINT', 'openings': 'INTEGER'})`,
    ),
  );
  return {
    name: 'duckdb',
    loadMs: load.ms,
    cube: async () => (await connection.runAndReadAll(CUBE_SQL)).currentRowCount,
    close: async () => connection.closeSync(),
  };
}

async function postgresEngine(url: string, file: string): Promise<CubeEngine & { copyMs: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const close = async () => {
    await client.query('DROP TABLE IF EXISTS lmi_bench_postings').catch(() => undefined);
    await client.end();
  };
  try {
    await client.query('DROP TABLE IF EXISTS lmi_bench_postings');
    await client.query(
      'CREATE TABLE lmi_bench_postings (place smallint, isco smallint, month smallint, openings int)',
    );
    const copy = await timed(() =>
      execFileSync('psql', [
        url,
        '-qc',
        `\\copy lmi_bench_postings FROM '${file}' WITH (FORMAT csv, HEADER true)`,
      ]),
    );
    await client.query('ANALYZE lmi_bench_postings');
    return {
      name: 'postgres',
      copyMs: copy.ms,
      cube: async () => (await client.query(CUBE_SQL)).rowCount ?? 0,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One engine: product import and COPY of the same file, alternating which goes first. */
async function compareImport(engine: ImportEngine, file: string, rows: number, rounds: number) {
  const product: number[] = [];
  const copy: number[] = [];
  let committed = { product: 0, copy: 0 };
  let outcome = { accepted: 0, rejected: 0 };
  for (let round = 0; round < rounds; round++) {
    await resetTables(engine);
    const order = round % 2 === 0 ? ['product', 'copy'] : ['copy', 'product'];
    for (const side of order) {
      if (side === 'product') {
        const t = await timed(() => productImport(engine, file));
        product.push(t.ms);
        outcome = t.value;
      } else copy.push((await timed(() => engine.copy(file))).ms);
    }
    committed = await committedRows(engine);
  }
  const productMs = median(product);
  const copyMs = median(copy);
  const extra = { engine: engine.name, rows, rounds };
  report(BENCH, 'import_product', productMs, 'ms', {
    ...extra,
    ...outcome,
    committed: committed.product,
    rowsPerSecond: Math.round((rows / productMs) * 1000),
    path: 'importObservationFile: worker parse + validation + one transaction',
  });
  report(BENCH, 'import_copy', copyMs, 'ms', {
    ...extra,
    committed: committed.copy,
    rowsPerSecond: Math.round((rows / copyMs) * 1000),
    path: 'COPY into a table of the same columns and indexes, no validation',
  });
  report(BENCH, 'ratio_import_vs_copy', copyMs / productMs, 'x', { ...extra, target: '≥ 0.5' });
}

/** The reading limits a refusal can name, with the figure reported for it. */
const READING_LIMITS: Record<string, { value: number; unit: string; name: string }> = {
  'import.too_slow': {
    value: IMPORT_LIMITS.labourMarketParseMs / 1000,
    unit: 's',
    name: 'the parse limit (IMPORT_LIMITS.labourMarketParseMs)',
  },
  'import.too_large': {
    value: IMPORT_LIMITS.workerHeapMb,
    unit: 'MiB',
    name: 'the reading memory budget (IMPORT_LIMITS.workerHeapMb, PARSE_WORKER_HEAP_MIB)',
  },
};

async function benchImport(scale: string, args: string[], postgresUrl: string | undefined) {
  const rows = Number(option(args, 'rows', scale === 'full' ? '1500000' : '200000'));
  const rounds = Number(option(args, 'rounds', scale === 'full' ? '2' : '3'));
  const file = path.join(os.tmpdir(), `lmi-bench-observations-${rows}.csv`);
  writeObservationCsv(file, rows);
  const engines = await importEngines(postgresUrl);
  try {
    for (const engine of engines) {
      try {
        await compareImport(engine, file, rows, rounds);
      } catch (error) {
        const limit = error instanceof PasserelleError ? READING_LIMITS[error.code] : undefined;
        if (!limit) throw error;
        // The product refuses a file its worker cannot read within the limits: a finding, not a
        // crash of the bench (the cube half still runs).
        report(BENCH, 'import_product_refused', limit.value, limit.unit, {
          engine: engine.name,
          rows,
          reason: (error as Error).message,
          note: `${limit.name} was passed: no figure for this engine`,
        });
      }
    }
  } finally {
    await closeImportWorkers();
    for (const engine of engines) await engine.drop();
    fs.rmSync(file, { force: true });
  }
}

async function benchCube(scale: string, args: string[], postgresUrl: string | undefined) {
  const n = Number(option(args, 'postings', scale === 'full' ? '10000000' : '300000'));
  const runs = scale === 'full' ? 3 : 5;
  const d = dimensionsOf();
  const file = path.join(os.tmpdir(), `lmi-bench-postings-${n}.csv`);
  const encodedFile = path.join(os.tmpdir(), `lmi-bench-postings-${n}.codes.csv`);
  writePostings(file, n, d);
  const encoded = await timed(() => encodePostings(file, d));
  report(BENCH, 'cube_encode', encoded.ms, 'ms', {
    postings: n,
    rejected: encoded.value.rejected,
    note: "the bench's encoder into integer codes; not counted in the cube times",
  });
  writeEncoded(encodedFile, encoded.value.columns);
  const columns = encoded.value.columns;
  const ours: CubeEngine = {
    name: 'passerelle',
    cube: async () => columnarCube(columns, d).reduce((c, v) => c + (v > 0 ? 1 : 0), 0),
    close: async () => undefined,
  };
  const engines: CubeEngine[] = [ours, await duckdbEngine(encodedFile)];
  try {
    if (postgresUrl) engines.push(await postgresEngine(postgresUrl, encodedFile));
    const { times, cells, orders } = await alternatingRounds(engines, runs);
    const ms = (name: string) => median(times.get(name)!);
    const same = {
      postings: n,
      rounds: runs,
      columns: 'integer codes (place, isco, month) for every engine',
      order: orders.map((o) => o.join('>')).join(' '),
      note: `each round times every engine once on the same integer-coded columns; who goes first rotates (${engines.map((e) => e.name).join(', ')}); median of the rounds`,
    };
    report(BENCH, 'passerelle_cube', ms('passerelle'), 'ms', {
      ...same,
      cells: cells.get('passerelle'),
    });
    report(BENCH, 'duckdb_cube', ms('duckdb'), 'ms', { ...same, cells: cells.get('duckdb') });
    report(BENCH, 'ratio_cube_vs_duckdb', ms('passerelle') / ms('duckdb'), 'x', {
      ...same,
      target: '≤ 1.5',
    });
    if (postgresUrl) {
      report(BENCH, 'postgres_cube', ms('postgres'), 'ms', {
        ...same,
        cells: cells.get('postgres'),
      });
      report(BENCH, 'ratio_postgres_vs_cube', ms('postgres') / ms('passerelle'), 'x', {
        ...same,
        target: '≥ 10',
      });
    }
  } finally {
    for (const engine of engines) await engine.close();
  }
  fs.rmSync(file, { force: true });
  fs.rmSync(encodedFile, { force: true });
}

export async function run(args: string[]): Promise<void> {
  const scale = option(args, 'scale', 'small');
  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!postgresUrl)
    report(BENCH, 'postgres', 0, 'skipped', {
      reason: 'set BENCH_DATABASE_URL or TEST_DATABASE_URL',
    });
  const only = option(args, 'only', '');
  if (only !== 'cube') await benchImport(scale, args, postgresUrl);
  if (only !== 'import') await benchCube(scale, args, postgresUrl);
}
