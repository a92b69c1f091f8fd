import type { AgreementParty, RecognitionAgreement } from './agreement.js';
import type { FrameworkRegistry } from './framework.js';
import { projectLevel } from './level-graph.js';
import type { Qualification } from './qualification.js';
import type { RecognitionTarget } from './target.js';

const partyMatches = (party: AgreementParty, country: string, body: string | undefined) =>
  party.country === country && (party.body === undefined || party.body === body);

/** True when the agreement runs from the qualification's country to the target's (or back, if mutual). */
export function coversDirection(
  a: RecognitionAgreement,
  q: Qualification,
  target: RecognitionTarget,
): boolean {
  const forward = (from: AgreementParty, to: AgreementParty) =>
    partyMatches(from, q.country, q.awardingBody) &&
    partyMatches(to, target.country, target.recognitionBody);
  return forward(a.from, a.to) || (a.direction === 'mutual' && forward(a.to, a.from));
}

/** True when the agreement is in force on `asOf` (ISO date; bounds inclusive). */
export const inForce = (a: RecognitionAgreement, asOf: string): boolean =>
  a.validFrom <= asOf && (a.validUntil === undefined || asOf <= a.validUntil);

/** True when the qualification and target fall within the agreement's scope (empty list = any). */
export function inScope(
  a: RecognitionAgreement,
  q: Qualification,
  target: RecognitionTarget,
  registry: FrameworkRegistry,
): boolean {
  const { qualificationIds, occupations, levels } = a.scope;
  if (qualificationIds.length > 0 && !qualificationIds.includes(q.id)) return false;
  if (occupations.length > 0 && !target.occupations.some((o) => occupations.includes(o)))
    return false;
  if (levels.length === 0) return true;
  const projections = projectLevel(q.level, registry);
  return levels.some((scope) =>
    projections.some(
      (p) => p.frameworkId === scope.frameworkId && p.levels.some((l) => scope.levels.includes(l)),
    ),
  );
}

/**
 * The agreement that applies to a qualification for a target, if any: in force, in the right
 * direction, in scope. Automatic agreements win over conditional ones; ties go to the lowest id.
 */
export function applicableAgreement(
  agreements: readonly RecognitionAgreement[],
  q: Qualification,
  target: RecognitionTarget,
  registry: FrameworkRegistry,
  asOf: string,
): RecognitionAgreement | undefined {
  return agreements
    .filter(
      (a) => inForce(a, asOf) && coversDirection(a, q, target) && inScope(a, q, target, registry),
    )
    .sort(
      (a, b) =>
        Number(a.mode === 'conditional') - Number(b.mode === 'conditional') ||
        a.id.localeCompare(b.id),
    )[0];
}
