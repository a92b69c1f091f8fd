import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { invalid, notFound } from '../shared/errors.js';
import { assertPasswordAcceptable } from './account-fields.js';
import { findAccount, findCredentials, normaliseEmail } from './account.store.js';
import { recordAccountEvent } from './account-events.service.js';
import { passwordResetMessage } from './account-messages.js';
import { appUser } from './accounts.schema.js';
import { admitAttempt, forgetAttempts, type AttemptSubject } from './attempt-counter.store.js';
import { ACCOUNT_RESET_RULE, ADDRESS_RESET_RULE } from './attempt-limit.js';
import { loginSubjects, TooManyAttempts } from './login.service.js';
import { queueMessage } from './outbox.store.js';
import { hashPassword, verifyPassword } from './password.js';
import {
  consumeResetToken,
  dropResetTokens,
  findResetTarget,
  issueResetToken,
  RESET_TOKEN_LIFETIME_MS,
} from './password-reset.store.js';
import { closeAllSessions, type ClientInfo } from './session.store.js';

/** The page of the web UI that takes a reset token; the token rides in the fragment. */
const resetLinkOf = (publicUrl: string, token: string) =>
  `${publicUrl}/reset-password#token=${token}`;

/**
 * Changes the logged-in user's password after checking the current one (wrong guesses count
 * towards the account's login limit), and ends every other session of theirs.
 */
export async function changePassword(
  db: Database,
  change: { userId: string; currentPassword: string; newPassword: string },
  by: { sessionTokenHash: string; client: ClientInfo; now: Date },
): Promise<void> {
  const account = await findAccount(db, change.userId);
  if (!account) throw notFound('accounts.unknown_user', 'This user no longer exists.');
  const [accountSubject] = loginSubjects(account.email, by.client);
  const admission = await admitAttempt(db, [accountSubject], by.now);
  if (!admission.admitted) throw new TooManyAttempts(admission.retryAt);
  const credentials = await findCredentials(db, account.email);
  if (!credentials || !(await verifyPassword(credentials.passwordHash, change.currentPassword))) {
    throw invalid('accounts.wrong_password', 'currentPassword', 'is not your current password');
  }
  await forgetAttempts(db, accountSubject);
  assertPasswordAcceptable(change.newPassword, account.email, 'newPassword');
  const passwordHash = await hashPassword(change.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(appUser).set({ passwordHash }).where(eq(appUser.id, account.id));
    await closeAllSessions(tx, account.id, by.sessionTokenHash);
    await dropResetTokens(tx, account.id);
    await recordAccountEvent(tx, {
      action: 'user.password_change',
      userId: account.id,
      client: by.client,
      at: by.now,
      detail: { fields: ['password'], otherSessionsEnded: true },
    });
  });
}

/** The counters a reset request goes through: per email and per client address. */
const resetSubjects = (email: string, client: ClientInfo): AttemptSubject[] => [
  { scope: 'reset-account', value: normaliseEmail(email), rule: ACCOUNT_RESET_RULE },
  { scope: 'reset-address', value: client.ip, rule: ADDRESS_RESET_RULE },
];

/**
 * Queues a reset link for the account with this email, if there is one. The caller answers the
 * same either way, so the request reveals nothing about which emails have accounts.
 */
export async function requestPasswordReset(
  db: Database,
  email: string,
  by: { client: ClientInfo; now: Date; publicUrl: string },
): Promise<void> {
  const admission = await admitAttempt(db, resetSubjects(email, by.client), by.now);
  if (!admission.admitted) throw new TooManyAttempts(admission.retryAt);
  const found = await findCredentials(db, email);
  if (!found) return;
  await db.transaction(async (tx) => {
    const token = await issueResetToken(tx, found.userId, by.now);
    const link = resetLinkOf(by.publicUrl, token);
    const minutes = RESET_TOKEN_LIFETIME_MS / 60_000;
    await queueMessage(tx, passwordResetMessage(normaliseEmail(email), link, minutes), by.now);
    await recordAccountEvent(tx, {
      action: 'user.password_reset_request',
      userId: found.userId,
      actorUserId: null,
      client: by.client,
      at: by.now,
    });
  });
}

/** A reset link for an administrator to hand over (`passerelle users reset-link`). */
export async function adminResetLink(
  db: Database,
  email: string,
  by: { now: Date; publicUrl: string },
): Promise<string> {
  const found = await findCredentials(db, email);
  if (!found) throw notFound('accounts.unknown_user', `There is no account for ${email}.`);
  return db.transaction(async (tx) => {
    const token = await issueResetToken(tx, found.userId, by.now);
    await recordAccountEvent(tx, {
      action: 'user.password_reset_request',
      userId: found.userId,
      actorUserId: null,
      client: null,
      at: by.now,
      detail: { by: 'command line' },
    });
    return resetLinkOf(by.publicUrl, token);
  });
}

const unusableToken = () =>
  invalid('auth.invalid_reset_token', 'token', 'is unknown, already used or expired');

/**
 * Sets a new password with a reset token: checks the policy first (a refused password leaves
 * the token usable), then uses up the token, ends every session and lifts a login lock.
 */
export async function confirmPasswordReset(
  db: Database,
  reset: { token: string; password: string },
  by: { client: ClientInfo; now: Date },
): Promise<void> {
  const target = await findResetTarget(db, reset.token, by.now);
  if (!target) throw unusableToken();
  assertPasswordAcceptable(reset.password, target.email, 'password');
  const passwordHash = await hashPassword(reset.password);
  await db.transaction(async (tx) => {
    const userId = await consumeResetToken(tx, reset.token, by.now);
    if (userId !== target.userId) throw unusableToken();
    await tx.update(appUser).set({ passwordHash }).where(eq(appUser.id, userId));
    await closeAllSessions(tx, userId);
    await recordAccountEvent(tx, {
      action: 'user.password_reset',
      userId,
      client: by.client,
      at: by.now,
      detail: { fields: ['password'], sessionsEnded: true },
    });
  });
  const [accountSubject] = loginSubjects(target.email, by.client);
  await forgetAttempts(db, accountSubject);
}
