// The journey steps' policy cases (not a test file).
import { actorWithRole } from '../accounts/policy.cases.js';
import type { PolicyCase, PolicyTable } from '../accounts/policy-cases.js';

// actorWithRole puts every actor, as user SELF, in OWN_ORG.
const OWN_ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER_ORG = '00000000-0000-4000-8000-00000000000b';
const SELF = '00000000-0000-4000-8000-000000000001';
const SOMEONE_ELSE = '00000000-0000-4000-8000-000000000002';

const orientationOf = (own: boolean, ownIsProvider: boolean) => ({
  partyOrganisationIds: own ? [OWN_ORG, OTHER_ORG] : [OTHER_ORG],
  providerOrganisationIds: own && ownIsProvider ? [OWN_ORG] : [OTHER_ORG],
});

/** A journey of someone else in a partnership their organisation is a party to. */
const partyJourney = {
  ...orientationOf(true, false),
  personUserId: SOMEONE_ELSE,
  employerOrganisationId: OTHER_ORG,
  arrived: true,
};
const ownJourney = {
  ...orientationOf(false, false),
  personUserId: SELF,
  employerOrganisationId: OTHER_ORG,
  arrived: true,
};
const providerJourney = {
  ...orientationOf(true, true),
  personUserId: SOMEONE_ELSE,
  employerOrganisationId: OTHER_ORG,
  arrived: false,
};
const employedArrived = {
  ...orientationOf(false, false),
  personUserId: SOMEONE_ELSE,
  employerOrganisationId: OWN_ORG,
  arrived: true,
};
const employedBeforeArrival = { ...employedArrived, arrived: false };
const strangers = {
  ...orientationOf(false, false),
  personUserId: SOMEONE_ELSE,
  employerOrganisationId: OTHER_ORG,
  arrived: true,
};

type Situation = [string, unknown];
const situations: Situation[] = [
  ['their own journey', ownJourney],
  ["someone's journey in a partnership their organisation is a party to", partyJourney],
  ["someone's journey in a partnership their organisation trains for", providerJourney],
  ['a journey of their employee who has arrived', employedArrived],
  ['a journey of their future employee before arrival', employedBeforeArrival],
  ['a journey of a partnership they have nothing to do with', strangers],
];

/** Which roles may act in each situation, per action (same order as `situations`). */
const journeyActions: Record<string, PolicyCase['allowed'][]> = {
  'orientation.take': [
    [
      'admin',
      'coordinator',
      'analyst',
      'recognition_officer',
      'trainer',
      'employer',
      'worker_representative',
      'candidate',
    ],
    [],
    [],
    [],
    [],
    [],
  ],
  'orientation.readProgress': [
    [
      'admin',
      'coordinator',
      'analyst',
      'recognition_officer',
      'trainer',
      'employer',
      'worker_representative',
      'candidate',
    ],
    ['admin', 'coordinator'],
    ['admin', 'coordinator', 'trainer'],
    ['admin'],
    ['admin'],
    ['admin'],
  ],
  'journeyStep.read': [
    [
      'admin',
      'coordinator',
      'analyst',
      'recognition_officer',
      'trainer',
      'employer',
      'worker_representative',
      'candidate',
    ],
    ['admin', 'coordinator'],
    ['admin', 'coordinator'],
    ['admin', 'employer'],
    ['admin'],
    ['admin'],
  ],
  'arrival.tick': [
    ['admin'],
    ['admin', 'coordinator'],
    ['admin', 'coordinator'],
    ['admin', 'employer'],
    ['admin'],
    ['admin'],
  ],
  'checkIn.answer': [
    [
      'admin',
      'coordinator',
      'analyst',
      'recognition_officer',
      'trainer',
      'employer',
      'worker_representative',
      'candidate',
    ],
    [],
    [],
    [],
    [],
    [],
  ],
  'reintegration.followUp': [
    ['admin'],
    ['admin', 'coordinator'],
    ['admin', 'coordinator'],
    ['admin'],
    ['admin'],
    ['admin'],
  ],
};
const everyone = journeyActions['orientation.take']![0]!;
const personOrCoordinator: PolicyCase['allowed'][] = [
  everyone,
  ['admin', 'coordinator'],
  ['admin', 'coordinator'],
  ['admin'],
  ['admin'],
  ['admin'],
];
journeyActions['permit.record'] = personOrCoordinator;
journeyActions['return.record'] = personOrCoordinator;
journeyActions['reintegration.plan'] = personOrCoordinator;
journeyActions['inWork.record'] = [
  everyone,
  ['admin', 'coordinator'],
  ['admin', 'coordinator'],
  ['admin', 'employer'],
  ['admin'],
  ['admin'],
];

const cases: PolicyCase[] = [
  ...Object.entries(journeyActions).flatMap(([action, allowedPerSituation]) =>
    situations.map(([situation, resource], i) => ({
      action,
      situation,
      resource,
      allowed: allowedPerSituation[i] ?? [],
    })),
  ),
  {
    action: 'orientation.readModules',
    situation: 'a partnership their organisation is a party to',
    resource: orientationOf(true, false),
    allowed: everyone,
  },
  {
    action: 'orientation.readModules',
    situation: 'a partnership of other organisations',
    resource: orientationOf(false, false),
    allowed: ['admin'],
  },
  {
    action: 'orientation.manage',
    situation: 'a partnership their organisation is a party to, not as a training provider',
    resource: orientationOf(true, false),
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'orientation.manage',
    situation: 'a partnership their organisation trains for',
    resource: orientationOf(true, true),
    allowed: ['admin', 'coordinator', 'trainer'],
  },
  {
    action: 'orientation.manage',
    situation: 'a partnership of other organisations',
    resource: orientationOf(false, false),
    allowed: ['admin'],
  },
];

/** The journey steps: the person, the partnership's coordinators and providers, the employer from arrival. */
export const journeyStepsPolicyTable: PolicyTable = {
  area: 'journeys',
  actorFor: actorWithRole,
  cases,
};
