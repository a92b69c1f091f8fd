import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { PasserelleError, unprocessable } from '../shared/errors.js';
import { organisation } from './accounts.schema.js';
import { actorOf, findAccount, findCredentials } from './account.store.js';
import type { Actor } from './actor.js';

/** Validates command-line input with the same schema as the API, naming every bad option. */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  input: unknown,
  optionNames: Record<string, string> = {},
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => ({
    field: `--${optionNames[i.path.join('.')] ?? i.path.join('.')}`,
    reason: i.message,
  }));
  throw new PasserelleError(
    'invalid',
    'cli.invalid_options',
    fields.map((f) => `${f.field}: ${f.reason}`).join('; '),
    fields,
  );
}

/** The id of an organisation named by id or by exact name. */
export async function resolveOrganisation(db: Database, idOrName: string): Promise<string> {
  const byName = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(eq(organisation.name, idOrName));
  if (byName.length > 1) {
    throw unprocessable(
      'accounts.ambiguous_organisation',
      `Several organisations are named "${idOrName}"; give its id.`,
    );
  }
  if (byName[0]) return byName[0].id;
  if (z.uuid().safeParse(idOrName).success) return idOrName;
  throw unprocessable('accounts.unknown_organisation', `No organisation is named "${idOrName}".`, [
    { field: '--organisation', reason: 'neither an organisation id nor an exact name' },
  ]);
}

/**
 * The user a command acts as (`--as <email>`), with their memberships, as a session would give
 * them to a route: the same policies then decide, and the audit names them. A disabled or
 * unknown user is refused naming the option.
 */
export async function actingUser(db: Database, email: string): Promise<Actor> {
  const credentials = await findCredentials(db, email);
  const account = credentials && (await findAccount(db, credentials.userId));
  if (!account)
    throw unprocessable(
      'accounts.unknown_acting_user',
      `No active user has the e-mail "${email}".`,
      [{ field: '--as', reason: 'not the e-mail of an active user' }],
    );
  return actorOf(account);
}
