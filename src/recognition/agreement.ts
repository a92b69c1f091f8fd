import type { Framework } from './framework.js';
import { hasLevel } from './framework.js';
import { problem, type RecognitionProblem } from './recognition-problems.js';

/** What closes a recognition gap (glossary: compensation measure). */
export type CompensationMeasureKind = 'bridging_training' | 'aptitude_test' | 'adaptation_period';

/** A country, optionally narrowed to one body (awarding body at origin, recognition body at destination). */
export interface AgreementParty {
  country: string;
  body?: string;
}

/** The levels of one framework an agreement covers. */
export interface ScopeLevels {
  frameworkId: string;
  levels: number[];
}

/** What an agreement covers; an empty list means "any", but at least one list must be non-empty. */
export interface AgreementScope {
  qualificationIds: string[];
  occupations: string[];
  levels: ScopeLevels[];
}

/**
 * A recognition agreement, stored as data. Unilateral: qualifications from `from` are recognised
 * in `to`. Mutual: both ways. Automatic: recognised as they are. Conditional: comparability is
 * agreed, and gaps are closed only with the listed measures.
 */
export interface RecognitionAgreement {
  id: string;
  title: string;
  from: AgreementParty;
  to: AgreementParty;
  direction: 'unilateral' | 'mutual';
  mode: 'automatic' | 'conditional';
  measures: CompensationMeasureKind[];
  scope: AgreementScope;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  validFrom: string;
  validUntil?: string;
  source: string;
  demo?: boolean;
}

/** In force until amended (superseded by a new version) or retired; never deleted. */
export const AGREEMENT_STATUSES = ['in_force', 'superseded', 'retired'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * The countries whose decisions the agreement changes: the destination, and for a mutual
 * agreement the origin too. Only they (or their partnership) may write it.
 */
export const recognisingCountries = (a: Pick<RecognitionAgreement, 'from' | 'to' | 'direction'>) =>
  a.direction === 'mutual' && a.from.country !== a.to.country
    ? [a.to.country, a.from.country]
    : [a.to.country];

/** Checks an agreement when it is written: scope, dates, measures and levels. */
export function validateAgreement(
  a: RecognitionAgreement,
  frameworks: readonly Framework[],
): RecognitionProblem[] {
  const out: RecognitionProblem[] = [];
  const { qualificationIds, occupations, levels } = a.scope;
  if (qualificationIds.length + occupations.length + levels.length === 0)
    out.push(
      problem(
        'recognition.agreement_empty_scope',
        'scope',
        'name qualifications, occupations or levels',
      ),
    );
  if (a.validUntil !== undefined && a.validUntil < a.validFrom)
    out.push(
      problem(
        'recognition.agreement_inverted_dates',
        'validUntil',
        `is before validFrom ${a.validFrom}`,
      ),
    );
  if (a.mode === 'conditional' && a.measures.length === 0)
    out.push(
      problem(
        'recognition.agreement_missing_measures',
        'measures',
        'a conditional agreement lists its measures',
      ),
    );
  if (a.from.country === a.to.country && a.from.body === a.to.body)
    out.push(problem('recognition.agreement_same_party', 'to', 'must differ from `from`'));
  levels.forEach((scope, i) => {
    if (!frameworks.some((f) => f.id === scope.frameworkId)) {
      const field = `scope.levels[${i}].frameworkId`;
      out.push(
        problem('recognition.unknown_framework', field, `no framework ${scope.frameworkId}`),
      );
      return;
    }
    scope.levels.forEach((level, j) => {
      if (!hasLevel(frameworks, { frameworkId: scope.frameworkId, level }))
        out.push(
          problem(
            'recognition.unknown_framework_level',
            `scope.levels[${i}].levels[${j}]`,
            `framework ${scope.frameworkId} has no level ${level}`,
          ),
        );
    });
  });
  return out;
}
