import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loggableStack, serializeErrorForLog } from './loggable-error.js';

const EMAIL = 'awa.ndiaye@example.org';
const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA';

/** What the pg driver throws for a duplicate key: the values are in `detail`. */
function duplicateKey(): Error {
  return Object.assign(
    new Error('duplicate key value violates unique constraint "app_user_email_unique"'),
    {
      severity: 'ERROR',
      code: '23505',
      detail: `Key (email)=(${EMAIL}) already exists.`,
      table: 'app_user',
      constraint: 'app_user_email_unique',
    },
  );
}

describe('errors without values', () => {
  const failed = () =>
    new DrizzleQueryError(
      'insert into "app_user" ("email", "password_hash") values ($1, $2)',
      [EMAIL, HASH],
      duplicateKey(),
    );

  it('GIVEN a failed query WHEN serialised THEN the SQL, identifiers and cause stay and the parameters and detail go', () => {
    const serialized = serializeErrorForLog(failed());
    expect(serialized).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query: insert into "app_user" ("email", "password_hash") values ($1, $2)',
      cause: { code: '23505', table: 'app_user', constraint: 'app_user_email_unique' },
    });
    const text = JSON.stringify(serialized);
    for (const value of [EMAIL, HASH, 'params:', 'Key (email)']) expect(text).not.toContain(value);
  });

  it('GIVEN an unexpected error on the command line THEN its stack and causes are printed without values', () => {
    const stack = loggableStack(failed());
    expect(stack).toMatch(/^DrizzleQueryError: Failed query: insert into "app_user"/);
    expect(stack).toMatch(/\n\s+at /);
    expect(stack).toMatch(/caused by: Error: duplicate key value violates unique constraint "…"/);
    for (const value of [EMAIL, HASH]) expect(stack).not.toContain(value);
  });

  it('GIVEN something thrown that is not an error THEN it is not printed', () => {
    expect(loggableStack(`secret ${EMAIL}`)).not.toContain(EMAIL);
  });
});
