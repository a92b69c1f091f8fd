import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  countrySchema,
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  refinePassword,
} from '../../accounts/account-fields.js';
import { organisation } from '../../accounts/accounts.schema.js';
import { admitAttempt } from '../../accounts/attempt-counter.store.js';
import { ADDRESS_SIGNUP_RULE } from '../../accounts/attempt-limit.js';
import { recordAudit } from '../../accounts/audit.store.js';
import { TooManyAttempts } from '../../accounts/login.service.js';
import { hashPassword } from '../../accounts/password.js';
import type { ClientInfo } from '../../accounts/session.store.js';
import { insertAccount } from '../../accounts/user-registration.service.js';
import type { Database } from '../../db/database.js';
import { candidate, candidateConsent } from '../people.schema.js';
import { candidateProfileSchema } from './candidate-profile.js';
import { CONSENT_PURPOSES } from './consent.js';

/**
 * A candidate signing up: each consent purpose must be answered explicitly (true or false; no
 * default, so that nothing is ticked for them).
 */
export const candidateSignupSchema = z
  .object({
    email: emailSchema,
    displayName: displayNameSchema,
    password: newPasswordSchema,
    residenceCountry: countrySchema,
    nationality: countrySchema,
    consents: z.object({
      partnership_matching: z.boolean(),
      employer_sharing: z.boolean(),
      anonymous_statistics: z.boolean(),
    }),
  })
  .superRefine(refinePassword);
export type CandidateSignup = z.infer<typeof candidateSignupSchema>;

/**
 * Creates a candidate's account in their own `individual` organisation, their profile and the
 * consents they gave, in one audited transaction; sign-ups are limited per client address.
 * Returns the new user's id.
 */
export async function signUpCandidate(
  db: Database,
  signup: CandidateSignup,
  by: { client: ClientInfo; now: Date },
): Promise<string> {
  const subject = { scope: 'signup-address', value: by.client.ip, rule: ADDRESS_SIGNUP_RULE };
  const admission = await admitAttempt(db, [subject], by.now);
  if (!admission.admitted) throw new TooManyAttempts(admission.retryAt);
  const passwordHash = await hashPassword(signup.password);
  const now = by.now;
  return db.transaction(async (tx) => {
    const homeId = randomUUID();
    await tx.insert(organisation).values({
      id: homeId,
      name: signup.displayName,
      kind: 'individual',
      country: signup.residenceCountry,
      createdAt: now,
    });
    const userId = await insertAccount(
      tx,
      { email: signup.email, displayName: signup.displayName, passwordHash },
      { organisationId: homeId, role: 'candidate' },
      { now, detail: { by: 'signup' } },
    );
    const candidateId = randomUUID();
    const profile = candidateProfileSchema.parse({
      name: signup.displayName,
      residenceCountry: signup.residenceCountry,
      nationality: signup.nationality,
    });
    const row = { id: candidateId, userId, residenceCountry: profile.residenceCountry, profile };
    await tx.insert(candidate).values({ ...row, createdAt: now, updatedAt: now });
    const audit = { at: now, actorUserId: userId, entity: 'candidate', entityId: candidateId };
    await recordAudit(tx, {
      ...audit,
      action: 'candidate.create',
      subjectUserId: userId,
      detail: { fields: ['name', 'residenceCountry', 'nationality'] },
    });
    for (const purpose of CONSENT_PURPOSES.filter((p) => signup.consents[p])) {
      await tx.insert(candidateConsent).values({ candidateId, purpose, grantedAt: now });
      await recordAudit(tx, {
        ...audit,
        action: 'consent.grant',
        subjectUserId: userId,
        detail: { purpose },
      });
    }
    return userId;
  });
}
