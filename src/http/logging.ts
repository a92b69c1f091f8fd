import type { FastifyServerOptions } from 'fastify';
import type { LogFn } from 'pino';
import type { Config } from '../config/config.js';

/** Where log lines go: stdout by default, a stream the test reads in tests. */
export interface LogDestination {
  write(line: string): void;
}

/** Headers and fields whose values are secrets: replaced by `[redacted]` in every log line. */
const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'password',
  'passwordHash',
  'token',
  '*.password',
  '*.passwordHash',
  '*.token',
];

/** Database error fields that name things (never hold values); everything else is dropped. */
const databaseIdentifiers = ['severity', 'routine', 'schema', 'table', 'column', 'constraint'];

interface SerializedError {
  type: string;
  message: string;
  stack: string;
  code?: string;
  statusCode?: number;
  cause?: SerializedError;
  [identifier: string]: unknown;
}

/**
 * A message without values. Drizzle appends `params: …` (e-mails, password hashes, profiles) to
 * the failed SQL, whose literals may hold values too; PostgreSQL quotes the offending value
 * (`invalid input syntax for type uuid: "…"`).
 */
function messageWithoutValues(message: string, source: 'query' | 'database' | 'other'): string {
  if (source === 'database') return message.replace(/"[^"]*"/g, '"…"').replace(/'[^']*'/g, "'…'");
  if (source === 'query') return (message.split(/\nparams:/)[0] ?? '').replace(/'[^']*'/g, "'…'");
  return message;
}

/** The error's call stack under its cleaned message (the raw stack repeats the raw message). */
function stackWithout(error: Error, header: string): string {
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [header, ...frames].join('\n');
}

/**
 * Serialises an error for the log by allow-list: type, cleaned message and stack, code, status,
 * the database's identifiers and the cause, never parameters, queries' values or details.
 */
export function serializeErrorForLog(value: unknown, depth = 0): SerializedError {
  if (!(value instanceof Error)) {
    return { type: typeof value, message: '[a non-error was thrown]', stack: '' };
  }
  const fields = value as Error & Record<string, unknown>;
  const source =
    typeof fields.severity === 'string' ? 'database' : 'params' in fields ? 'query' : 'other';
  const message = messageWithoutValues(value.message, source);
  const type = value.constructor.name || value.name;
  const serialized: SerializedError = {
    type,
    message,
    stack: stackWithout(value, `${type}: ${message}`),
  };
  if (typeof fields.code === 'string') serialized.code = fields.code;
  if (typeof fields.statusCode === 'number') serialized.statusCode = fields.statusCode;
  for (const key of databaseIdentifiers) {
    if (typeof fields[key] === 'string') serialized[key] = fields[key];
  }
  if (fields.cause !== undefined && depth < 5) {
    serialized.cause = serializeErrorForLog(fields.cause, depth + 1);
  }
  return serialized;
}

/**
 * Pino takes a logged error's raw message as the line's `msg`: give it the cleaned one instead,
 * whoever logs the error (our error handler, Fastify itself, a plugin).
 */
function logMethod(this: unknown, args: Parameters<LogFn>, method: LogFn): void {
  const [first, second] = args as unknown[];
  const error =
    first instanceof Error
      ? first
      : (first as { err?: unknown } | null)?.err instanceof Error
        ? (first as { err: Error }).err
        : undefined;
  if (error && typeof second !== 'string') {
    method.apply(this, [first, serializeErrorForLog(error).message]);
    return;
  }
  method.apply(this, args);
}

/** The request as logged: method and path, without the query string (it may hold names). */
function serializeRequestForLog(request: { method: string; url: string }) {
  return { method: request.method, url: request.url.split('?')[0] };
}

/** Fastify's logger options: level, redaction of secrets, value-free error serialisation. */
export function loggerOptions(
  config: Pick<Config, 'logLevel'>,
  destination?: LogDestination,
): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  return {
    level: config.logLevel,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: { err: serializeErrorForLog, req: serializeRequestForLog },
    hooks: { logMethod },
    ...(destination ? { stream: destination } : {}),
  };
}
