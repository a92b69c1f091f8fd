import { and, eq } from 'drizzle-orm';
import { appUser, membership, organisation } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import { candidate } from '../people/people.schema.js';
import { bindingPartnerships } from './binding-partnerships.store.js';
import type { RplEntitlement } from './recognition.policy.js';
import { recognitionCase } from './recognition.schema.js';

/** The parties of a partnership that assess people's skills. */
const ASSESSING_PARTIES = new Set(['training_provider', 'recognition_body']);

/** Where the person lives: their candidate profile's country and their individual account's. */
async function residenceCountries(db: Database, userId: string): Promise<string[]> {
  const profile = await db
    .select({ country: candidate.residenceCountry })
    .from(candidate)
    .where(eq(candidate.userId, userId));
  const individual = await db
    .select({ country: organisation.country })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.userId, userId), eq(organisation.kind, 'individual')));
  return [...new Set([...profile, ...individual].map((r) => r.country))];
}

/** The countries the person applies to for recognition (targets of their cases). */
async function applicationCountries(db: Database, userId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ country: recognitionCase.targetCountry })
    .from(recognitionCase)
    .where(eq(recognitionCase.applicantUserId, userId));
  return rows.map((r) => r.country);
}

/**
 * Which organisations may assess the person (docs/recognition.md, "Who may record RPL"), or null
 * when there is no such person. The person takes part in a partnership whose corridor starts in a
 * country they live in, or leads to a country they apply to.
 */
export async function rplEntitlement(
  db: Database,
  personUserId: string,
): Promise<RplEntitlement | null> {
  const [person] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(eq(appUser.id, personUserId));
  if (!person) return null;
  const lives = await residenceCountries(db, personUserId);
  const applies = await applicationCountries(db, personUserId);
  const partnerships = (await bindingPartnerships(db)).filter((p) =>
    p.corridors.some((c) => lives.includes(c.origin) || applies.includes(c.destination)),
  );
  return {
    countries: [...new Set([...lives, ...applies])],
    partnershipBodyIds: partnerships.flatMap((p) =>
      p.parties
        .filter((party) => ASSESSING_PARTIES.has(party.role))
        .map((party) => party.organisationId),
    ),
  };
}
