import { datesInOrder, daysBetween, type RuleViolation } from './rule-violation.js';
import type { AgreementKind, ClauseKind } from './vocabulary.js';

/** One structured clause of a skills module. */
export interface Clause {
  kind: ClauseKind;
  text: string;
  /** For recognition clauses: the recognition agreement the clause puts in force. */
  recognitionAgreementId: string | null;
  /** Parties the clause binds (organisation ids). */
  organisationIds: string[];
}

/** Metadata of an uploaded agreement document. */
export interface DocumentMetadata {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** An agreement of a partnership, with its dates and skills-module clauses. */
export interface Agreement {
  title: string;
  kind: AgreementKind;
  signedOn: string | null;
  effectiveFrom: string | null;
  reviewOn: string | null;
  expiresOn: string | null;
  clauses: Clause[];
}

/** What the rules need to know about the agreement's surroundings. */
export interface AgreementContext {
  partyIds: ReadonlySet<string>;
  recognitionAgreementIds: ReadonlySet<string>;
}

/** Every way an agreement breaks the rules (docs/partnerships.md#agreements). */
export function agreementViolations(
  agreement: Agreement,
  context: AgreementContext,
): RuleViolation[] {
  const violations = datesInOrder(
    [
      { field: 'signedOn', value: agreement.signedOn },
      { field: 'effectiveFrom', value: agreement.effectiveFrom },
      { field: 'reviewOn', value: agreement.reviewOn },
      { field: 'expiresOn', value: agreement.expiresOn },
    ],
    'partnerships.dates_out_of_order',
  );
  if (agreement.title.trim() === '') {
    violations.push({ code: 'partnerships.invalid', field: 'title', reason: 'must not be empty' });
  }
  agreement.clauses.forEach((clause, i) => {
    const at = `clauses.${i}`;
    if (clause.kind === 'recognition' && !clause.recognitionAgreementId) {
      violations.push({
        code: 'partnerships.unlinked_recognition_clause',
        field: `${at}.recognitionAgreementId`,
        reason: 'a recognition clause names the recognition agreement it puts in force',
      });
    }
    if (
      clause.recognitionAgreementId &&
      !context.recognitionAgreementIds.has(clause.recognitionAgreementId)
    ) {
      violations.push({
        code: 'partnerships.unknown_recognition_agreement',
        field: `${at}.recognitionAgreementId`,
        reason: `no recognition agreement ${clause.recognitionAgreementId}`,
      });
    }
    clause.organisationIds.forEach((id, j) => {
      if (!context.partyIds.has(id)) {
        violations.push({
          code: 'partnerships.not_a_party',
          field: `${at}.organisationIds.${j}`,
          reason: 'a clause binds only parties of the partnership',
        });
      }
    });
  });
  return violations;
}

/** A reminder that an agreement is due for review or about to expire. */
export interface AgreementReminder {
  agreementId: string;
  title: string;
  kind: 'review' | 'expiry';
  dueOn: string;
  /** Negative when the date has passed. */
  daysLeft: number;
}

/** Reviews and expiries due within `windowDays` of `asOf`, or already past, soonest first. */
export function agreementReminders(
  agreements: (Agreement & { id: string })[],
  asOf: string,
  windowDays = 90,
): AgreementReminder[] {
  const reminders: AgreementReminder[] = [];
  for (const a of agreements) {
    const dates: ['review' | 'expiry', string | null][] = [
      ['review', a.reviewOn],
      ['expiry', a.expiresOn],
    ];
    for (const [kind, dueOn] of dates) {
      if (!dueOn) continue;
      const daysLeft = daysBetween(asOf, dueOn);
      // An expiry long past is history, not a reminder; a missed review still needs doing.
      if (daysLeft > windowDays || (kind === 'expiry' && daysLeft < -windowDays)) continue;
      reminders.push({ agreementId: a.id, title: a.title, kind, dueOn, daysLeft });
    }
  }
  return reminders.sort((x, y) => x.daysLeft - y.daysLeft || x.title.localeCompare(y.title));
}
