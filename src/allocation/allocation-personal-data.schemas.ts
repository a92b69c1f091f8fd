import { z } from 'zod';

/**
 * The allocation section of a person's data export (`GET /api/candidates/me/export`): the
 * coordinators' decisions about the person in allocation runs, with the slot by name. Not the
 * run's snapshot of the cohort, which holds other people.
 */
export const exportedAllocationOverrideSchema = z.object({
  partnership: z.string(),
  runStartedOn: z.iso.datetime(),
  /** The vacancy or programme the person was put in; null: left unassigned. */
  slot: z.object({ kind: z.enum(['vacancy', 'programme']), title: z.string() }).nullable(),
  locked: z.boolean(),
  reason: z.string(),
  at: z.iso.datetime(),
});

/** The keys the allocation area adds to the export. */
export const allocationPersonalDataShape = {
  allocationOverrides: z
    .array(exportedAllocationOverrideSchema)
    .describe("A coordinator's decisions about the person in allocation runs"),
};

export type ExportedAllocationOverride = z.infer<typeof exportedAllocationOverrideSchema>;
