import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { membership, organisation } from '../accounts/accounts.schema.js';
import type { Database } from '../db/database.js';
import { candidate, programme, programmeCompletion } from '../people/people.schema.js';
import {
  isDualCertification,
  programmeHours,
  skillsTaught,
} from '../people/programmes/programme.js';
import type { PersonRecognition } from '../recognition/outcome.js';
import {
  occupationRequirement,
  qualification,
  recognitionAgreement,
  recognitionCase,
  recognitionCaseEvent,
  rplAssessment,
} from '../recognition/recognition.schema.js';
import { journeyOrientationCompletions } from '../journeys/orientation-completions.queries.js';
import { partnershipParty } from '../partnerships/partnerships.schema.js';
import {
  orientationIssuerOf,
  type CredentialRecord,
  type RecognitionDecisionRecord,
} from './credential-records.js';
import { orientationCompletion } from './passport.schema.js';

/** A record that a credential can be issued from: the person, the issuer and the facts. */
export interface IssuableRecord {
  personUserId: string;
  issuerOrganisationId: string;
  record: CredentialRecord;
}

/**
 * Which records to read: one person's (optionally only those one organisation issues), or
 * everyone's (the issuance pass).
 */
export type RecordScope = { personUserId: string; issuerOrganisationId?: string } | 'all';

const forPerson = <C>(column: C, scope: RecordScope) =>
  scope === 'all' ? undefined : eq(column as never, scope.personUserId);

/**
 * Final recognition decisions (`decided`, or `appeal_decided` for the appeal's own decision),
 * issued by the organisation of the recognition officer who took the step in the case's country.
 */
async function decisionRecords(db: Database, scope: RecordScope): Promise<IssuableRecord[]> {
  const cases = await db
    .select()
    .from(recognitionCase)
    .where(
      and(isNotNull(recognitionCase.outcome), forPerson(recognitionCase.applicantUserId, scope)),
    )
    .orderBy(asc(recognitionCase.submittedAt));
  const decided = cases.filter(
    (c) => c.status === 'decided' || c.status === 'appeal_decided' || c.status === 'appealed',
  );
  if (decided.length === 0) return [];
  const events = await db
    .select()
    .from(recognitionCaseEvent)
    .where(
      inArray(
        recognitionCaseEvent.caseId,
        decided.map((c) => c.id),
      ),
    )
    .orderBy(asc(recognitionCaseEvent.id));
  const out: IssuableRecord[] = [];
  for (const c of decided) {
    const steps = events.filter(
      (e) => e.caseId === c.id && (e.step === 'decide' || e.step === 'decide_appeal'),
    );
    for (const step of steps) {
      const appeal = step.step === 'decide_appeal';
      const issuer = await decidingBody(db, step.actorUserId, c.targetCountry);
      if (!issuer) continue;
      const outcome = String((step.detail as { outcome?: unknown }).outcome ?? c.outcome);
      const record = await decisionRecord(db, c, outcome, step.at, appeal);
      out.push({ personUserId: c.applicantUserId, issuerOrganisationId: issuer, record });
    }
  }
  return out;
}

/** The recognition body that decided: the deciding officer's organisation in the case's country. */
async function decidingBody(db: Database, actorUserId: string | null, country: string) {
  if (!actorUserId) return undefined;
  const [row] = await db
    .select({ id: organisation.id })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(
      and(
        eq(membership.userId, actorUserId),
        eq(membership.role, 'recognition_officer'),
        eq(organisation.country, country),
      ),
    )
    .orderBy(asc(organisation.id));
  return row?.id;
}

async function decisionRecord(
  db: Database,
  c: typeof recognitionCase.$inferSelect,
  outcome: string,
  decidedAt: Date,
  appeal: boolean,
): Promise<RecognitionDecisionRecord> {
  const evaluation = c.evaluation as PersonRecognition | null;
  const quals = c.qualificationIds.length
    ? await db.select().from(qualification).where(inArray(qualification.id, c.qualificationIds))
    : [];
  const agreementId = evaluation?.reasons.find((r) => r.kind === 'agreement_applied');
  const [agreement] =
    agreementId?.kind === 'agreement_applied'
      ? await db
          .select()
          .from(recognitionAgreement)
          .where(eq(recognitionAgreement.id, agreementId.agreementId))
      : [];
  return {
    kind: 'recognition_decision',
    caseId: appeal ? `${c.id}:appeal` : c.id,
    outcome,
    decidedOn: decidedAt.toISOString().slice(0, 10),
    qualifications: quals.map((q) => ({
      id: q.id,
      title: q.title,
      awardingBody: q.awardingBody,
      country: q.country,
      frameworkId: q.frameworkId,
      level: q.level,
    })),
    target: {
      ...(await targetLevel(db, c)),
      label: evaluation?.target.label ?? c.targetOccupation ?? c.targetQualificationId ?? '',
      occupations: evaluation?.target.occupations ?? [],
    },
    compensation: (evaluation?.measures ?? []).map((m) => ({
      kind: m.kind,
      skills: m.skills,
      ...(m.kind === 'bridging_training' ? { moduleIds: m.moduleIds } : {}),
      ...(m.kind === 'adaptation_period' ? { months: m.months } : {}),
    })),
    agreementApplied: agreement
      ? { id: agreement.id, title: agreement.title, version: agreement.version }
      : null,
    licenceRequired: evaluation?.licenceRequired ?? outcome === 'licence_required',
    rulesVersion: evaluation?.rulesVersion ?? 'unrecorded',
  };
}

/** The target's framework and level: the target qualification's, or the country's requirement. */
async function targetLevel(db: Database, c: typeof recognitionCase.$inferSelect) {
  if (c.targetQualificationId) {
    const [q] = await db
      .select()
      .from(qualification)
      .where(eq(qualification.id, c.targetQualificationId));
    return {
      country: c.targetCountry,
      qualificationId: c.targetQualificationId,
      ...(q ? { frameworkId: q.frameworkId, level: q.level } : {}),
    };
  }
  const [r] = c.targetOccupation
    ? await db
        .select()
        .from(occupationRequirement)
        .where(
          and(
            eq(occupationRequirement.country, c.targetCountry),
            eq(occupationRequirement.occupation, c.targetOccupation),
          ),
        )
    : [];
  return {
    country: c.targetCountry,
    ...(r?.frameworkId ? { frameworkId: r.frameworkId } : {}),
    ...(r?.level ? { level: r.level } : {}),
  };
}

/** RPL and on-site assessments recorded for an entitled organisation (older ones name none). */
async function assessmentRecords(db: Database, scope: RecordScope): Promise<IssuableRecord[]> {
  const rows = await db
    .select()
    .from(rplAssessment)
    .where(
      and(
        isNotNull(rplAssessment.assessorOrganisationId),
        forPerson(rplAssessment.personUserId, scope),
      ),
    )
    .orderBy(asc(rplAssessment.date), asc(rplAssessment.id));
  return rows.map((r) => ({
    personUserId: r.personUserId,
    issuerOrganisationId: r.assessorOrganisationId!,
    record: {
      kind: 'rpl_assessment',
      assessmentId: r.id,
      method: r.method,
      assessedOn: r.date,
      place: r.place,
      evidenceLevel: r.assessorCertifies ? 'certified' : 'assessed',
      results: r.results.map((x) => ({ skill: { uri: x.skillUri }, result: x.result })),
    },
  }));
}

/** Programme completions of people with an account, issued by the programme's provider. */
async function trainingRecords(db: Database, scope: RecordScope): Promise<IssuableRecord[]> {
  const rows = await db
    .select({ completion: programmeCompletion, programme: programme, userId: candidate.userId })
    .from(programmeCompletion)
    .innerJoin(programme, eq(programme.id, programmeCompletion.programmeId))
    .innerJoin(candidate, eq(candidate.id, programmeCompletion.candidateId))
    .where(and(isNotNull(candidate.userId), forPerson(candidate.userId, scope)))
    .orderBy(asc(programmeCompletion.completedOn), asc(programmeCompletion.id));
  return rows.map(({ completion, programme: p, userId }) => {
    const done = new Set(completion.modules);
    const modules = p.programme.modules.filter((_, i) => done.has(i));
    const all = modules.length === p.programme.modules.length;
    return {
      personUserId: userId!,
      issuerOrganisationId: p.providerId,
      record: {
        kind: 'training_completion',
        completionId: completion.id,
        programmeId: p.id,
        title: p.programme.title,
        completedOn: completion.completedOn,
        modules: modules.map((m) => ({ title: m.title, hours: m.hours })),
        hours: programmeHours({ modules }),
        skills: skillsTaught({ modules })
          .sort()
          .map((uri) => ({ uri })),
        ...(all && p.programme.certification?.eqfLevel
          ? { eqfLevel: p.programme.certification.eqfLevel }
          : {}),
        ...(all && p.programme.certification
          ? {
              certification: {
                title: p.programme.certification.title,
                awardingBodies: p.programme.certification.awardingBodies,
              },
            }
          : {}),
        dualCertification: all && isDualCertification(p.programme),
      },
    };
  });
}

async function orientationRecords(db: Database, scope: RecordScope): Promise<IssuableRecord[]> {
  const rows = await db
    .select()
    .from(orientationCompletion)
    .where(forPerson(orientationCompletion.personUserId, scope))
    .orderBy(asc(orientationCompletion.completedOn), asc(orientationCompletion.id));
  return rows.map((r) => ({
    personUserId: r.personUserId,
    issuerOrganisationId: r.coordinatorOrganisationId,
    record: {
      kind: 'orientation_completion',
      orientationId: r.id,
      title: r.title,
      destinationCountry: r.destinationCountry,
      hours: r.hours,
      completedOn: r.completedOn,
    },
  }));
}

/**
 * Orientations passed in journeys (the journeys' `orientation_completed`, read through their
 * query, never copied), issued by the partnership's implementer or signatory
 * (`orientationIssuerOf`); a partnership with neither issues none.
 */
async function journeyOrientationRecords(
  db: Database,
  scope: RecordScope,
): Promise<IssuableRecord[]> {
  const completions = await journeyOrientationCompletions(
    db,
    scope === 'all' ? undefined : scope.personUserId,
  );
  if (completions.length === 0) return [];
  const parties = await db
    .select({
      partnershipId: partnershipParty.partnershipId,
      organisationId: partnershipParty.organisationId,
      role: partnershipParty.role,
      country: organisation.country,
    })
    .from(partnershipParty)
    .innerJoin(organisation, eq(organisation.id, partnershipParty.organisationId))
    .where(
      inArray(partnershipParty.partnershipId, [
        ...new Set(completions.map((c) => c.partnershipId)),
      ]),
    );
  return completions.flatMap((c) => {
    const [origin, destination] = (c.corridor ?? '').split('-');
    const issuer = orientationIssuerOf(
      parties.filter((p) => p.partnershipId === c.partnershipId),
      origin || null,
    );
    if (!issuer || !destination) return [];
    return [
      {
        personUserId: c.personUserId,
        issuerOrganisationId: issuer,
        record: {
          kind: 'orientation_completion' as const,
          orientationId: c.evidenceId,
          title: `Pre-departure orientation ${origin} → ${destination}`,
          destinationCountry: destination,
          hours: null,
          completedOn: c.completedOn,
          shownBy: 'checks' as const,
        },
      },
    ];
  });
}

/** Every final record of the scope that a credential can be issued from, in a stable order. */
export async function issuableRecords(db: Database, scope: RecordScope): Promise<IssuableRecord[]> {
  const records = [
    ...(await decisionRecords(db, scope)),
    ...(await assessmentRecords(db, scope)),
    ...(await trainingRecords(db, scope)),
    ...(await orientationRecords(db, scope)),
    ...(await journeyOrientationRecords(db, scope)),
  ];
  const issuer = scope === 'all' ? undefined : scope.issuerOrganisationId;
  return issuer ? records.filter((r) => r.issuerOrganisationId === issuer) : records;
}
