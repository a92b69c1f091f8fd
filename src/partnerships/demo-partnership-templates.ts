import type { Agreement } from './agreement.js';
import type { PartnershipDraft } from './partnership.js';
import { noQuotas } from './quotas.js';
import type { ActionStatus, Component, PartyRole } from './vocabulary.js';

/**
 * The demo partnerships as data (from the source papers, on the demo corridors); turned into
 * partnerships with ids by `generateDemoPartnerships` (demo-partnerships.ts).
 */

/** A demo organisation's key (`DemoOrganisation.key`). */
export type Key = string;

/** A demo partnership as data, its parties named by organisation key. */
export interface Template {
  draft: Omit<PartnershipDraft, 'parties' | 'commitments'>;
  parties: [Key, PartyRole][];
  commitments: [Component, Key, string][];
  agreements: (Omit<Agreement, 'clauses'> & {
    clauses: (Agreement['clauses'][number] & { parties?: Key[] })[];
  })[];
  objectives: string[];
  /** [objective index, title, owner key, deadline, status, evidence] */
  actions: [number, string, Key, string, ActionStatus, string[]][];
  milestones: [string, string, string | null][];
}

const clause = (
  kind: Agreement['clauses'][number]['kind'],
  text: string,
  recognitionAgreementId: string | null = null,
) => ({
  kind,
  text,
  recognitionAgreementId,
  organisationIds: [],
});

const corridor = (
  origin: string,
  destination: string,
  originCities: string[] = [],
  destinationCities: string[] = [],
) => ({
  origin,
  destination,
  originCities,
  destinationCities,
});

/** The partnerships of the source papers, on the demo corridors. */
export const TEMPLATES: Template[] = [
  {
    draft: {
      title: 'Belgium–Morocco ICT talent partnership',
      type: 'bilateral',
      status: 'active',
      summary:
        'ICT graduates trained in Morocco for Moroccan and Belgian employers: a home track and an away track.',
      startsOn: '2024-01-01',
      endsOn: '2027-12-31',
      corridors: [corridor('MA', 'BE', ['Casablanca', 'Rabat'], ['Brussels', 'Ghent'])],
      occupations: ['2511', '2512', '2513', '2514'],
      tracks: ['home', 'away'],
      quotas: {
        cohortSize: 120,
        trackShares: { home: 50, away: 50 },
        minWomenShare: 40,
        perOccupation: [
          { occupation: '2512', max: 60 },
          { occupation: '2514', max: 40 },
          { occupation: '2511', max: 20 },
          { occupation: '2513', max: 20 },
        ],
        perRegion: [],
      },
    },
    parties: [
      ['BE.development_agency', 'signatory'],
      ['BE.development_agency', 'funder'],
      ['MA.ministry', 'signatory'],
      ['BE.employment_service.flanders', 'implementer'],
      ['BE.employment_service.brussels', 'implementer'],
      ['MA.employment_service', 'implementer'],
      ['MA.training.1', 'training_provider'],
      ['BE.recognition', 'recognition_body'],
      ['BE.employer.1', 'employer'],
      ['MA.employer.1', 'employer'],
      ['BE.union', 'workers_representative'],
      ['MA.union', 'workers_representative'],
      ['diaspora.MA-BE', 'intermediary'],
    ],
    commitments: [
      ['state_cooperation', 'MA.ministry', 'Facilitates exit procedures and certifies training'],
      [
        'state_cooperation',
        'BE.development_agency',
        'Funds the partnership and coordinates the Belgian side',
      ],
      [
        'multi_stakeholder',
        'BE.employment_service.flanders',
        'Runs the steering committee with employers and unions',
      ],
      [
        'training',
        'MA.training.1',
        'Delivers the ICT curriculum co-designed with Belgian employers',
      ],
      [
        'recognition',
        'BE.recognition',
        'Recognises the Moroccan ICT diplomas under the recognition agreement',
      ],
      [
        'mobility',
        'BE.employment_service.brussels',
        'Matches away-track graduates to vacancies and supports arrival',
      ],
    ],
    agreements: [
      {
        title: 'Memorandum of understanding on ICT talent mobility',
        kind: 'memorandum',
        signedOn: '2023-11-15',
        effectiveFrom: '2024-01-01',
        reviewOn: '2026-12-01',
        expiresOn: '2027-12-31',
        clauses: [
          clause(
            'recognition',
            'Moroccan ICT bachelor degrees are recognised under the MA–BE agreement.',
            'ma-be-ict-2024',
          ),
          clause('training', 'A six-month ICT and language curriculum co-designed with employers.'),
          clause(
            'cost_sharing',
            'Training costs borne by the Belgian funder; no recruitment fees for workers.',
          ),
          clause(
            'protection',
            'Equal treatment, written contracts before departure, support for return.',
          ),
        ],
      },
    ],
    objectives: ['Train two cohorts of ICT graduates', 'Place graduates at home and abroad'],
    actions: [
      [
        0,
        'Co-design the curriculum with employers',
        'MA.training.1',
        '2024-04-30',
        'done',
        ['Curriculum v1 signed off by the steering committee'],
      ],
      [
        0,
        'Train the first cohort',
        'MA.training.1',
        '2025-06-30',
        'done',
        ['58 certificates issued'],
      ],
      [0, 'Train the second cohort', 'MA.training.1', '2026-06-30', 'in_progress', []],
      [
        1,
        'Match away-track graduates to Belgian vacancies',
        'BE.employment_service.brussels',
        '2026-09-30',
        'in_progress',
        [],
      ],
      [
        1,
        'Place home-track graduates with Moroccan employers',
        'MA.employment_service',
        '2027-03-31',
        'planned',
        [],
      ],
    ],
    milestones: [
      ['First cohort certified', '2025-06-30', '2025-06-20'],
      ['Mid-term review', '2026-12-01', null],
    ],
  },
  {
    draft: {
      title: 'Nigeria–Lithuania ICT scheme',
      type: 'bilateral',
      status: 'active',
      summary: 'Software developers recruited in Nigeria and upskilled for Lithuanian ICT firms.',
      startsOn: '2023-06-01',
      endsOn: '2026-12-31',
      corridors: [corridor('NG', 'LT', ['Lagos'], ['Vilnius'])],
      occupations: ['2512', '2514'],
      tracks: ['away'],
      quotas: { ...noQuotas, cohortSize: 40, trackShares: { away: 100 }, minWomenShare: 30 },
    },
    parties: [
      ['NG.ministry', 'signatory'],
      ['LT.ministry', 'signatory'],
      ['NG.recruitment', 'intermediary'],
      ['LT.employment_service', 'implementer'],
      ['LT.employer.1', 'employer'],
      ['NG.training.1', 'training_provider'],
      ['diaspora.NG-LT', 'intermediary'],
    ],
    commitments: [
      ['mobility', 'LT.employment_service', 'Fast-tracks work permits for selected developers'],
      ['training', 'NG.training.1', 'Runs a 12-week upskilling bootcamp before departure'],
    ],
    agreements: [
      {
        title: 'Skills module: ICT developers',
        kind: 'skills_module',
        signedOn: '2023-05-10',
        effectiveFrom: '2023-06-01',
        reviewOn: '2025-06-01',
        expiresOn: '2026-12-31',
        clauses: [
          clause('training', 'Pre-departure bootcamp in cloud and web development.'),
          clause('protection', 'Fair recruitment: no fees charged to workers.'),
        ],
      },
    ],
    objectives: ['Recruit and place 40 developers'],
    actions: [
      [
        0,
        'Select the first 20 candidates',
        'NG.recruitment',
        '2023-10-31',
        'done',
        ['Selection report'],
      ],
      [0, 'Place the second group of 20', 'LT.employment_service', '2026-10-31', 'in_progress', []],
    ],
    milestones: [['Scheme evaluation', '2026-11-30', null]],
  },
  {
    draft: {
      title: 'Mauritania–Senegal harmonisation of vocational qualifications',
      type: 'bilateral',
      status: 'active',
      summary:
        'A five-year joint plan for common occupational, competency and assessment standards.',
      startsOn: '2025-01-01',
      endsOn: '2029-12-31',
      corridors: [corridor('MR', 'SN'), corridor('SN', 'MR')],
      occupations: ['7112', '7126', '7411', '7231', '6222'],
      tracks: ['home', 'away'],
      quotas: noQuotas,
    },
    parties: [
      ['MR.ministry', 'signatory'],
      ['SN.ministry', 'signatory'],
      ['MR-SN.harmonisation', 'recognition_body'],
      ['MR.recognition', 'recognition_body'],
      ['SN.recognition', 'recognition_body'],
      ['MR.training.1', 'training_provider'],
      ['SN.training.1', 'training_provider'],
      ['MR.union', 'workers_representative'],
      ['SN.employers', 'employer'],
      ['MR.employer.1', 'employer'],
      ['SN.employer.1', 'employer'],
    ],
    commitments: [
      ['state_cooperation', 'MR.ministry', 'Chairs the joint committee in odd years'],
      ['state_cooperation', 'SN.ministry', 'Chairs the joint committee in even years'],
      [
        'recognition',
        'MR-SN.harmonisation',
        'Adopts common standards recognised in both countries',
      ],
      ['training', 'SN.training.1', 'Pilots the common curricula'],
    ],
    agreements: [
      {
        title: 'Joint five-year plan on vocational qualifications',
        kind: 'implementation_plan',
        signedOn: '2024-11-20',
        effectiveFrom: '2025-01-01',
        reviewOn: '2027-01-01',
        expiresOn: '2029-12-31',
        clauses: [
          clause('training', 'Common curricula for five trades, piloted in both countries.'),
        ],
      },
    ],
    objectives: [
      'Common occupational standards',
      'Common competency standards',
      'Common assessment standards',
    ],
    actions: [
      [
        0,
        'Map the five trades in both classifications',
        'MR-SN.harmonisation',
        '2025-06-30',
        'done',
        ['Occupational map, June 2025'],
      ],
      [1, 'Draft common competency standards', 'MR.recognition', '2026-03-31', 'in_progress', []],
      [2, 'Agree joint assessment standards', 'SN.recognition', '2026-09-30', 'planned', []],
      [2, 'Pilot joint assessments', 'SN.training.1', '2027-06-30', 'planned', []],
    ],
    milestones: [
      ['Joint committee installed', '2025-02-28', '2025-02-15'],
      ['Competency standards adopted', '2026-06-30', null],
    ],
  },
  {
    draft: {
      title: 'Milan/Turin–Tunis/Sfax city-to-city partnership',
      type: 'city_to_city',
      status: 'negotiation',
      summary:
        'Cities cooperating on vocational training, student mobility and placements in logistics and ICT.',
      startsOn: '2026-03-01',
      endsOn: '2029-02-28',
      corridors: [corridor('TN', 'IT', ['Tunis', 'Sfax'], ['Milan', 'Turin'])],
      occupations: ['7411', '7231', '2512'],
      tracks: ['home', 'away', 'study'],
      quotas: {
        ...noQuotas,
        cohortSize: 60,
        trackShares: { home: 40, away: 40, study: 20 },
        minWomenShare: 35,
      },
    },
    parties: [
      ['IT.employment_service', 'implementer'],
      ['TN.employment_service', 'implementer'],
      ['TN.training.1', 'training_provider'],
      ['IT.employer.1', 'employer'],
      ['TN.employer.1', 'employer'],
      ['TN.union', 'workers_representative'],
      ['international', 'funder'],
    ],
    commitments: [['multi_stakeholder', 'international', 'Convenes the city working groups']],
    agreements: [],
    objectives: ['Agree the city-to-city framework'],
    actions: [
      [0, 'Hold the first joint working group', 'international', '2026-05-31', 'planned', []],
    ],
    milestones: [['Framework signed', '2026-12-31', null]],
  },
];
