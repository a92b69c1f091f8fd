import type { CredentialKind } from './credential-kinds.js';

/** An ESCO skill as a credential states it. */
export interface SkillClaim {
  uri: string;
  label?: string;
}

/** A recognition body's final decision on a case. */
export interface RecognitionDecisionRecord {
  kind: 'recognition_decision';
  caseId: string;
  outcome: string;
  decidedOn: string;
  qualifications: {
    id: string;
    title: string;
    awardingBody: string;
    country: string;
    frameworkId: string;
    level: number;
  }[];
  target: {
    country: string;
    label: string;
    occupations: string[];
    qualificationId?: string;
    frameworkId?: string;
    level?: number;
  };
  compensation: { kind: string; skills: string[]; moduleIds?: string[]; months?: number }[];
  agreementApplied: { id: string; title: string; version: number } | null;
  licenceRequired: boolean;
  rulesVersion: string;
}

/** An RPL or on-site assessment: skills with the result, evidence level and method. */
export interface AssessmentRecord {
  kind: 'rpl_assessment';
  assessmentId: string;
  method: string;
  assessedOn: string;
  place: { country: string; city?: string; onsiteAbroad: boolean };
  /** `certified` when the assessor may certify, otherwise `assessed`. */
  evidenceLevel: 'assessed' | 'certified';
  results: { skill: SkillClaim; result: string }[];
}

/** A completed training programme (all of it, or some modules). */
export interface TrainingRecord {
  kind: 'training_completion';
  completionId: string;
  programmeId: string;
  title: string;
  completedOn: string;
  modules: { title: string; hours: number }[];
  hours: number;
  skills: SkillClaim[];
  eqfLevel?: number;
  certification?: { title: string; awardingBodies: { name: string; country: string }[] };
  dualCertification: boolean;
}

/** A pre-departure orientation followed to the end. */
export interface OrientationRecord {
  kind: 'orientation_completion';
  orientationId: string;
  title: string;
  destinationCountry: string;
  /** Hours attended, when a coordinator recorded them (a journey's orientation has none). */
  hours: number | null;
  completedOn: string;
  /**
   * How completion was shown: attendance recorded by a coordinator, or every topic's check of
   * understanding passed in the person's journey (docs/journeys-steps.md#orientation).
   */
  shownBy?: 'attendance' | 'checks';
}

/** A party of a partnership, as the choice of an orientation's issuer sees it. */
export interface OrientationParty {
  organisationId: string;
  role: string;
  country: string;
}

/**
 * Who issues the credential of an orientation passed in a journey: the partnership's implementer,
 * else its signatory, one in the corridor's origin country (where the orientation is given before
 * departure) before any other; the lowest id among equals. Null when the partnership has neither.
 */
export function orientationIssuerOf(
  parties: readonly OrientationParty[],
  origin: string | null,
): string | null {
  const rank = (p: OrientationParty) =>
    (p.role === 'implementer' ? 0 : 2) + (p.country === origin ? 0 : 1);
  const ranked = parties
    .filter((p) => p.role === 'implementer' || p.role === 'signatory')
    .sort((a, b) => rank(a) - rank(b) || a.organisationId.localeCompare(b.organisationId));
  return ranked[0]?.organisationId ?? null;
}

/** Any record a credential is issued from. */
export type CredentialRecord =
  RecognitionDecisionRecord | AssessmentRecord | TrainingRecord | OrientationRecord;

/** The id of the source record, unique per kind. */
export function sourceIdOf(record: CredentialRecord): string {
  switch (record.kind) {
    case 'recognition_decision':
      return record.caseId;
    case 'rpl_assessment':
      return record.assessmentId;
    case 'training_completion':
      return record.completionId;
    case 'orientation_completion':
      return record.orientationId;
  }
}

/** The date the record became final: the credential's `validFrom`. */
export function recordDateOf(record: CredentialRecord): string {
  switch (record.kind) {
    case 'recognition_decision':
      return record.decidedOn;
    case 'rpl_assessment':
      return record.assessedOn;
    case 'training_completion':
    case 'orientation_completion':
      return record.completedOn;
  }
}

/** A short human title of the credential. */
export function titleOf(record: CredentialRecord): string {
  switch (record.kind) {
    case 'recognition_decision':
      return `Recognition decision: ${record.outcome.replace(/_/g, ' ')} — ${record.target.label}`;
    case 'rpl_assessment':
      return `Skills assessment (${record.method.replace(/_/g, ' ')})`;
    case 'training_completion':
      return `Training completed: ${record.title}`;
    case 'orientation_completion':
      return `Pre-departure orientation: ${record.title}`;
  }
}

/** Kinds in a stable order for listings. */
export const kindOrder = (kind: CredentialKind) =>
  [
    'recognition_decision',
    'rpl_assessment',
    'training_completion',
    'orientation_completion',
  ].indexOf(kind);

/**
 * One orientation credential per person and destination once a journey holds it: a person whose
 * coordinator recorded their orientation and who also passed it in their journey gets one, not
 * two (several coordinator-recorded sessions without a journey's each keep theirs). Among records
 * without a credential yet, the journey's (every topic's check of understanding passed) wins
 * over attendance: it shows more, and the journey is the spine other areas read; then the
 * earliest. A record already issued keeps its credential and no second is issued beside it.
 * Other records pass through in their order.
 */
export function oneOrientationPerDestination<
  T extends { personUserId: string; record: CredentialRecord },
>(records: readonly T[], issued: ReadonlySet<string>): T[] {
  const keyOf = (r: T) =>
    r.record.kind === 'orientation_completion'
      ? `${r.personUserId}:${r.record.destinationCountry}`
      : null;
  const isIssued = (r: T) => issued.has(`${r.record.kind}:${sourceIdOf(r.record)}`);
  const rank = (r: T) =>
    r.record.kind !== 'orientation_completion'
      ? ['', '']
      : [
          `${isIssued(r) ? 0 : 1}${r.record.shownBy === 'checks' ? 0 : 1}`,
          `${r.record.completedOn}:${r.record.orientationId}`,
        ];
  const kept = new Map<string, T>();
  for (const r of records) {
    const key = keyOf(r);
    if (key === null) continue;
    const best = kept.get(key);
    if (!best || rank(r).join('|') < rank(best).join('|')) kept.set(key, r);
  }
  // Coordinator-recorded sessions for one destination are distinct trainings (part 1, part 2):
  // each keeps its credential. Only a journey's orientation makes them one.
  const withJourney = new Set(
    records.flatMap((r) =>
      r.record.kind === 'orientation_completion' && r.record.shownBy === 'checks' ? [keyOf(r)] : [],
    ),
  );
  return records.filter((r) => {
    const key = keyOf(r);
    return key === null || isIssued(r) || !withJourney.has(key) || kept.get(key) === r;
  });
}
