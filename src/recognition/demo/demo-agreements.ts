import type { RecognitionAgreement } from '../agreement.js';
import type { OccupationRequirement } from '../target.js';
import { OCCUPATIONS } from './esco-ict.js';

const ICT = [OCCUPATIONS.softwareDeveloper, OCCUPATIONS.webDeveloper, OCCUPATIONS.ictHelpDeskAgent];
const DEMO = 'Demo agreement: invented for the demo, not an existing agreement.';

/** Demo recognition agreements (invented; they show each kind the engine handles). */
export const DEMO_AGREEMENTS: RecognitionAgreement[] = [
  {
    id: 'ma-be-ict-2024',
    title: 'Morocco–Belgium ICT skills partnership: mutual conditional recognition',
    from: { country: 'MA' },
    to: { country: 'BE' },
    direction: 'mutual',
    mode: 'conditional',
    measures: ['bridging_training', 'aptitude_test'],
    scope: {
      qualificationIds: [],
      occupations: ICT,
      levels: [{ frameworkId: 'eqf', levels: [4, 5, 6] }],
    },
    validFrom: '2024-01-01',
    validUntil: '2028-12-31',
    source: DEMO,
    demo: true,
  },
  {
    id: 'sn-it-web-2025',
    title: 'Senegal → Italy web developers: unilateral conditional recognition',
    from: { country: 'SN' },
    to: { country: 'IT' },
    direction: 'unilateral',
    mode: 'conditional',
    measures: ['bridging_training', 'adaptation_period'],
    scope: { qualificationIds: [], occupations: [OCCUPATIONS.webDeveloper], levels: [] },
    validFrom: '2025-01-01',
    validUntil: '2027-12-31',
    source: DEMO,
    demo: true,
  },
  {
    id: 'tn-lt-helpdesk-2025',
    title: 'Tunisia → Lithuania ICT help desk: automatic recognition of one diploma',
    from: { country: 'TN' },
    to: { country: 'LT' },
    direction: 'unilateral',
    mode: 'automatic',
    measures: [],
    scope: { qualificationIds: ['tn-bts-support-informatique'], occupations: [], levels: [] },
    validFrom: '2025-03-01',
    source: DEMO,
    demo: true,
  },
];

/** Demo destination requirements: the level each country expects and whether it regulates. */
export const DEMO_REQUIREMENTS: OccupationRequirement[] = [
  ...['BE', 'IT', 'NL', 'LT', 'MA', 'SN', 'TN'].map((country) => ({
    country,
    occupation: OCCUPATIONS.softwareDeveloper,
    requiredLevel: { frameworkId: `${country.toLowerCase()}-nqf`, level: 5 },
    regulated: false,
  })),
  {
    country: 'BE',
    occupation: OCCUPATIONS.nurseResponsibleForGeneralCare,
    requiredLevel: { frameworkId: 'be-nqf', level: 6 },
    regulated: true,
    competentAuthority: 'Belgian Federal Public Service Public Health (demo)',
  },
];
