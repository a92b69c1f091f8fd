import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { invitation, organisation } from './accounts.schema.js';
import type { Role } from './roles.js';
import { hashToken } from './session.store.js';

/** How long an invitation works: seven days. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

type Tx = Pick<Database, 'insert' | 'update' | 'select'>;

/** What an invitation offers: a role in an organisation, to one e-mail address. */
export interface InvitationOffer {
  id: string;
  email: string;
  organisationId: string;
  organisationName: string;
  role: Role;
  expiresAt: Date;
}

/** Stores an invitation; returns its id and single-use token (only the token's hash is kept). */
export async function issueInvitation(
  tx: Tx,
  offer: { email: string; organisationId: string; role: Role; invitedBy: string | null },
  now: Date,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await tx
    .insert(invitation)
    .values({ tokenHash: hashToken(token), id, ...offer, createdAt: now, expiresAt });
  return { id, token, expiresAt };
}

const usable = (token: string, now: Date) =>
  and(
    eq(invitation.tokenHash, hashToken(token)),
    isNull(invitation.acceptedAt),
    gt(invitation.expiresAt, now),
    isNull(organisation.deactivatedAt),
  );

/** The offer of an unused, unexpired invitation to an active organisation, or null. */
export async function findInvitation(
  db: Tx,
  token: string,
  now: Date,
): Promise<InvitationOffer | null> {
  const [row] = await db
    .select({
      id: invitation.id,
      email: invitation.email,
      organisationId: invitation.organisationId,
      organisationName: organisation.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    })
    .from(invitation)
    .innerJoin(organisation, eq(organisation.id, invitation.organisationId))
    .where(usable(token, now));
  return row ?? null;
}

/** Uses up the invitation (of two concurrent uses only one succeeds); false when not usable. */
export async function consumeInvitation(tx: Tx, id: string, now: Date): Promise<boolean> {
  const used = await tx
    .update(invitation)
    .set({ acceptedAt: now })
    .where(and(eq(invitation.id, id), isNull(invitation.acceptedAt), gt(invitation.expiresAt, now)))
    .returning({ id: invitation.id });
  return used.length === 1;
}
