import type { CredentialKind } from './credential-kinds.js';
import {
  recordDateOf,
  titleOf,
  type AssessmentRecord,
  type CredentialRecord,
  type OrientationRecord,
  type RecognitionDecisionRecord,
  type SkillClaim,
  type TrainingRecord,
} from './credential-records.js';
import { passportUrls, type PassportUrls } from './passport-urls.js';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** The issuing organisation as the credential names it. */
export interface IssuerProfile {
  did: string;
  organisationId: string;
  name: string;
  country: string;
}

/** Everything a credential states besides its record. */
export interface CredentialFrame {
  publicUrl: string;
  credentialId: string;
  issuer: IssuerProfile;
  /** The holder's DID, or `urn:uuid:<their Passerelle subject id>`. */
  holderId: string;
  holderName: string;
  issuedAt: Date;
  validUntil?: Date;
  statusIndex: number;
}

/** A VC Data Model 2.0 credential (unsecured), as a JSON object. */
export type CredentialDocument = Record<string, unknown> & {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; name: string };
  validFrom: string;
  credentialSubject: Record<string, unknown> & { id: string };
};

const alignment = (s: SkillClaim) => ({
  type: ['Alignment'],
  targetType: 'ext:ESCOSkill',
  targetFramework: 'ESCO',
  targetName: s.label ?? s.uri,
  targetUrl: s.uri,
});

const dateTime = (day: string) => `${day}T00:00:00Z`;

function achievementOf(
  record: AssessmentRecord | TrainingRecord | OrientationRecord,
  urls: PassportUrls,
  issuer: IssuerProfile,
) {
  const base = { type: ['Achievement'], creator: { id: issuer.did, type: ['Profile'] } };
  switch (record.kind) {
    case 'rpl_assessment':
      return {
        ...base,
        id: urls.achievement('rpl', record.method),
        achievementType: 'Assessment',
        name: titleOf(record),
        description: `Recognition of prior learning by ${record.method.replace(/_/g, ' ')}`,
        criteria: { narrative: `Skills ${record.evidenceLevel} by the assessing body.` },
        alignment: record.results.map((r) => alignment(r.skill)),
      };
    case 'training_completion':
      return {
        ...base,
        id: urls.achievement('programme', record.programmeId),
        achievementType: record.certification ? 'Certificate' : 'Course',
        name: record.title,
        description: record.modules.map((m) => `${m.title} (${m.hours} h)`).join('; '),
        criteria: { narrative: 'Completion of the modules listed, attested by the provider.' },
        alignment: record.skills.map(alignment),
        ...(record.eqfLevel ? { educationalLevel: `EQF ${record.eqfLevel}` } : {}),
        ...(record.certification
          ? {
              awards: record.certification.awardingBodies,
              dualCertification: record.dualCertification,
            }
          : {}),
      };
    case 'orientation_completion':
      return {
        ...base,
        id: urls.achievement('orientation', record.orientationId),
        achievementType: 'Course',
        name: record.title,
        description: `Pre-departure orientation for ${record.destinationCountry}${
          record.hours === null ? '' : ` (${record.hours} h)`
        }`,
        criteria: {
          narrative:
            record.shownBy === 'checks'
              ? 'Every topic of the orientation, its check of understanding passed.'
              : 'Attendance of the whole orientation, recorded by the coordinator.',
        },
      };
  }
}

function achievementSubject(
  record: AssessmentRecord | TrainingRecord | OrientationRecord,
  frame: CredentialFrame,
  urls: PassportUrls,
) {
  const subject: Record<string, unknown> & { id: string } = {
    id: frame.holderId,
    type: ['AchievementSubject'],
    name: frame.holderName,
    achievement: achievementOf(record, urls, frame.issuer),
  };
  if (record.kind === 'rpl_assessment') {
    subject.result = record.results.map((r) => ({
      type: ['Result'],
      value: r.result,
      alignment: [alignment(r.skill)],
    }));
    subject.assessment = {
      method: record.method,
      evidenceLevel: record.evidenceLevel,
      place: record.place,
    };
  }
  if (record.kind === 'training_completion') {
    subject.creditsEarned = record.hours;
    subject.completedModules = record.modules;
  }
  if (record.kind === 'orientation_completion' && record.hours !== null)
    subject.hours = record.hours;
  return subject;
}

function decisionSubject(record: RecognitionDecisionRecord, frame: CredentialFrame) {
  return {
    id: frame.holderId,
    type: ['RecognitionDecisionSubject'],
    name: frame.holderName,
    recognitionDecision: {
      type: ['RecognitionDecision'],
      caseId: `urn:uuid:${record.caseId}`,
      outcome: record.outcome,
      decidedOn: record.decidedOn,
      qualifications: record.qualifications,
      target: record.target,
      compensationRequired: record.compensation,
      agreementApplied: record.agreementApplied,
      licenceRequired: record.licenceRequired,
      rulesVersion: record.rulesVersion,
    },
  };
}

const TYPES: Record<CredentialKind, string[]> = {
  recognition_decision: ['VerifiableCredential', 'RecognitionDecisionCredential'],
  rpl_assessment: ['VerifiableCredential', 'AchievementCredential'],
  training_completion: ['VerifiableCredential', 'AchievementCredential'],
  orientation_completion: ['VerifiableCredential', 'AchievementCredential'],
};

/**
 * The VC 2.0 credential for a record: Open Badges 3.0 `AchievementCredential` for achievements,
 * the Passerelle recognition context for decisions, with one revocation and one suspension entry
 * of the issuer's Bitstring Status Lists. Pure.
 */
export function credentialDocument(
  record: CredentialRecord,
  frame: CredentialFrame,
): CredentialDocument {
  const urls = passportUrls(frame.publicUrl);
  const decision = record.kind === 'recognition_decision';
  const statusEntry = (purpose: 'revocation' | 'suspension') => {
    const list = urls.statusList(frame.issuer.organisationId, purpose);
    return {
      id: `${list}#${frame.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(frame.statusIndex),
      statusListCredential: list,
    };
  };
  return {
    '@context': [VC_V2_CONTEXT, decision ? urls.recognitionContext : OB_V3_CONTEXT],
    id: `urn:uuid:${frame.credentialId}`,
    type: TYPES[record.kind],
    name: titleOf(record),
    issuer: {
      id: frame.issuer.did,
      type: ['Profile'],
      name: frame.issuer.name,
      address: { type: ['Address'], addressCountry: frame.issuer.country },
    },
    validFrom: frame.issuedAt.toISOString(),
    ...(frame.validUntil ? { validUntil: frame.validUntil.toISOString() } : {}),
    awardedDate: dateTime(recordDateOf(record)),
    credentialSubject: decision
      ? decisionSubject(record, frame)
      : achievementSubject(record, frame, urls),
    credentialStatus: [statusEntry('revocation'), statusEntry('suspension')],
  } as CredentialDocument;
}
