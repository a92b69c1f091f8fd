import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { PgliteSession } from 'drizzle-orm/pglite';
import type { Database } from '../db/database.js';
import type { Observation } from './observation.js';

/**
 * PGlite's own transaction under a drizzle transaction, when the engine is PGlite (it alone takes
 * COPY from a blob; node-postgres would need pg-copy-streams for COPY FROM STDIN).
 */
export function pgliteTransactionOf(tx: Database): PgliteTransaction | undefined {
  const session = (tx as unknown as { session?: unknown }).session;
  if (!(session instanceof PgliteSession)) return undefined;
  return (session as unknown as { client: PgliteTransaction }).client;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escape = (value: string) => value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);

/** The observations as COPY text format (tab-separated, backslash escapes), import last. */
export function copyText(rows: readonly Observation[], importId: string): string {
  const lines = rows.map((o) =>
    [
      o.measure,
      o.country,
      escape(o.region),
      o.iscoCode,
      escape(o.occupationUri),
      escape(o.skillUri),
      o.month,
      String(o.count),
      escape(o.source),
      importId,
    ].join('\t'),
  );
  return lines.join('\n') + '\n';
}

/** COPY of the observations into lmi_observation, through PGlite's blob device. */
export async function copyObservations(
  client: PgliteTransaction,
  rows: readonly Observation[],
  importId: string,
): Promise<void> {
  await client.query(
    `COPY lmi_observation (measure, country, region, isco_code, occupation_uri, skill_uri, month, count, source, import_id) FROM '/dev/blob' (FORMAT text)`,
    [],
    { blob: new Blob([copyText(rows, importId)]) },
  );
}
