import path from 'node:path';
import { z } from 'zod';
import { trustProxySchema, type TrustProxy } from './trust-proxy.js';

/** argon2id's cost: memory in KiB, passes over it, and lanes (they travel inside each hash). */
export interface PasswordHashCost {
  memoryKib: number;
  timeCost: number;
  parallelism: number;
}

/** The production cost of password hashes: argon2's own defaults (64 MiB, 3 passes, 4 lanes). */
export const strongPasswordHashCost: PasswordHashCost = {
  memoryKib: 65_536,
  timeCost: 3,
  parallelism: 4,
};

/** Every setting Passerelle reads from its environment, validated once at start-up. */
export interface Config {
  /** PostgreSQL server URL; absent → embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Folder of vendored reference data (ESCO, ISCO, ISCED, countries, EQF). */
  referenceDir: string;
  /** Folder of the built web UI. */
  webDir: string;
  /** Seed and scale of the demo dataset loaded into an empty database. */
  demoSeed: number;
  demoScale: 'small' | 'medium' | 'large';
  /** Load demo organisations and users into an empty database (`DEMO=off` to skip). */
  demo: boolean;
  /** Send cookies with `Secure` (behind HTTPS). */
  secureCookies: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Proxies whose `X-Forwarded-For` is believed (`TRUST_PROXY`); false → none. */
  trustProxy: TrustProxy;
  /** The address users reach Passerelle at, for links in messages (`PUBLIC_URL`). */
  publicUrl: string;
  /** Mail server for outgoing messages (`SMTP_URL`, smtp:// or smtps://); absent → not sent. */
  smtpUrl: string | undefined;
  /** Sender address of outgoing messages (`MAIL_FROM`). */
  mailFrom: string;
  /** Allow the demo with secure cookies (`DEMO_ALLOW_SECURE=true`), e.g. a public demo site. */
  demoAllowSecure: boolean;
  /** argon2id cost of new password hashes (`ARGON2_*`); the defaults are the production cost. */
  passwordHashCost: PasswordHashCost;
  /**
   * Keys that encrypt grievances (`GRIEVANCE_KEY`: `id:base64` of 32 bytes, comma-separated, the
   * first encrypts, all decrypt); absent → the published development key (docs/protection.md).
   */
  grievanceKey: string | undefined;
  /** Whether `PUBLIC_URL` was set: issuers then also get did:web identifiers (docs/passport.md). */
  publicUrlConfigured: boolean;
  /**
   * Secret that encrypts the credential issuers' private keys at rest (`CREDENTIAL_KEY`, at least
   * 32 characters); absent → a development key, refused with `SECURE_COOKIES=true`.
   */
  credentialKey: string | undefined;
  /**
   * How long a signed-in request's session is remembered in the process (`SESSION_CACHE_MS`,
   * default 5000; 0 turns it off): changes made by another process reach this one within it.
   */
  sessionCacheMs: number;
}

const root = path.resolve(import.meta.dirname, '..', '..');

/** Lowered only by the test suites (down to argon2's own minimums); production keeps the defaults. */
const passwordHashEnv = {
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(8).max(4_194_304).default(65_536),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).max(100).default(3),
  ARGON2_PARALLELISM: z.coerce.number().int().min(1).max(64).default(4),
};

const envSchema = z.object({
  ...passwordHashEnv,
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('.passerelle'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  REFERENCE_DIR: z.string().min(1).default(path.join(root, 'reference')),
  WEB_DIR: z
    .string()
    .min(1)
    .default(path.join(root, 'dist', 'web')),
  DEMO_SEED: z.coerce.number().int().default(2026),
  DEMO_SCALE: z.enum(['small', 'medium', 'large']).default('small'),
  DEMO: z.enum(['on', 'off']).default('on'),
  SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  TRUST_PROXY: trustProxySchema,
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Passerelle <no-reply@localhost>'),
  DEMO_ALLOW_SECURE: z.enum(['true', 'false']).default('false'),
  GRIEVANCE_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_.-]{1,40}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_.-]{1,40}:[A-Za-z0-9+/]{43}=)*$/,
      'must be id:base64-of-32-bytes, comma-separated for older keys (the first encrypts)',
    )
    .optional(),
  CREDENTIAL_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});

/** A configuration variable that failed validation. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super(
      'Invalid configuration:\n' + problems.map((p) => `  ${p.variable}: ${p.reason}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration, listing every bad variable at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0]), reason: i.message })),
    );
  }
  const e = parsed.data;
  if (e.ARGON2_MEMORY_KIB < 8 * e.ARGON2_PARALLELISM) {
    const reason = 'must be at least 8 KiB per lane (ARGON2_PARALLELISM)';
    throw new ConfigError([{ variable: 'ARGON2_MEMORY_KIB', reason }]);
  }
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    referenceDir: path.resolve(e.REFERENCE_DIR),
    webDir: path.resolve(e.WEB_DIR),
    demoSeed: e.DEMO_SEED,
    demoScale: e.DEMO_SCALE,
    demo: e.DEMO === 'on',
    secureCookies: e.SECURE_COOKIES === 'true',
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    // Never taken from the request's Host header, which a client can forge.
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demoAllowSecure: e.DEMO_ALLOW_SECURE === 'true',
    sessionCacheMs: e.SESSION_CACHE_MS,
    passwordHashCost: {
      memoryKib: e.ARGON2_MEMORY_KIB,
      timeCost: e.ARGON2_TIME_COST,
      parallelism: e.ARGON2_PARALLELISM,
    },
    grievanceKey: e.GRIEVANCE_KEY,
    publicUrlConfigured: e.PUBLIC_URL !== undefined,
    credentialKey: e.CREDENTIAL_KEY,
  };
}

/**
 * Why the server must not start without `CREDENTIAL_KEY`, or null: over HTTPS (production) the
 * issuers' signing keys may not be encrypted with the published development key.
 */
export function credentialKeyRefusal(config: Config): string | null {
  if (config.credentialKey || !config.secureCookies || config.demo) return null;
  return (
    'SECURE_COOKIES=true without CREDENTIAL_KEY: set CREDENTIAL_KEY (a secret of at least 32 ' +
    "characters, e.g. `openssl rand -base64 32`) to encrypt the credential issuers' keys."
  );
}

/**
 * Why the server must not start with this configuration, or null: the demo's published
 * passwords have no place on a site served over HTTPS unless that is explicitly wanted.
 */
export function demoStartRefusal(config: Config): string | null {
  if (!config.demo || !config.secureCookies || config.demoAllowSecure) return null;
  return (
    'DEMO=on with SECURE_COOKIES=true: the demo accounts have published passwords. ' +
    'Set DEMO=off for real data (then run `passerelle setup`), or DEMO_ALLOW_SECURE=true ' +
    'for a public demonstration site.'
  );
}
