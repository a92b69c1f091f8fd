import { z } from 'zod';
import {
  countrySchema,
  currencySchema,
  escoSkillUriSchema,
  isoDateSchema,
  longText,
  shortText,
} from '../profile-fields.js';

/** Where a programme is given relative to the corridor it serves. */
export const PROGRAMME_LOCATIONS = ['origin', 'destination', 'third_country', 'online'] as const;

/** A module of a programme: what recognition's compensation pathways are built from. */
export const programmeModuleSchema = z.object({
  title: shortText,
  skills: z.array(escoSkillUriSchema).min(1).max(200),
  hours: z.number().positive().max(10_000),
  cost: z.object({ amount: z.number().min(0), currency: currencySchema }).optional(),
});

export const certificationSchema = z.object({
  title: shortText,
  /** Awarding bodies; two or more in different countries is dual certification. */
  awardingBodies: z
    .array(z.object({ name: shortText, country: countrySchema }))
    .min(1)
    .max(5),
  eqfLevel: z.number().int().min(1).max(8).optional(),
});

/** A training programme of a provider, with its modules, seats and start dates. */
export const programmeSchema = z
  .object({
    title: shortText,
    providerId: z.uuid(),
    partnershipId: z.string().max(100).optional(),
    location: z.enum(PROGRAMME_LOCATIONS),
    country: countrySchema.optional(),
    city: z.string().trim().max(120).optional(),
    modules: z.array(programmeModuleSchema).min(1).max(100),
    seats: z.number().int().min(1).max(100_000),
    cost: z.object({ amount: z.number().min(0), currency: currencySchema }).optional(),
    certification: certificationSchema.optional(),
    startDates: z.array(isoDateSchema).max(50).default([]),
    description: longText.optional(),
  })
  .meta({ id: 'Programme' });

export type Programme = z.infer<typeof programmeSchema>;

/** Total length of a programme in hours: the sum of its modules. */
export function programmeHours(p: Pick<Programme, 'modules'>): number {
  return p.modules.reduce((sum, m) => sum + m.hours, 0);
}

/** Every ESCO skill the programme teaches, once. */
export function skillsTaught(p: Pick<Programme, 'modules'>): string[] {
  return [...new Set(p.modules.flatMap((m) => m.skills))];
}

/** Whether the certification is awarded in two or more countries. */
export function isDualCertification(p: Pick<Programme, 'certification'>): boolean {
  return new Set(p.certification?.awardingBodies.map((b) => b.country) ?? []).size >= 2;
}

/** Rule problems of a well-formed programme: a location abroad needs its country. */
export function programmeProblems(p: Programme): { field: string; reason: string }[] {
  return p.location !== 'online' && !p.country
    ? [{ field: 'country', reason: `is required for a programme given at ${p.location}` }]
    : [];
}
