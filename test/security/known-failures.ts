import type { HostileCategory } from '../support/hostile-input.js';

/** The engineer's slice of issue 22 that owns a failure. */
type Owner = 'harden' | 'imports' | 'accounts' | 'recognition' | 'scope' | 'ops';

/** A hostile case known to get a 5xx today, and whose fix is owned by another slice. */
export interface KnownFailure {
  /** `METHOD /api/path/{param}` as in the OpenAPI document, or '*' for every operation. */
  operation: string;
  category: HostileCategory;
  owner: Owner;
  why: string;
}

/**
 * KNOWN FAILURES of the hostile-input suite, tolerated so that the suite stays green while the
 * owning slice lands its fix. The integrator empties this list after merging those fixes; a case
 * listed here still has to answer below 500 in every other respect it is checked for.
 */
export const KNOWN_FAILURES: readonly KnownFailure[] = [
  // Found with HOSTILE_CASES=700 HOSTILE_SEED=11 on both engines: a framework level such as
  // 5125377496696465 passes validation (an integer without bounds) and overflows the integer
  // column: 500. Fix: bound the level (and the other integer inputs of recognition data).
  ...(['valid', 'number-edge'] as const).map((category) => ({
    operation: 'POST /api/recognition/frameworks',
    category,
    owner: 'recognition' as const,
    why: 'integer framework levels are unbounded and overflow the integer column',
  })),
];

/** Whether a 5xx for this operation and category is a known failure owned by another slice. */
export function isKnownFailure(operation: string, category: HostileCategory): boolean {
  return KNOWN_FAILURES.some(
    (k) => (k.operation === '*' || k.operation === operation) && k.category === category,
  );
}

/**
 * KNOWN FAILURES of the route-authentication suite: routes that look the record up before asking
 * who is calling, so an anonymous caller gets 404 (or the route's answer) instead of 401. Each
 * must call `authenticated`/`authorize` first; the owning slice's handler rewrite does it.
 */
export const ANONYMOUS_KNOWN_FAILURES: Readonly<Record<string, Owner>> = {
  'GET /api/recognition/cases/{id}': 'recognition',
  'POST /api/recognition/cases/{id}/steps': 'recognition',
  'PUT /api/vacancies/{id}': 'scope',
  'PUT /api/programmes/{id}': 'scope',
  'GET /api/matching/candidates/{id}/openings': 'scope',
  'GET /api/matching/candidates/{id}/occupations': 'scope',
};
