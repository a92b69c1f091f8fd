import type { OutgoingMessage } from './outbox.store.js';

/** The message with a password-reset link (English; the link itself is language-neutral). */
export function passwordResetMessage(
  recipient: string,
  link: string,
  validMinutes: number,
): OutgoingMessage {
  return {
    kind: 'password_reset',
    recipient,
    subject: 'Reset your Passerelle password',
    body:
      `Someone asked to reset the password of your Passerelle account.\n\n` +
      `To choose a new password, open this link within ${validMinutes} minutes:\n${link}\n\n` +
      `The link works once. If you did not ask for it, ignore this message: ` +
      `your password stays as it is.\n`,
  };
}

/** The message telling an account's owner that wrong passwords have locked it for a while. */
export function accountLockedMessage(
  recipient: string,
  failures: number,
  lockedMinutes: number,
): OutgoingMessage {
  return {
    kind: 'account_locked',
    recipient,
    subject: 'Your Passerelle account is locked for a while',
    body:
      `Someone entered a wrong password for your Passerelle account ${failures} times, so ` +
      `logging in is blocked for ${lockedMinutes} minutes, and longer after further failures.\n\n` +
      `If this was not you, someone may be guessing your password: once you can log in, ` +
      `change it, and sign out of every session from your account's security page.\n`,
  };
}
