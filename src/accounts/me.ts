import { z } from 'zod';
import type { Account } from './account.store.js';
import { countrySchema, organisationKindSchema, roleSchema } from './account-fields.js';

/** The logged-in user as the web UI sees them. */
export const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    memberships: z.array(
      z.object({
        organisationId: z.uuid(),
        organisationName: z.string(),
        organisationKind: organisationKindSchema,
        country: countrySchema,
        role: roleSchema,
      }),
    ),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

/** A session as the web UI needs it: who is logged in and the token for unsafe requests. */
export const sessionSchema = z
  .object({ user: meSchema, csrfToken: z.string() })
  .meta({ id: 'Session' });

/** Presents an account (never the password hash or session secrets). */
export function presentMe(account: Account): Me {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    locale: account.locale,
    memberships: account.memberships.map((m) => ({ ...m })),
  };
}
