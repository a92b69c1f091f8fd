import type { z } from 'zod';
import type { Database } from '../../db/database.js';

/**
 * A part of a person's data export held by another area (journeys, fair recruitment,
 * allocation), which the people area may not import: the composition root (`src/http/app.ts`)
 * passes each area's section in. `read` gives the person's own rows, as the API shows them
 * (dates as strings, names rather than ids, nothing about anyone else); `shape` is the response
 * schema of the keys it adds.
 */
export interface PersonalDataSection {
  shape: z.ZodRawShape;
  read(db: Database, candidateId: string): Promise<Record<string, unknown>>;
}

/**
 * How a person's data export and erasure cover each table that holds their candidate id, or hangs
 * on a row that does (a journey's events and steps, a contract's versions):
 * `personal-data.store.test.ts` derives the tables from the drizzle schema and fails for one
 * missing here. A key `a.b` is key `b` of each element of `a`. Pure.
 */
export interface PersonalDataCoverage {
  /** The key of the export that holds the table's rows, or why the export leaves them out. */
  export: { key: string } | { notExported: string };
  /**
   * How erasure removes the rows: the candidate row itself, a foreign key that cascades (to the
   * candidate or to a row that goes with them), or a trigger of a hand-written migration.
   */
  erasure: 'the candidate row' | 'cascade' | { trigger: string };
}

export const PERSONAL_DATA_COVERAGE: Readonly<Record<string, PersonalDataCoverage>> = {
  candidate: { export: { key: 'candidate' }, erasure: 'the candidate row' },
  candidate_consent: { export: { key: 'candidate.consents' }, erasure: 'cascade' },
  programme_enrolment: { export: { key: 'programmeEnrolments' }, erasure: 'cascade' },
  programme_completion: { export: { key: 'programmeCompletions' }, erasure: 'cascade' },
  journey: { export: { key: 'journeys' }, erasure: 'cascade' },
  journey_event: { export: { key: 'journeys.events' }, erasure: 'cascade' },
  journey_evidence: { export: { key: 'journeys.evidence' }, erasure: 'cascade' },
  permit_application: { export: { key: 'journeys.permits' }, erasure: 'cascade' },
  permit_reminder: { export: { key: 'journeys.permits.remindersQueued' }, erasure: 'cascade' },
  arrival_item: { export: { key: 'journeys.arrivalChecklist' }, erasure: 'cascade' },
  arrival_check_in: { export: { key: 'journeys.arrivalCheckIns' }, erasure: 'cascade' },
  in_work_record: { export: { key: 'journeys.inWork' }, erasure: 'cascade' },
  journey_return: { export: { key: 'journeys.return' }, erasure: 'cascade' },
  reintegration_plan: { export: { key: 'journeys.reintegration' }, erasure: 'cascade' },
  reintegration_follow_up: {
    export: { key: 'journeys.reintegration.followUps' },
    erasure: 'cascade',
  },
  orientation_attempt: { export: { key: 'orientationAttempts' }, erasure: 'cascade' },
  placement_contract: { export: { key: 'placementContracts' }, erasure: 'cascade' },
  contract_version: { export: { key: 'placementContracts.versions' }, erasure: 'cascade' },
  recruitment_cost: { export: { key: 'recruitmentCosts' }, erasure: 'cascade' },
  allocation_override: { export: { key: 'allocationOverrides' }, erasure: { trigger: '0005' } },
};
