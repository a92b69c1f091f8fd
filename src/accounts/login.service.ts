import type { Database } from '../db/database.js';
import { PasserelleError } from '../shared/errors.js';
import { findAccount, findCredentials, normaliseEmail, type Account } from './account.store.js';
import { recordAccountEvent } from './account-events.service.js';
import { accountLockedMessage } from './account-messages.js';
import {
  admitAttempt,
  forgetAttempts,
  refundAttempt,
  type AttemptSubject,
} from './attempt-counter.store.js';
import {
  ACCOUNT_LOGIN_RULE,
  ADDRESS_LOGIN_RULE,
  blockDuration,
  startsFirstBlock,
  type AttemptCount,
} from './attempt-limit.js';
import { queueMessage } from './outbox.store.js';
import { verifyAgainstDecoy, verifyPassword } from './password.js';
import { openSession, type ClientInfo, type OpenedSession } from './session.store.js';

/** The one answer to every failed login, so that it does not reveal which emails exist. */
export const wrongCredentials = () =>
  new PasserelleError('unauthenticated', 'auth.invalid_credentials', 'Email or password is wrong.');

/** Refusal while attempts are blocked; `retryAt` says when to try again. */
export class TooManyAttempts extends PasserelleError {
  constructor(readonly retryAt: Date) {
    super(
      'too_many_requests',
      'auth.too_many_attempts',
      'Too many failed attempts: wait a while before trying again.',
    );
  }
}

/** The counters a login attempt goes through: its account (email) and its client address. */
export function loginSubjects(email: string, client: ClientInfo): [AttemptSubject, AttemptSubject] {
  return [
    { scope: 'login-account', value: normaliseEmail(email), rule: ACCOUNT_LOGIN_RULE },
    { scope: 'login-address', value: client.ip, rule: ADDRESS_LOGIN_RULE },
  ];
}

/**
 * Checks the credentials and opens a session, or throws wrongCredentials() / TooManyAttempts.
 * Every attempt is counted per account and per address before the password is checked.
 */
export async function logIn(
  db: Database,
  credentials: { email: string; password: string },
  client: ClientInfo,
  now: Date,
): Promise<{ account: Account; session: OpenedSession }> {
  const [accountSubject, addressSubject] = loginSubjects(credentials.email, client);
  const admission = await admitAttempt(db, [accountSubject, addressSubject], now);
  if (!admission.admitted) throw new TooManyAttempts(admission.retryAt);
  const found = await findCredentials(db, credentials.email);
  const valid = found
    ? await verifyPassword(found.passwordHash, credentials.password)
    : await verifyAgainstDecoy(credentials.password);
  const account = found && valid ? await findAccount(db, found.userId) : null;
  if (!account) {
    if (found) await recordFailure(db, found.userId, client, admission.counts[0], now);
    throw wrongCredentials();
  }
  await forgetAttempts(db, accountSubject);
  await refundAttempt(db, addressSubject);
  const session = await openSession(db, account.id, client, now);
  await recordAccountEvent(db, { action: 'user.login', userId: account.id, client, at: now });
  return { account, session };
}

/** Audits a wrong password; on the failure that locks the account, tells its owner. */
async function recordFailure(
  db: Database,
  userId: string,
  client: ClientInfo,
  count: AttemptCount | undefined,
  now: Date,
): Promise<void> {
  const failures = count?.attempts ?? 0;
  const locks = count !== undefined && startsFirstBlock(count, ACCOUNT_LOGIN_RULE);
  const account = locks ? await findAccount(db, userId) : null;
  await db.transaction(async (tx) => {
    await recordAccountEvent(tx, {
      action: 'user.login_failed',
      userId,
      actorUserId: null,
      client,
      at: now,
      detail: { failures },
    });
    if (!account) return;
    const minutes = blockDuration(failures, ACCOUNT_LOGIN_RULE) / 60_000;
    await recordAccountEvent(tx, {
      action: 'user.lock',
      userId,
      actorUserId: null,
      client,
      at: now,
      detail: { failures, minutes },
    });
    await queueMessage(tx, accountLockedMessage(account.email, failures, minutes), now);
  });
}
