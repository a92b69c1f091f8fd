import type { Database } from '../db/database.js';
import { PasserelleError } from '../shared/errors.js';
import { findAccount, findCredentials, type Account } from './account.store.js';
import { verifyAgainstDecoy, verifyPassword } from './password.js';
import { openSession, type OpenedSession } from './session.store.js';

/** The one answer to every failed login, so that it does not reveal which emails exist. */
export const wrongCredentials = () =>
  new PasserelleError('unauthenticated', 'auth.invalid_credentials', 'Email or password is wrong.');

/** Checks the credentials and opens a session, or throws wrongCredentials(). */
export async function logIn(
  db: Database,
  credentials: { email: string; password: string },
  now: Date,
): Promise<{ account: Account; session: OpenedSession }> {
  const found = await findCredentials(db, credentials.email);
  const valid = found
    ? await verifyPassword(found.passwordHash, credentials.password)
    : await verifyAgainstDecoy(credentials.password);
  if (!found || !valid) throw wrongCredentials();
  const account = await findAccount(db, found.userId);
  if (!account) throw wrongCredentials();
  const session = await openSession(db, found.userId, now);
  return { account, session };
}
