// The API under load: a real `passerelle serve` child process on its own data folder (demo data,
// medium scale at --scale full), one signed-in user per role, driven by autocannon on loopback:
// a candidate's matches (page of 10, explained), a vacancy's shortlist, taxonomy search with
// varied queries (anonymous and signed in), a candidate profile read, a mix with 10% profile
// writes (each acknowledged write read back afterwards), and /api/health as the framework's
// ceiling. Then, on the same database after the server stopped, the in-process engine answers the
// same match queries on one core: the reference the API's throughput is compared with.
//
//   npm run bench -- api [--scale small|full] [--engine pglite|postgres] [--cases matches,health]
//                        [--cpu-prof] (the server's CPU profile, in a temporary folder it names)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { prepareEscoDataFolder } from '../test/support/esco-data.js';
import { memoryOf, option, postgresDatabase, report, type Server } from './bench-support.js';
import { runCases, SCALES, type CaseResult } from './api-cases.js';
import { inProcessReference } from './api-report.js';
import { startServer } from './api-server.js';

const bench = 'api';

export async function run(args: string[]): Promise<void> {
  const scaleName = option(args, 'scale', 'small');
  const scale = SCALES[scaleName] ?? SCALES.small!;
  const engine = option(args, 'engine', 'pglite');
  const cases = new Set(
    option(
      args,
      'cases',
      'health,candidate_matches,vacancy_shortlist,taxonomy_search_anonymous,taxonomy_search_signed_in,candidate_profile_read,mixed_writes',
    ).split(','),
  );
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-api-'));
  const dataDir = path.join(root, 'data');
  const profileDir = args.includes('--cpu-prof')
    ? fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-api-profile-'))
    : undefined;
  let drop = async () => {};
  const env: Record<string, string> = { DATA_DIR: dataDir, DEMO_SCALE: scale.demoScale };
  if (engine === 'postgres') {
    const database = await postgresDatabase('passerelle_bench');
    env.DATABASE_URL = database.url;
    drop = database.drop;
  } else {
    await prepareEscoDataFolder(dataDir); // serve then skips the ESCO import
  }
  let results: Record<string, CaseResult> = {};
  let candidateIds: string[] = [];
  let server: Server | undefined;
  let peakMiB = Number.NaN;
  try {
    server = await startServer(env, profileDir);
    ({ results, candidateIds } = await runCases(server, scale, cases, engine));
    peakMiB = memoryOf(server.child.pid!).peakMiB;
  } finally {
    await server?.stop();
  }
  report(bench, 'server_peak_rss', peakMiB, 'MiB', { engine });
  if (profileDir) process.stderr.write(`CPU profiles of the server: ${profileDir}\n`);
  if (cases.has('candidate_matches')) {
    const handle = await openDatabase(
      engine === 'postgres'
        ? { kind: 'postgres', url: env.DATABASE_URL! }
        : { kind: 'pglite', dataDir },
    );
    try {
      const reference = await inProcessReference(handle, candidateIds, scale.referenceQueries);
      for (const connections of scale.connections) {
        const api = results[`candidate_matches_c${connections}`];
        if (api)
          report(
            bench,
            `candidate_matches_c${connections}_ratio_to_in_process`,
            api.reqPerSec / reference,
            'x',
            {
              engine,
              api: api.reqPerSec,
              inProcess: reference,
            },
          );
      }
    } finally {
      await handle.close();
    }
  }
  await drop();
  fs.rmSync(root, { recursive: true, force: true });
}
