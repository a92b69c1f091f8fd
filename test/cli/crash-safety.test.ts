import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { passerelleArgs } from '../support/cli-bundle.js';
import { createThrowawayDatabase } from '../support/database.js';
import { auditEvent, organisation } from '../../src/accounts/accounts.schema.js';
import { openDatabase, type DatabaseTarget } from '../../src/db/database.js';
import { registerUser } from '../../src/accounts/user-registration.service.js';
import { lmiObservation } from '../../src/labour-market/labour-market.schema.js';
import { seedLabourMarketReference } from '../../src/labour-market/labour-market.test-support.js';
import { taxonomyVersion } from '../../src/taxonomy/taxonomy.schema.js';

/**
 * The test's own accounts. Not at the demo's domain: a server started with DEMO=off disables
 * demo accounts, as it should.
 */
const accountOf = (role: 'candidate' | 'analyst') => ({
  email: `${role}@crash-test.example`,
  password: `crash-test-${role}-password`,
});

const root = path.resolve(import.meta.dirname, '..', '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-crash-'));

/** A labour-market file big enough that the server is still importing it when killed. */
function bigObservationFile(): { content: string; rows: number } {
  const lines = ['measure,country,region,occupation,skill,month,count,source'];
  for (const country of ['BE', 'MA', 'NG', 'KE'])
    for (const isco of ['2211', '2221', '2222', '2512', '3221'])
      for (let m = 0; m < 12 * 60; m++) {
        const month = `${1970 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        lines.push(`vacancies,${country},,${isco},,${month},${(m % 97) + 1},crash-test`);
        lines.push(`job_seekers,${country},,${isco},,${month},${(m % 89) + 1},crash-test`);
      }
  return { content: lines.join('\n'), rows: lines.length - 1 };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const userIds = new Map<string, string>();

/** A real `passerelle serve` (one node process, so SIGKILL reaches the server itself). */
class Server {
  private child: ChildProcess | undefined;
  private output = '';
  url = '';
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.output = '';
    const child = spawn(process.execPath, [...passerelleArgs(), 'serve'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...this.env, PORT: String(port), HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: 'warn' },
    });
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited:\n${this.output}`);
      const ready = await fetch(`${this.url}/api/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the server was not ready:\n${this.output}`);
  }

  /** Ends the server the hard way: no shutdown hook, no flush. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  /** Logs a demo user in; resolves to the headers of their requests and their user id. */
  async login(role: 'candidate' | 'analyst'): Promise<Record<string, string>> {
    const response = await fetch(`${this.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(accountOf(role)),
    });
    if (!response.ok) throw new Error(`login as ${role}: ${await response.text()}`);
    const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const body = (await response.json()) as { csrfToken: string; user: { id: string } };
    userIds.set(role, body.user.id);
    return { cookie, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' };
  }

  call(headers: Record<string, string>, method: string, url: string, body?: unknown) {
    return fetch(`${this.url}${url}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
}

interface Engine {
  name: string;
  target(): Promise<{ target: DatabaseTarget; env: NodeJS.ProcessEnv; drop(): Promise<void> }>;
}

const pglite: Engine = {
  name: 'pglite',
  target: async () => {
    const dataDir = path.join(scratch, 'data');
    return {
      target: { kind: 'pglite', dataDir },
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      drop: async () => undefined,
    };
  },
};

function postgres(baseUrl: string): Engine {
  return {
    name: 'postgres',
    async target() {
      const database = await createThrowawayDatabase(baseUrl, 'passerelle_crash');
      return {
        target: { kind: 'postgres', url: database.url },
        env: { ...process.env, DATABASE_URL: database.url },
        drop: database.drop,
      };
    },
  };
}

const engines = [
  pglite,
  ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : []),
];

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) await server.kill();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const started = Date.now();
/** Where the test is, on stderr: it runs for a while. */
const step = (what: string) =>
  process.stderr.write(`crash-safety ${((Date.now() - started) / 1000).toFixed(1)} s: ${what}\n`);

describe.each(engines)('crash safety on $name', (engine) => {
  it('GIVEN a server killed with SIGKILL during profile edits and then during a large import WHEN it restarts THEN every acknowledged edit is there, the interrupted import left no rows, and the same file imports again', async () => {
    const { target, env, drop } = await engine.target();
    // A small database the server starts on quickly: two users and a tiny active taxonomy (named,
    // so that the server does not import ESCO first).
    const setup = await openDatabase(target);
    await seedLabourMarketReference(setup.db, 'crash-test');
    await setup.db.update(taxonomyVersion).set({ active: true });
    const organisationId = randomUUID();
    await setup.db.insert(organisation).values({
      id: organisationId,
      name: 'Crash test',
      kind: 'government',
      country: 'MA',
      createdAt: new Date(),
    });
    for (const role of ['candidate', 'analyst'] as const) {
      const user = accountOf(role);
      await registerUser(
        setup.db,
        { ...user, displayName: role, organisationId, role },
        { actorUserId: null, now: new Date() },
      );
    }
    await setup.close();
    const server = new Server(env);
    servers.push(server);
    step('database prepared');
    try {
      // 1. A burst of profile edits, one at a time, killed while they go on.
      await server.start();
      step('server started');
      const candidate = await server.login('candidate');
      const profile = (i: number) => ({
        name: 'Crash Test',
        residenceCountry: 'MA',
        nationality: 'MA',
        headline: `edit ${i}`,
      });
      let acknowledged = 0;
      const killAt = Date.now() + 3_000;
      const killed = new Promise<void>((resolve) =>
        setTimeout(() => void server.kill().then(resolve), killAt - Date.now()),
      );
      for (let i = 1; ; i++) {
        const response = await server.call(candidate, 'PUT', '/api/candidates/me', profile(i)).then(
          (r) => r.status,
          () => 0, // the connection died with the server
        );
        if (response === 0) break;
        expect(response).toBe(200);
        acknowledged = i;
      }
      await killed;
      step(`killed after ${acknowledged} acknowledged edits`);
      expect(acknowledged).toBeGreaterThan(0);

      await server.start();
      step('server restarted');
      const afterEdits = await server.login('candidate');
      const me = await server.call(afterEdits, 'GET', '/api/candidates/me');
      const { headline } = ((await me.json()) as { profile: { headline: string } }).profile;
      // The last acknowledged edit, or the one in flight when the server died.
      expect([`edit ${acknowledged}`, `edit ${acknowledged + 1}`]).toContain(headline);

      // 2. A large import, killed while the server works on it.
      const analyst = await server.login('analyst');
      const file = bigObservationFile();
      const upload = { fileName: 'crash-test.csv', content: file.content };
      const interrupted = server.call(analyst, 'POST', '/api/labour-market/imports', upload).then(
        (r) => `answered ${r.status}`,
        () => 'no answer',
      );
      await new Promise((r) => setTimeout(r, 1_500));
      await server.kill();
      step('killed during the import');
      expect(await interrupted, 'the import finished before the kill: use a bigger file').toBe(
        'no answer',
      );

      await server.start();
      step('server restarted');
      const again = await server.login('analyst');
      const imports = await server.call(again, 'GET', '/api/labour-market/imports');
      expect(JSON.stringify(await imports.json())).not.toContain('crash-test.csv');
      const reimport = await server.call(again, 'POST', '/api/labour-market/imports', upload);
      expect(reimport.status).toBe(200);
      expect(await reimport.json()).toMatchObject({ alreadyImported: false, accepted: file.rows });
      step('re-imported');
      await server.kill('SIGTERM');

      const check = await openDatabase(target);
      try {
        expect(await check.db.$count(lmiObservation)).toBe(file.rows);
        const saves = await check.db.$count(
          auditEvent,
          and(
            eq(auditEvent.entity, 'candidate'),
            eq(auditEvent.actorUserId, userIds.get('candidate') ?? ''),
          ),
        );
        expect(saves).toBeGreaterThanOrEqual(acknowledged);
      } finally {
        await check.close();
      }
    } finally {
      await server.kill();
      await drop();
    }
  }, 600_000);
});
