/**
 * Errors as they may be written to a log or a terminal: no parameter values, password hashes,
 * e-mails or profile content, whatever the database driver put into the error (docs/security.md).
 */

/** Database error fields that name things (never hold values); everything else is dropped. */
const databaseIdentifiers = ['severity', 'routine', 'schema', 'table', 'column', 'constraint'];

export interface SerializedError {
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

/** An unexpected error's stack and causes, without values, for the command line's stderr. */
export function loggableStack(error: unknown): string {
  const lines: string[] = [];
  for (let e: SerializedError | undefined = serializeErrorForLog(error); e; e = e.cause) {
    lines.push(lines.length ? `caused by: ${e.stack || e.message}` : e.stack || e.message);
  }
  return lines.join('\n');
}
