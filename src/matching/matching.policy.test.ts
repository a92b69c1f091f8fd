import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { can, type Action } from '../accounts/policy.js';
import { ROLES, type Role } from '../accounts/roles.js';
import { matchingPolicies, shortlistAudience, type OpeningResource } from './matching.policy.js';

const SELF = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const actor = (role: Role): Actor => ({
  userId: SELF,
  email: `${role}@example.org`,
  displayName: role,
  memberships: [{ organisationId: 'org', organisationKind: 'employer', country: 'BE', role }],
});

/** A partnership their organisation is a party to, and one of others, starting in Morocco. */
const ours = { partyOrganisationIds: ['org', 'elsewhere'], originCountries: ['MA'] };
const theirs = { partyOrganisationIds: ['elsewhere'], originCountries: ['MA'] };

const own = { userId: SELF, consents: [], cohortOf: [] };
const consenting = { userId: OTHER, consents: ['partnership_matching'], cohortOf: [ours] };
const consentingElsewhere = {
  userId: OTHER,
  consents: ['partnership_matching'],
  cohortOf: [theirs],
};
const notConsenting = { userId: OTHER, consents: ['employer_sharing'], cohortOf: [ours] };

const opening = (
  kind: OpeningResource['kind'],
  organisationId: string,
  partnership: OpeningResource['partnership'],
): OpeningResource => ({ kind, organisationId, partnership });

/** Every matching action in some situation, and which roles may perform it there. */
const matrix: {
  action: Action;
  situation: string;
  resource?: unknown;
  allowed: readonly Role[];
}[] = [
  { action: 'match.forCandidate', situation: 'their own matches', resource: own, allowed: ROLES },
  {
    action: 'match.forCandidate',
    situation: 'a person of their partnership who consented to matching',
    resource: consenting,
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.forCandidate',
    situation: 'a person of another partnership who consented to matching',
    resource: consentingElsewhere,
    allowed: ['admin'],
  },
  {
    action: 'match.forCandidate',
    situation: 'a person who did not consent to matching',
    resource: notConsenting,
    allowed: ['admin'],
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of their organisation, outside any partnership',
    resource: opening('vacancy', 'org', null),
    allowed: ['admin', 'employer', 'coordinator'],
  },
  {
    action: 'match.shortlist',
    situation: 'a programme of their organisation, outside any partnership',
    resource: opening('programme', 'org', null),
    allowed: ['admin', 'trainer', 'coordinator'],
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of another organisation in a partnership they are a party to',
    resource: opening('vacancy', 'elsewhere', ours),
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.shortlist',
    situation: 'a vacancy of another organisation in a partnership of others',
    resource: opening('vacancy', 'elsewhere', theirs),
    allowed: ['admin'],
  },
  { action: 'match.readWeights', situation: 'any', allowed: ROLES },
  {
    action: 'match.setWeights',
    situation: 'a partnership of their organisation',
    resource: { partyOrganisationIds: ['org'] },
    allowed: ['admin', 'coordinator'],
  },
  {
    action: 'match.setWeights',
    situation: 'a partnership of others',
    resource: { partyOrganisationIds: ['elsewhere'] },
    allowed: ['admin'],
  },
];

const canLoosely = can as (actor: Actor | null, action: Action, resource?: unknown) => boolean;

describe('matching policy matrix', () => {
  const rows = matrix.flatMap((c) =>
    ROLES.map((role) => ({ ...c, role, expected: c.allowed.includes(role) })),
  );
  it.each(rows)(
    'a $role on $action ($situation): allowed = $expected',
    ({ role, action, resource, expected }) => {
      expect(canLoosely(actor(role), action, resource)).toBe(expected);
    },
  );

  it.each(matrix)('an anonymous visitor may not $action ($situation)', ({ action, resource }) => {
    expect(canLoosely(null, action, resource)).toBe(false);
  });

  it('covers every matching action', () => {
    const covered = new Set(matrix.map((c) => c.action));
    expect(Object.keys(matchingPolicies).filter((a) => !covered.has(a as Action))).toEqual([]);
  });

  it('GIVEN a candidate-role member of the employer THEN they may not read its shortlists', () => {
    const member: Actor = {
      ...actor('candidate'),
      memberships: [
        { organisationId: 'org', organisationKind: 'employer', country: 'BE', role: 'candidate' },
        { organisationId: 'mine', organisationKind: 'individual', country: 'MA', role: 'employer' },
      ],
    };
    expect(canLoosely(member, 'match.shortlist', opening('vacancy', 'org', ours))).toBe(false);
  });
});

describe('shortlist audience', () => {
  it('GIVEN an admin THEN every consenting candidate, anywhere', () => {
    expect(shortlistAudience(actor('admin'), opening('vacancy', 'x', theirs))).toEqual({
      audience: 'coordinator',
    });
  });

  it("GIVEN a coordinator of the vacancy's partnership THEN its cohort: consenting people living where it starts", () => {
    expect(shortlistAudience(actor('coordinator'), opening('vacancy', 'x', ours))).toEqual({
      audience: 'coordinator',
      residenceCountries: ['MA'],
    });
  });

  it('GIVEN the employer, or a coordinator who does not coordinate the partnership THEN only those sharing with employers', () => {
    for (const [role, partnership] of [
      ['employer', ours],
      ['coordinator', theirs],
      ['coordinator', null],
    ] as const) {
      expect(shortlistAudience(actor(role), opening('vacancy', 'org', partnership))).toEqual({
        audience: 'employer',
      });
    }
  });
});
