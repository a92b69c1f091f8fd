import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.js';
import { unauthenticated } from '../shared/errors.js';
import { findAccount } from './account.store.js';
import { recordAccountEvent } from './account-events.service.js';
import { presentMe, type Me } from './me.js';
import { clientOf, setSessionCookie } from './session.hook.js';
import { openSession } from './session.store.js';

/**
 * Signs in a user who has just proved who they are another way (accepted an invitation, signed
 * up, set up the first administrator): opens a session, sets the cookie, audits the login.
 */
export async function startSessionFor(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<{ user: Me; csrfToken: string }> {
  const account = await findAccount(ctx.db, userId);
  if (!account) throw unauthenticated();
  const client = clientOf(request);
  const now = ctx.now();
  const session = await openSession(ctx.db, userId, client, now);
  await recordAccountEvent(ctx.db, { action: 'user.login', userId, client, at: now });
  setSessionCookie(reply, ctx, session.token);
  return { user: presentMe(account), csrfToken: session.csrfToken };
}
