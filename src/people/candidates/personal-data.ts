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
 * How a person's data export and erasure cover each table that holds their candidate id
 * (`personal-data.store.test.ts` derives the tables from the drizzle schema and fails for one
 * missing here). Pure.
 */
export interface PersonalDataCoverage {
  /** The key of the export that holds the table's rows, or why the export leaves them out. */
  export: { key: string } | { notExported: string };
  /**
   * How erasure removes the rows: the candidate row itself, a foreign key to it that cascades,
   * or a trigger of a hand-written migration.
   */
  erasure: 'the candidate row' | 'cascade' | { trigger: string };
}

export const PERSONAL_DATA_COVERAGE: Readonly<Record<string, PersonalDataCoverage>> = {
  candidate: { export: { key: 'candidate' }, erasure: 'the candidate row' },
  candidate_consent: { export: { key: 'candidate.consents' }, erasure: 'cascade' },
  programme_enrolment: { export: { key: 'programmeEnrolments' }, erasure: 'cascade' },
  programme_completion: { export: { key: 'programmeCompletions' }, erasure: 'cascade' },
  journey: {
    export: { notExported: 'the journeys area is not in the export yet (known gap)' },
    erasure: 'cascade',
  },
  orientation_attempt: {
    export: { notExported: 'the journeys area is not in the export yet (known gap)' },
    erasure: 'cascade',
  },
  placement_contract: {
    export: { notExported: 'the fair-recruitment records are not in the export yet (known gap)' },
    erasure: 'cascade',
  },
  recruitment_cost: {
    export: { notExported: 'the fair-recruitment records are not in the export yet (known gap)' },
    erasure: 'cascade',
  },
  allocation_override: {
    export: {
      notExported:
        "a coordinator's override in an allocation run is not in the export yet (known gap)",
    },
    erasure: { trigger: '0005' },
  },
};
