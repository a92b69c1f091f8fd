// Server control for the API bench (bench/api.bench.ts): a real `passerelle serve` child process
// (bench-support's) at the test password cost, and sign-in.
import { testPasswordHashEnv } from '../test/support/password-cost.js';
import { serveUntilReady, type Server } from './bench-support.js';

export type { Server } from './bench-support.js';

export interface Login {
  cookie: string;
  csrf: string;
}

/**
 * Starts the server (the demo data unless `env` says otherwise) and waits until `/api/ready`
 * answers 200; with `profileDir`, the server writes a CPU profile there when it stops.
 */
export async function startServer(
  env: Record<string, string>,
  profileDir?: string,
): Promise<Server> {
  return serveUntilReady({
    env: { ...testPasswordHashEnv, ...env },
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    readyWithinMs: 600_000,
    pollMs: 100,
    keepChars: 4000,
  });
}

/** Signs a demo user in: the session cookie and the CSRF token. */
export async function logIn(url: string, email: string, password: string): Promise<Login> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login of ${email}: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** A GET that must answer 200, as JSON. */
export async function getJson<T>(url: string, login?: Login): Promise<T> {
  const response = await fetch(url, { headers: login ? { cookie: login.cookie } : {} });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}
