import { describe, expect, it } from 'vitest';
import { noQuotas } from './quotas.js';
import {
  partnershipViolations,
  type KnownOrganisation,
  type PartnershipDraft,
} from './partnership.js';

const MINISTRY = '00000000-0000-4000-8000-000000000001';
const PERSON = '00000000-0000-4000-8000-000000000002';
const organisations = new Map<string, KnownOrganisation>([
  [MINISTRY, { id: MINISTRY, kind: 'government', country: 'BE' }],
  [PERSON, { id: PERSON, kind: 'individual', country: 'MA' }],
]);

const draft = (change: Partial<PartnershipDraft> = {}): PartnershipDraft => ({
  title: 'Belgium–Morocco ICT talent',
  type: 'bilateral',
  status: 'draft',
  summary: '',
  startsOn: '2026-01-01',
  endsOn: '2029-12-31',
  corridors: [{ origin: 'MA', destination: 'BE', originCities: [], destinationCities: [] }],
  occupations: ['2512'],
  tracks: ['home', 'away'],
  quotas: noQuotas,
  parties: [{ organisationId: MINISTRY, role: 'signatory', contacts: [] }],
  commitments: [{ component: 'state_cooperation', organisationId: MINISTRY, commitment: 'Visas' }],
  ...change,
});

const fieldsOf = (d: PartnershipDraft) =>
  partnershipViolations(d, organisations).map((v) => `${v.code} @ ${v.field}`);

describe('partnership rules', () => {
  it('GIVEN a well-formed bilateral partnership THEN nothing is wrong', () => {
    expect(fieldsOf(draft())).toEqual([]);
  });

  it.each([
    [
      'it ends before it starts',
      { endsOn: '2025-12-31' },
      'partnerships.dates_out_of_order @ endsOn',
    ],
    [
      'a party is an unknown id',
      {
        parties: [
          { organisationId: '00000000-0000-4000-8000-0000000000ff', role: 'funder', contacts: [] },
        ],
        commitments: [],
      },
      'partnerships.not_an_organisation @ parties.0.organisationId',
    ],
    [
      "a party is a person's own account",
      { parties: [{ organisationId: PERSON, role: 'employer', contacts: [] }], commitments: [] },
      'partnerships.not_an_organisation @ parties.0.organisationId',
    ],
    [
      'a non-party commits',
      { commitments: [{ component: 'training', organisationId: PERSON, commitment: 'x' }] },
      'partnerships.not_a_party @ commitments.0.organisationId',
    ],
    [
      'an occupation is free text',
      { occupations: ['developers'] },
      'partnerships.invalid_occupation @ occupations.0',
    ],
    [
      'a bilateral partnership joins three countries',
      {
        corridors: [
          { origin: 'MA', destination: 'BE', originCities: [], destinationCities: [] },
          { origin: 'TN', destination: 'BE', originCities: [], destinationCities: [] },
        ],
      },
      'partnerships.invalid_corridor @ corridors',
    ],
    [
      'a city-to-city partnership names no cities',
      { type: 'city_to_city' },
      'partnerships.invalid_corridor @ corridors.0',
    ],
    ['there is no corridor', { corridors: [] }, 'partnerships.invalid_corridor @ corridors'],
    [
      'home and away shares exceed the cohort',
      { quotas: { ...noQuotas, trackShares: { home: 70, away: 50 } } },
      'partnerships.quotas_inconsistent @ quotas.trackShares',
    ],
  ] as [string, Partial<PartnershipDraft>, string][])(
    'GIVEN %s THEN it is refused: %s',
    (_s, change, expected) => {
      expect(fieldsOf(draft(change))).toContain(expected);
    },
  );
});
