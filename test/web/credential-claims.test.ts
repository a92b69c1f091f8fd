import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialClaimLines } from '../../src/passport/passport-claims.js';
import { credentialClaims } from '../../web/src/passport/credential-claims.js';
import type { CredentialDocument } from '../../web/src/passport/passport-api.js';

// The UI bundle does not import server code, so the holder's cards and the verification page
// (web/src/passport/credential-claims.ts) read a credential's claims with their own copy of the
// printed passport's reading (src/passport/passport-claims.ts). The same bytes must give the same
// lines on paper and on screen: both readings are run over the same documents.

const decision = {
  credentialSubject: {
    recognitionDecision: {
      outcome: 'partial_recognition',
      decidedOn: '2026-10-01',
      qualifications: [{ title: 'Diplôme de technicien' }, { title: 'Brevet' }],
      target: { country: 'BE', label: 'Electrician' },
      compensationRequired: [{ kind: 'adaptation_period' }, { kind: 'aptitude_test' }],
      agreementApplied: { title: 'MA–BE ICT' },
      licenceRequired: true,
    },
  },
};
const achievement = {
  credentialSubject: {
    achievement: {
      name: 'Solar installation',
      educationalLevel: 'EQF 4',
      awards: [{ name: 'Lycée technique' }],
      dualCertification: true,
      alignment: [{ targetName: 'install solar panels' }, { targetName: 'read plans' }],
      description: 'Module A (20 h)',
    },
    hours: 120,
  },
};
const assessment = {
  credentialSubject: {
    achievement: { name: 'RPL', alignment: [{ targetName: 'weld' }] },
    creditsEarned: 6,
    result: [{ value: 'demonstrated', alignment: [{ targetName: 'weld' }] }, { value: 'x' }],
    assessment: { method: 'skills_demonstration', evidenceLevel: 'assessed' },
  },
};

/** Any JSON value, with the fields the readings look at drawn often. */
const field = fc.oneof(
  fc.string(),
  fc.constantFrom(' padded_value ', 'under_score', '', '0'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.dictionary(fc.constantFrom('title', 'kind', 'name', 'targetName'), fc.string())),
  fc.dictionary(fc.constantFrom('country', 'label', 'title', 'name'), fc.string()),
);
const subject = fc.record(
  {
    recognitionDecision: fc.dictionary(
      fc.constantFrom(
        'outcome',
        'target',
        'qualifications',
        'compensationRequired',
        'agreementApplied',
        'licenceRequired',
        'decidedOn',
      ),
      field,
    ),
    achievement: fc.dictionary(
      fc.constantFrom(
        'name',
        'educationalLevel',
        'awards',
        'dualCertification',
        'alignment',
        'description',
      ),
      field,
    ),
    result: fc.array(fc.record({ value: field, alignment: field })),
    assessment: fc.dictionary(fc.constantFrom('method', 'evidenceLevel'), field),
    creditsEarned: field,
    hours: field,
  },
  { requiredKeys: [] },
);

describe('credential claims read alike by the UI and the printed passport', () => {
  it.each([
    ['a recognition decision', decision],
    ['a training achievement', achievement],
    ['an assessment with results', assessment],
    ['a document without subject', {}],
  ])('GIVEN %s THEN both give the same lines', (_, document) => {
    const printed = credentialClaimLines(document);
    expect(printed.length).toBeGreaterThan(document === decision ? 6 : -1);
    expect(credentialClaims(document as CredentialDocument)).toEqual(printed);
  });

  it('GIVEN any credential subject THEN both give the same lines', () => {
    fc.assert(
      fc.property(subject, (credentialSubject) => {
        const document = { credentialSubject };
        expect(credentialClaims(document)).toEqual(credentialClaimLines(document));
      }),
      { numRuns: 2000 },
    );
  });
});
