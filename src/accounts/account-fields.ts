import { z } from 'zod';
import { invalid } from '../shared/errors.js';
import { MAX_PASSWORD_LENGTH, passwordProblems } from './password-policy.js';
import { ORGANISATION_KINDS, ROLES } from './roles.js';

/** The shapes of account fields, shared by the HTTP schemas and the command line. */
export const emailSchema = z.email().max(254);
export const displayNameSchema = z.string().trim().min(1).max(120);
/** A BCP 47 language tag such as `en`, `fr` or `pt-BR`. */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or fr-BE');
/**
 * A new password's shape; the policy (password-policy.ts) also needs the account's email, so it
 * is checked with `refinePassword` or `assertPasswordAcceptable`. The cap is in UTF-16 units.
 */
export const newPasswordSchema = z
  .string()
  .min(1)
  .max(4 * MAX_PASSWORD_LENGTH);

/** Adds the password policy's problems to an object schema holding `email` and `password`. */
export function refinePassword(
  value: { email: string; password: string },
  ctx: z.core.$RefinementCtx,
): void {
  for (const problem of passwordProblems(value.password, { email: value.email })) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: problem.reason });
  }
}

/** Throws a 400 naming `field` when the password breaks the policy for this account. */
export function assertPasswordAcceptable(password: string, email: string, field: string): void {
  const [problem] = passwordProblems(password, { email });
  if (problem) throw invalid(`accounts.password_${problem.code}`, field, problem.reason);
}
export const roleSchema = z.enum(ROLES);
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
/** ISO 3166-1 alpha-2 country code. */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
