/**
 * `npm run bench -- lmi [--scale small|full] [--postings N]`: imports generated job postings
 * and computes the country × region × ISCO-4 × month cube with Passerelle's columnar
 * aggregation, then the same aggregation in DuckDB and in PostgreSQL on the same data, in the
 * same run; prints JSON lines and the ratios (targets in docs/labour-market.md).
 * PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (skipped when neither answers).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { CORRIDORS } from '../src/demo/corridors.js';
import {
  columnarCube,
  type CubeDimensions,
  type PostingColumns,
} from '../src/labour-market/columnar-cube.js';
import { monthOf, monthIndex } from '../src/labour-market/observation.js';
import { option, report, seededRandom } from './bench-support.js';

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

/** Passerelle's import of the postings file: parse, check every code, encode into columns. */
function importPostings(
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

const CUBE_SQL =
  'SELECT country, region, isco, month, sum(openings) AS openings FROM lmi_bench_postings GROUP BY country, region, isco, month';

async function duckdbCube(file: string, runs: number) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const load = await timed(() =>
    connection.run(
      `CREATE TABLE lmi_bench_postings AS SELECT * FROM read_csv('${file}', header = true, columns = {'country': 'VARCHAR', 'region': 'VARCHAR', 'isco': 'VARCHAR', 'month': 'VARCHAR', 'openings': 'INTEGER'})`,
    ),
  );
  const times: number[] = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    const t = await timed(() => connection.runAndReadAll(CUBE_SQL));
    times.push(t.ms);
    cells = t.value.currentRowCount;
  }
  connection.closeSync();
  return { loadMs: load.ms, cubeMs: median(times), cells };
}

async function postgresCube(file: string, runs: number) {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    await client.query('DROP TABLE IF EXISTS lmi_bench_postings');
    await client.query(
      'CREATE TABLE lmi_bench_postings (country text, region text, isco text, month text, openings int)',
    );
    // Client-side COPY through psql, as an operator would load a file.
    const copy = await timed(() =>
      execFileSync('psql', [
        url,
        '-qc',
        `\\copy lmi_bench_postings FROM '${file}' WITH (FORMAT csv, HEADER true)`,
      ]),
    );
    await client.query('ANALYZE lmi_bench_postings');
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < runs; i++) {
      const t = await timed(() => client.query(CUBE_SQL));
      times.push(t.ms);
      cells = t.value.rowCount ?? 0;
    }
    return { copyMs: copy.ms, cubeMs: median(times), cells };
  } finally {
    await client.query('DROP TABLE IF EXISTS lmi_bench_postings').catch(() => undefined);
    await client.end();
  }
}

export async function run(args: string[]): Promise<void> {
  const scale = option(args, 'scale', 'small');
  const n = Number(option(args, 'postings', scale === 'full' ? '10000000' : '300000'));
  const runs = scale === 'full' ? 3 : 5;
  const d = dimensionsOf();
  const file = path.join(os.tmpdir(), `lmi-bench-postings-${n}.csv`);
  const generated = await timed(() => writePostings(file, n, d));
  report(BENCH, 'generate_postings', generated.ms, 'ms', {
    postings: n,
    mb: Math.round(fs.statSync(file).size / 1e6),
  });

  const imported = await timed(() => importPostings(file, d));
  const importRate = (n / imported.ms) * 1000;
  report(BENCH, 'passerelle_import', imported.ms, 'ms', {
    postings: n,
    rejected: imported.value.rejected,
    rowsPerSecond: Math.round(importRate),
  });

  const cubeTimes: number[] = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    const t = await timed(() => columnarCube(imported.value.columns, d));
    cubeTimes.push(t.ms);
    cells = t.value.reduce((c, v) => c + (v > 0 ? 1 : 0), 0);
  }
  const ours = median(cubeTimes);
  report(BENCH, 'passerelle_cube', ours, 'ms', { cells });

  const duck = await duckdbCube(file, runs);
  report(BENCH, 'duckdb_cube', duck.cubeMs, 'ms', {
    cells: duck.cells,
    loadMs: Math.round(duck.loadMs),
  });
  report(BENCH, 'ratio_cube_vs_duckdb', ours / duck.cubeMs, 'x', { target: '≤ 1.5' });

  const postgres = await postgresCube(file, scale === 'full' ? 1 : 3);
  if (!postgres) {
    report(BENCH, 'postgres', 0, 'skipped', {
      reason: 'set BENCH_DATABASE_URL or TEST_DATABASE_URL',
    });
  } else {
    const copyRate = (n / postgres.copyMs) * 1000;
    report(BENCH, 'postgres_copy', postgres.copyMs, 'ms', { rowsPerSecond: Math.round(copyRate) });
    report(BENCH, 'postgres_cube', postgres.cubeMs, 'ms', { cells: postgres.cells });
    report(BENCH, 'ratio_postgres_vs_cube', postgres.cubeMs / ours, 'x', { target: '≥ 10' });
    report(BENCH, 'ratio_import_vs_copy', importRate / copyRate, 'x', { target: '≥ 0.5' });
  }
  fs.rmSync(file, { force: true });
}
