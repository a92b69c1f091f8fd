import type { CredentialDocument } from './passport-api';

/**
 * What a credential states, as lines a person reads: read from the standard credential document
 * (VC 2.0 with Open Badges 3.0 achievements, or the Passerelle recognition decision), so the
 * holder's cards and the public verification page show the same claims for the same bytes. The
 * printed passport reads them the same way (src/passport/passport-claims.ts; the UI does not import
 * server code, so test/web/credential-claims.test.ts checks that both readings stay alike).
 */

type Json = Record<string, unknown>;

const record = (v: unknown): Json | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
const names = (items: unknown, field: string) =>
  list(items)
    .map((item) => text(record(item)?.[field]))
    .filter((name): name is string => Boolean(name));

/** A claim: the key of its label under `passport.claims.` and its value (`true`/`false` for yes/no). */
export interface ClaimLine {
  key: string;
  value: string;
}

function decisionLines(decision: Json): ClaimLine[] {
  const target = record(decision.target);
  const country = text(target?.country);
  const licence = decision.licenceRequired;
  return [
    { key: 'outcome', value: text(decision.outcome)?.replace(/_/g, ' ') },
    {
      key: 'target',
      value: [text(target?.label), country && `(${country})`].filter(Boolean).join(' '),
    },
    { key: 'qualifications', value: names(decision.qualifications, 'title').join('; ') },
    {
      key: 'compensation',
      value: names(decision.compensationRequired, 'kind')
        .map((k) => k.replace(/_/g, ' '))
        .join('; '),
    },
    { key: 'agreement', value: text(record(decision.agreementApplied)?.title) },
    { key: 'licenceRequired', value: typeof licence === 'boolean' ? String(licence) : null },
    { key: 'decidedOn', value: text(decision.decidedOn) },
  ].filter((line): line is ClaimLine => Boolean(line.value));
}

function achievementLines(subject: Json): ClaimLine[] {
  const achievement = record(subject.achievement);
  const results = list(subject.result)
    .map((r) => {
      const skill = names(record(r)?.alignment, 'targetName')[0];
      return skill && `${skill}: ${text(record(r)?.value) ?? ''}`;
    })
    .filter(Boolean);
  const assessment = record(subject.assessment);
  return [
    { key: 'achievement', value: text(achievement?.name) },
    { key: 'level', value: text(achievement?.educationalLevel) },
    { key: 'hours', value: text(subject.creditsEarned) ?? text(subject.hours) },
    { key: 'awardedBy', value: names(achievement?.awards, 'name').join('; ') },
    { key: 'dualCertification', value: achievement?.dualCertification === true ? 'true' : null },
    { key: 'results', value: results.join('; ') },
    { key: 'method', value: text(assessment?.method)?.replace(/_/g, ' ') },
    { key: 'evidence', value: text(assessment?.evidenceLevel) },
    {
      key: 'skills',
      value: results.length === 0 ? names(achievement?.alignment, 'targetName').join('; ') : null,
    },
    { key: 'description', value: text(achievement?.description) },
  ].filter((line): line is ClaimLine => Boolean(line.value));
}

/** The claims of a credential document in reading order (a decision, or an achievement). */
export function credentialClaims(document: CredentialDocument | null): ClaimLine[] {
  const subject = record(record(document)?.credentialSubject);
  if (!subject) return [];
  const decision = record(subject.recognitionDecision);
  return decision ? decisionLines(decision) : achievementLines(subject);
}

/** The issuer's name (or DID) as the document states it. */
export function issuerName(document: CredentialDocument | null): string | null {
  const issuer = document?.issuer;
  if (typeof issuer === 'string') return issuer;
  return issuer?.name ?? issuer?.id ?? null;
}
