import { z } from 'zod';
import { candidateSchema, presentCandidate } from './candidate.presenters.js';
import type { exportCandidateData } from './candidate.store.js';
import type { PersonalDataSection } from './personal-data.js';

const enrolmentSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeTitle: z.string(),
  enrolledOn: z.iso.date(),
  recordedAt: z.iso.datetime(),
  withdrawnOn: z.iso.date().nullable(),
  withdrawalReason: z.string().nullable(),
});

const completionSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeTitle: z.string(),
  modules: z.array(z.number().int()),
  completedOn: z.iso.date(),
  recordedAt: z.iso.datetime(),
});

const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actorUserId: z.uuid().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  subjectUserId: z.uuid().nullable(),
  detail: z.record(z.string(), z.unknown()),
});

/** The JSON Resume 1.0 document of `?format=json_resume` (its own schema, not restated here). */
const jsonResumeSchema = z
  .looseObject({ basics: z.looseObject({ name: z.string().optional() }) })
  .describe('A JSON Resume 1.0 document of the profile');

/**
 * The response of `GET /api/candidates/me/export`: everything held about the person, the
 * people area's own tables and the sections other areas hold (each with its schema), or the
 * profile as JSON Resume.
 */
export function personalDataExportSchema(sections: readonly PersonalDataSection[]) {
  const exported = z
    .object({
      exportedAt: z.iso.datetime(),
      candidate: candidateSchema,
      programmeEnrolments: z.array(enrolmentSchema),
      programmeCompletions: z.array(completionSchema),
      audit: z.array(auditEventSchema).describe('Every audit event about the person'),
      ...Object.assign({}, ...sections.map((s) => s.shape)),
    })
    .describe('Everything Passerelle holds about the person (GDPR art. 15 and 20)');
  return z.union([exported, jsonResumeSchema]);
}

/** The export as the API shows it: dates as ISO strings; the other areas' sections as read. */
export function presentPersonalData(data: Awaited<ReturnType<typeof exportCandidateData>>) {
  return {
    ...data,
    exportedAt: data.exportedAt.toISOString(),
    candidate: presentCandidate(data.candidate),
    programmeEnrolments: data.programmeEnrolments.map((e) => ({
      ...e,
      recordedAt: e.recordedAt.toISOString(),
    })),
    programmeCompletions: data.programmeCompletions.map((c) => ({
      ...c,
      recordedAt: c.recordedAt.toISOString(),
    })),
    audit: data.audit.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}
