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

/** The message inviting someone to join an organisation (the link sets their password). */
export function invitationMessage(
  recipient: string,
  offer: { organisationName: string; role: string; link: string; validDays: number },
): OutgoingMessage {
  return {
    kind: 'invitation',
    recipient,
    subject: `You are invited to join ${offer.organisationName} on Passerelle`,
    body:
      `You are invited to join ${offer.organisationName} on Passerelle as ${offer.role}.\n\n` +
      `To accept, open this link within ${offer.validDays} days and choose your password:\n` +
      `${offer.link}\n\nThe link works once. If you did not expect it, ignore this message.\n`,
  };
}
