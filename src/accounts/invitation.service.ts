import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { invalid, notFound, unprocessable } from '../shared/errors.js';
import {
  assertPasswordAcceptable,
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  roleSchema,
} from './account-fields.js';
import { normaliseEmail } from './account.store.js';
import { invitationMessage } from './account-messages.js';
import { appUser, organisation } from './accounts.schema.js';
import { recordAudit } from './audit.store.js';
import {
  consumeInvitation,
  findInvitation,
  INVITATION_LIFETIME_MS,
  issueInvitation,
  type InvitationOffer,
} from './invitation.store.js';
import { queueMessage } from './outbox.store.js';
import { hashPassword } from './password.js';
import { emailTaken, insertAccount } from './user-registration.service.js';

/** Whom to invite, and as what. */
export const invitationRequestSchema = z.object({ email: emailSchema, role: roleSchema });
export type InvitationRequest = z.infer<typeof invitationRequestSchema>;

/** Accepting: the token from the link, the name to show and the first password. */
export const invitationAcceptanceSchema = z.object({
  token: z.string().min(1).max(200),
  displayName: displayNameSchema,
  password: newPasswordSchema,
});
export type InvitationAcceptance = z.infer<typeof invitationAcceptanceSchema>;

/** The page of the web UI that takes an invitation token; the token rides in the fragment. */
export const invitationLinkOf = (publicUrl: string, token: string) =>
  `${publicUrl}/invitation#token=${token}`;

/**
 * Invites someone by e-mail to an active organisation with a role: stores a single-use token
 * (7 days) and queues the message with the link, audited. Returns the invitation and its link.
 */
export async function inviteToOrganisation(
  db: Database,
  organisationId: string,
  request: InvitationRequest,
  by: { actorUserId: string | null; now: Date; publicUrl: string },
): Promise<{ id: string; email: string; expiresAt: Date; link: string }> {
  const email = normaliseEmail(request.email);
  return db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisation).where(eq(organisation.id, organisationId));
    if (!org) throw notFound('accounts.unknown_organisation', 'There is no such organisation.');
    if (org.deactivatedAt) {
      throw unprocessable('accounts.organisation_inactive', `${org.name} is deactivated.`, [
        { field: 'organisationId', reason: 'the organisation is deactivated' },
      ]);
    }
    const [existing] = await tx
      .select({ id: appUser.id })
      .from(appUser)
      .where(eq(appUser.email, email));
    if (existing) throw emailTaken(email);
    const issued = await issueInvitation(
      tx,
      { email, organisationId, role: request.role, invitedBy: by.actorUserId },
      by.now,
    );
    const link = invitationLinkOf(by.publicUrl, issued.token);
    const validDays = INVITATION_LIFETIME_MS / 86_400_000;
    await queueMessage(
      tx,
      invitationMessage(email, { organisationName: org.name, role: request.role, link, validDays }),
      by.now,
    );
    await recordAudit(tx, {
      at: by.now,
      actorUserId: by.actorUserId,
      action: 'invitation.create',
      entity: 'invitation',
      entityId: issued.id,
      subjectUserId: null,
      detail: { organisationId, role: request.role, fields: ['email'] },
    });
    return { id: issued.id, email, expiresAt: issued.expiresAt, link };
  });
}

const unusableInvitation = () =>
  invalid('accounts.invalid_invitation', 'token', 'is unknown, already used or expired');

/** What a usable invitation offers, for the acceptance page; refuses an unusable token. */
export async function lookUpInvitation(
  db: Database,
  token: string,
  now: Date,
): Promise<InvitationOffer> {
  const offer = await findInvitation(db, token, now);
  if (!offer) throw unusableInvitation();
  return offer;
}

/**
 * Accepts an invitation: checks the password policy first (a refused password leaves the
 * invitation usable), then uses it up and creates the account with its membership. Returns the
 * new user's id.
 */
export async function acceptInvitation(
  db: Database,
  acceptance: InvitationAcceptance,
  now: Date,
): Promise<string> {
  const offer = await lookUpInvitation(db, acceptance.token, now);
  assertPasswordAcceptable(acceptance.password, offer.email, 'password');
  const passwordHash = await hashPassword(acceptance.password);
  return db.transaction(async (tx) => {
    if (!(await consumeInvitation(tx, offer.id, now))) throw unusableInvitation();
    return insertAccount(
      tx,
      { email: offer.email, displayName: acceptance.displayName, passwordHash },
      { organisationId: offer.organisationId, role: offer.role },
      { now, detail: { invitationId: offer.id } },
    );
  });
}
