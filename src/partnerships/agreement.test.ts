import { describe, expect, it } from 'vitest';
import { agreementReminders, agreementViolations, type Agreement } from './agreement.js';

const PARTY = '00000000-0000-4000-8000-000000000001';
const base: Agreement = {
  title: 'Skills module',
  kind: 'skills_module',
  signedOn: '2025-03-01',
  effectiveFrom: '2025-04-01',
  reviewOn: '2027-04-01',
  expiresOn: '2029-03-31',
  clauses: [
    {
      kind: 'recognition',
      text: 'Mutual recognition',
      recognitionAgreementId: 'ra-1',
      organisationIds: [PARTY],
    },
  ],
};
const context = { partyIds: new Set([PARTY]), recognitionAgreementIds: new Set(['ra-1']) };
const fields = (a: Agreement) => agreementViolations(a, context).map((v) => v.field);

describe('agreement rules', () => {
  it.each([
    ['a well-formed skills module', {}, []],
    ['a review before it takes effect', { reviewOn: '2025-01-01' }, ['reviewOn']],
    ['an expiry before its review', { expiresOn: '2026-01-01' }, ['expiresOn']],
    [
      'a recognition clause without its agreement',
      {
        clauses: [
          { kind: 'recognition', text: '', recognitionAgreementId: null, organisationIds: [] },
        ],
      },
      ['clauses.0.recognitionAgreementId'],
    ],
    [
      'a clause linked to an unknown recognition agreement',
      {
        clauses: [
          { kind: 'recognition', text: '', recognitionAgreementId: 'ra-9', organisationIds: [] },
        ],
      },
      ['clauses.0.recognitionAgreementId'],
    ],
    [
      'a clause binding an outsider',
      {
        clauses: [
          {
            kind: 'protection',
            text: '',
            recognitionAgreementId: null,
            organisationIds: ['someone'],
          },
        ],
      },
      ['clauses.0.organisationIds.0'],
    ],
  ] as [string, Partial<Agreement>, string[]][])(
    'GIVEN %s THEN the fields at fault are %j',
    (_s, change, expected) => {
      expect(fields({ ...base, ...change })).toEqual(expected);
    },
  );
});

describe('agreement reminders', () => {
  const agreements = [
    { ...base, id: 'a', title: 'A', reviewOn: '2026-12-15', expiresOn: '2030-01-01' },
    { ...base, id: 'b', title: 'B', reviewOn: '2026-10-01', expiresOn: '2027-01-31' },
    { ...base, id: 'c', title: 'C', reviewOn: null, expiresOn: '2020-01-01' },
  ];

  it('GIVEN reviews and expiries around 21 November 2026 THEN the missed review comes first, then what falls due within 90 days', () => {
    expect(
      agreementReminders(agreements, '2026-11-21').map((r) => [r.agreementId, r.kind, r.daysLeft]),
    ).toEqual([
      ['b', 'review', -51],
      ['a', 'review', 24],
      ['b', 'expiry', 71],
    ]);
  });

  it('GIVEN a window of 30 days THEN only the missed review and what falls due within 30 days remain', () => {
    expect(agreementReminders(agreements, '2026-11-21', 30).map((r) => r.agreementId)).toEqual([
      'b',
      'a',
    ]);
  });
});
