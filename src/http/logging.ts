import type { FastifyServerOptions } from 'fastify';
import type { LogFn } from 'pino';
import type { Config } from '../config/config.js';
import { serializeErrorForLog } from '../shared/loggable-error.js';

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
