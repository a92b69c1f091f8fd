import { PGlite } from '@electric-sql/pglite';
const n = 100000;
const db = new PGlite();
const ddl = (t: string, idx: boolean) => `create table ${t} (measure text not null, country text not null, region text not null default '', isco_code text not null, occupation_uri text not null default '', skill_uri text not null default '', month text not null, count double precision not null, source text not null, import_id uuid)` + (idx ? `; alter table ${t} add constraint ${t}_key unique (country, measure, region, isco_code, occupation_uri, skill_uri, month, source); create index ${t}_i on ${t}(isco_code, month)` : '');
const isco = ['2', '22', '221', '2211', '222', '2221', '2222', '25', '251', '2512', '3', '32', '322', '3221'];
const cs = ['BE', 'MA', 'NG', 'KE'];
const rows: string[][] = [];
for (let i = 0; i < n; i++) { const mi = Math.floor(i / 56) % 3600; rows.push(['vacancies', cs[i % 4]!, '', isco[(i >> 2) % 14]!, '', '', `${1900 + Math.floor(mi / 12)}-${String((mi % 12) + 1).padStart(2, '0')}`, String(i % 97), `src${Math.floor(i / 201600)}`]); }
const csv = rows.map((r) => r.join(',')).join('\n');
async function t(name: string, f: () => Promise<unknown>) { const s = performance.now(); await f(); console.log(name, Math.round(performance.now() - s)); }
await db.exec(ddl('e', false)); await db.exec(`create unique index e_key on e (country, measure, region, isco_code, occupation_uri, skill_uri, month, source); create index e_i on e(isco_code, month)`.replace(/(country|measure|region|isco_code|occupation_uri|skill_uri|month|source)(?=[,)])/g, '$1 collate "C"'));
await db.exec(ddl('a', true)); await db.exec(ddl('b', false)); await db.exec(ddl('c', true)); await db.exec(ddl('d', true));
await t('copy indexed', () => db.query(`copy a (measure,country,region,isco_code,occupation_uri,skill_uri,month,count,source) from '/dev/blob' with (format csv, force_not_null (region, occupation_uri, skill_uri))`, [], { blob: new Blob([csv]) }));
await t('copy bare', () => db.query(`copy b (measure,country,region,isco_code,occupation_uri,skill_uri,month,count,source) from '/dev/blob' with (format csv, force_not_null (region, occupation_uri, skill_uri))`, [], { blob: new Blob([csv]) }));
const col = (k: number, from: number, to: number) => rows.slice(from, to).map((r) => r[k]);
const key = (r: string[]) => [r[1], r[0], r[2], r[3], r[4], r[5], r[6], r[8]].join('\u0000');
const sortedRows = [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
for (const [tbl, conflict] of [['c', false], ['d', true], ['e', true], ['f', true]] as const) {
  if (tbl === 'f') { await db.exec(ddl('f', true)); rows.splice(0, rows.length, ...sortedRows); }
  await t(`unnest ${tbl} ${conflict ? 'upsert' : 'insert'}`, async () => {
    await db.exec('begin');
    for (let i = 0; i < n; i += 20000) {
      await db.query(`insert into ${tbl} (measure,country,region,isco_code,occupation_uri,skill_uri,month,count,source) select * from unnest($1::text[],$2::text[],$3::text[],$4::text[],$5::text[],$6::text[],$7::text[],$8::float8[],$9::text[]) ${conflict ? 'on conflict (country, measure, region, isco_code, occupation_uri, skill_uri, month, source) do update set count = excluded.count' : ''}`, [0,1,2,3,4,5,6,7,8].map((k) => k === 7 ? col(k, i, i + 20000).map(Number) : col(k, i, i + 20000)));
    }
    await db.exec('commit');
  });
}
