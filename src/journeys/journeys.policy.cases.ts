// The journeys policy cases (not a test file).
import type { Actor } from '../accounts/actor.js';
import type { Role } from '../accounts/roles.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';
import type { JourneyResource } from './journeys.policy.js';

const PARTY = 'org-party';
const actor = (role: Role): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: PARTY, organisationKind: 'government', country: 'BE', role }],
});

const journeyAt = (stage: JourneyResource['stage'], over: Partial<JourneyResource> = {}) => ({
  partyOrganisationIds: [PARTY, 'org-other-party'],
  personUserId: '00000000-0000-4000-8000-000000000099',
  providerOrganisationId: PARTY,
  employerOrganisationId: PARTY,
  stage,
  ...over,
});

const involvedActions = ['journey.read', 'journey.advance', 'journey.recordEvidence'] as const;
const coordinatorActions = ['journey.open', 'journey.acceptRun', 'journey.cohort'] as const;

const cases: PolicyCase[] = [
  ...involvedActions.flatMap((action): PolicyCase[] => [
    {
      action,
      situation: 'a journey in training, at their organisation (party, provider)',
      resource: journeyAt('in_training'),
      allowed: ['admin', 'coordinator', 'trainer'],
    },
    {
      action,
      situation: 'a journey before arrival, their organisation the employer',
      resource: journeyAt('visa_permit'),
      allowed: ['admin', 'coordinator'],
    },
    {
      action,
      situation: 'a journey after arrival, their organisation the employer',
      resource: journeyAt('employed_abroad'),
      allowed: ['admin', 'coordinator', 'employer'],
    },
    {
      action,
      situation: "the actor's own journey",
      resource: journeyAt('departed', {
        partyOrganisationIds: ['org-elsewhere'],
        personUserId: '00000000-0000-4000-8000-000000000001',
        providerOrganisationId: null,
        employerOrganisationId: null,
      }),
      allowed: [
        'admin',
        'coordinator',
        'analyst',
        'recognition_officer',
        'trainer',
        'employer',
        'worker_representative',
        'candidate',
      ],
    },
    {
      action,
      situation: 'a journey of another partnership',
      resource: journeyAt('employed_abroad', {
        partyOrganisationIds: ['org-elsewhere'],
        providerOrganisationId: 'org-elsewhere',
        employerOrganisationId: 'org-elsewhere',
      }),
      allowed: ['admin'],
    },
  ]),
  {
    action: 'journey.correct',
    situation: 'a journey of a partnership their organisation is a party to',
    resource: journeyAt('arrived'),
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'journey.correct',
    situation: 'a journey of another partnership',
    resource: journeyAt('arrived', { partyOrganisationIds: ['org-elsewhere'] }),
    allowed: ['admin'],
  },
  ...coordinatorActions.flatMap((action): PolicyCase[] => [
    {
      action,
      situation: 'a partnership their organisation is a party to',
      resource: { partyOrganisationIds: [PARTY] },
      allowed: ['admin', 'coordinator'],
    },
    {
      action,
      situation: 'a partnership of other organisations',
      resource: { partyOrganisationIds: ['org-elsewhere'] },
      allowed: ['admin'],
    },
  ]),
];

/** Journeys: the person, the partnership's coordinators, the provider in training, the employer from arrival. */
export const journeysPolicyTable: PolicyTable = { area: 'journeys', actorFor: actor, cases };
