import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './password.js';
import { ORGANISATION_KINDS, ROLES } from './roles.js';

/** The shapes of account fields, shared by the HTTP schemas and the command line. */
export const emailSchema = z.email().max(254);
export const displayNameSchema = z.string().trim().min(1).max(120);
/** A BCP 47 language tag such as `en`, `fr` or `pt-BR`. */
export const localeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or fr-BE');
/** A new password; argon2 hashes any length, the cap only bounds the work. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024);
export const roleSchema = z.enum(ROLES);
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
/** ISO 3166-1 alpha-2 country code. */
export const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
