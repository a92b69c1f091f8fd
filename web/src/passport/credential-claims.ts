import type { CredentialDocument } from './passport-api';

/**
 * What a credential states, as lines a person reads: read from the standard credential document
 * (VC 2.0 with Open Badges 3.0 achievements, or the Passerelle recognition decision), so the
 * holder's cards and the public verification page show the same claims for the same bytes.
 */

/** One claim: the key of its label under `passport.claims.` and its value as text. */
export interface Claim {
  key: string;
  value: string;
}

const record = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;

function push(claims: Claim[], key: string, value: string | null | undefined) {
  if (value) claims.push({ key, value });
}

function skillNames(alignments: unknown): string[] {
  return list(alignments)
    .map((a) => text(record(a)?.targetName))
    .filter((name): name is string => name !== null);
}

function decisionClaims(decision: Record<string, unknown>): Claim[] {
  const claims: Claim[] = [];
  push(claims, 'outcome', text(decision.outcome));
  const target = record(decision.target);
  if (target) {
    const country = text(target.country);
    push(
      claims,
      'target',
      [text(target.label), country && `(${country})`].filter(Boolean).join(' '),
    );
  }
  const qualifications = list(decision.qualifications)
    .map((q) => text(record(q)?.title))
    .filter(Boolean);
  push(claims, 'qualifications', qualifications.join('; '));
  const compensation = list(decision.compensationRequired)
    .map((c) => text(record(c)?.kind))
    .filter(Boolean);
  push(claims, 'compensation', compensation.join('; '));
  push(claims, 'agreement', text(record(decision.agreementApplied)?.title));
  if (typeof decision.licenceRequired === 'boolean') {
    push(claims, 'licenceRequired', decision.licenceRequired ? 'yes' : 'no');
  }
  push(claims, 'decidedOn', text(decision.decidedOn));
  return claims;
}

function achievementClaims(subject: Record<string, unknown>): Claim[] {
  const claims: Claim[] = [];
  const achievement = record(subject.achievement);
  if (achievement) {
    push(claims, 'achievement', text(achievement.name));
    push(claims, 'level', text(achievement.educationalLevel));
    push(claims, 'description', text(achievement.description));
    const awards = list(achievement.awards)
      .map((a) => text(record(a)?.name))
      .filter(Boolean);
    push(claims, 'awardedBy', awards.join('; '));
    if (achievement.dualCertification === true) push(claims, 'dualCertification', 'yes');
  }
  push(claims, 'hours', text(subject.creditsEarned) ?? text(subject.hours));
  const results = list(subject.result)
    .map((r) => {
      const result = record(r);
      const skill = skillNames(result?.alignment)[0];
      return skill && `${skill}: ${text(result?.value) ?? ''}`;
    })
    .filter(Boolean);
  push(claims, 'results', results.join('; '));
  const assessment = record(subject.assessment);
  push(claims, 'method', text(assessment?.method)?.replace(/_/g, ' '));
  push(claims, 'evidence', text(assessment?.evidenceLevel));
  if (results.length === 0) push(claims, 'skills', skillNames(achievement?.alignment).join('; '));
  return claims;
}

/** The claims of a credential document, in the order a reader wants them. */
export function credentialClaims(document: CredentialDocument | null): Claim[] {
  const subject = record(document?.credentialSubject);
  if (!subject) return [];
  const decision = record(subject.recognitionDecision);
  return decision ? decisionClaims(decision) : achievementClaims(subject);
}

/** The issuer's name (or DID) as the document states it. */
export function issuerName(document: CredentialDocument | null): string | null {
  const issuer = document?.issuer;
  if (typeof issuer === 'string') return issuer;
  return issuer?.name ?? issuer?.id ?? null;
}
