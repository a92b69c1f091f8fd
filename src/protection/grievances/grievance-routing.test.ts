import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  escalate,
  matchingRule,
  routeGrievance,
  routingRuleViolations,
  type RoutedCase,
  type RoutingRule,
} from './grievance-routing.js';

const INSPECTORATE = { kind: 'labour_inspectorate', organisationId: 'org-inspectorate' } as const;
const COORDINATOR = { kind: 'coordinator', organisationId: 'org-coordinator' } as const;
const CONSULATE = { kind: 'consular_service', organisationId: 'org-consulate' } as const;
const RECOGNITION = { kind: 'recognition_body', organisationId: 'org-recognition' } as const;

const rule = (over: Partial<RoutingRule>): RoutingRule => ({
  topics: [],
  countries: [],
  organisationIds: [],
  corridor: null,
  bodies: [COORDINATOR],
  acknowledgeWorkingDays: 5,
  resolveDays: 30,
  ...over,
});

const RULES: RoutingRule[] = [
  rule({ corridor: { origin: 'MA', destination: 'BE' }, bodies: [COORDINATOR] }),
  rule({
    topics: ['wages', 'documents_withheld'],
    countries: ['BE'],
    bodies: [INSPECTORATE, COORDINATOR, CONSULATE],
  }),
  rule({ topics: ['recognition'], bodies: [RECOGNITION, COORDINATOR] }),
  rule({
    topics: ['wages'],
    countries: ['BE'],
    organisationIds: ['org-employer'],
    bodies: [CONSULATE],
  }),
];

// A Monday morning, UTC.
const MONDAY = new Date('2026-11-16T09:00:00Z');

describe('routing a grievance (rules as data)', () => {
  it.each([
    { c: { topic: 'wages', country: 'BE', concernedOrganisationId: null }, body: INSPECTORATE },
    {
      c: { topic: 'wages', country: 'BE', concernedOrganisationId: 'org-employer' },
      body: CONSULATE,
    },
    {
      c: { topic: 'documents_withheld', country: 'BE', concernedOrganisationId: null },
      body: INSPECTORATE,
    },
    {
      c: { topic: 'recognition', country: 'SN', concernedOrganisationId: null },
      body: RECOGNITION,
    },
    // Equally specific (a corridor, a topic): the rule listed first wins.
    {
      c: { topic: 'recognition', country: 'MA', concernedOrganisationId: null },
      body: COORDINATOR,
    },
    { c: { topic: 'training', country: 'MA', concernedOrganisationId: null }, body: COORDINATOR },
    { c: { topic: 'wages', country: 'MA', concernedOrganisationId: null }, body: COORDINATOR },
    { c: { topic: 'other', country: 'LT', concernedOrganisationId: null }, body: null },
  ] as const)(
    'GIVEN $c.topic in $c.country (concerned $c.concernedOrganisationId) THEN it goes to $body.kind',
    ({ c, body }) => {
      expect(matchingRule(c, RULES)?.bodies[0] ?? null).toEqual(body);
    },
  );

  it('GIVEN no matching rule THEN the fallback body gets the default deadlines (5 working days, 30 days)', () => {
    const routed = routeGrievance(
      { topic: 'other', country: 'LT', concernedOrganisationId: null },
      RULES,
      COORDINATOR,
      MONDAY,
    );
    expect(routed).toEqual({
      body: COORDINATOR,
      step: 0,
      acknowledgeBy: new Date('2026-11-23T09:00:00Z'),
      resolveBy: new Date('2026-12-16T09:00:00Z'),
    });
    expect(
      routeGrievance(
        { topic: 'other', country: 'LT', concernedOrganisationId: null },
        RULES,
        null,
        MONDAY,
      ),
    ).toBeNull();
  });

  it.each([
    { from: '2026-11-16T09:00:00Z', days: 5, by: '2026-11-23T09:00:00Z' }, // Monday → next Monday
    { from: '2026-11-20T17:00:00Z', days: 1, by: '2026-11-23T17:00:00Z' }, // Friday → Monday
    { from: '2026-11-21T10:00:00Z', days: 1, by: '2026-11-23T10:00:00Z' }, // Saturday → Monday
    { from: '2026-11-18T09:00:00Z', days: 3, by: '2026-11-23T09:00:00Z' }, // Wednesday → Monday
  ])('GIVEN $from WHEN adding $days working days THEN $by', ({ from, days, by }) => {
    expect(addWorkingDays(new Date(from), days).toISOString()).toBe(new Date(by).toISOString());
  });
});

describe('escalation, a pure function of (case, rules, now)', () => {
  const routed = routeGrievance(
    { topic: 'wages', country: 'BE', concernedOrganisationId: null },
    RULES,
    null,
    MONDAY,
  );
  const base: RoutedCase = {
    topic: 'wages',
    country: 'BE',
    concernedOrganisationId: null,
    status: 'filed',
    routeStep: 0,
    acknowledgeBy: routed?.acknowledgeBy ?? null,
    resolveBy: routed?.resolveBy ?? null,
    acknowledgedAt: null,
  };
  const at = (iso: string) => new Date(iso);

  it.each([
    {
      when: 'before the acknowledgement deadline',
      c: base,
      now: '2026-11-23T08:59:00Z',
      expected: { kind: 'none' },
    },
    {
      when: 'past the acknowledgement deadline, unacknowledged',
      c: base,
      now: '2026-11-23T09:01:00Z',
      expected: { kind: 'escalate', missed: 'acknowledgement', step: 1, body: COORDINATOR },
    },
    {
      when: 'acknowledged in time, before resolution deadline',
      c: { ...base, status: 'acknowledged', acknowledgedAt: at('2026-11-17T09:00:00Z') },
      now: '2026-12-10T09:00:00Z',
      expected: { kind: 'none' },
    },
    {
      when: 'acknowledged but past the resolution deadline',
      c: { ...base, status: 'in_mediation', acknowledgedAt: at('2026-11-17T09:00:00Z') },
      now: '2026-12-16T09:01:00Z',
      expected: { kind: 'escalate', missed: 'resolution', step: 1, body: COORDINATOR },
    },
    {
      when: 'at the second body, past its deadline',
      c: { ...base, routeStep: 1 },
      now: '2026-12-20T09:00:00Z',
      expected: { kind: 'escalate', missed: 'acknowledgement', step: 2, body: CONSULATE },
    },
    {
      when: 'at the last body, past its deadline',
      c: { ...base, routeStep: 2 },
      now: '2026-12-20T09:00:00Z',
      expected: { kind: 'exhausted', missed: 'acknowledgement' },
    },
    {
      when: 'resolved, long past every deadline',
      c: { ...base, status: 'resolved' },
      now: '2027-06-01T09:00:00Z',
      expected: { kind: 'none' },
    },
    {
      when: 'closed, long past every deadline',
      c: { ...base, status: 'closed' },
      now: '2027-06-01T09:00:00Z',
      expected: { kind: 'none' },
    },
  ] as const)('GIVEN a case $when THEN $expected.kind', ({ c, now, expected }) => {
    const decision = escalate(c, RULES, at(now));
    if (expected.kind === 'escalate') {
      expect(decision).toEqual(
        expect.objectContaining({
          kind: 'escalate',
          missed: expected.missed,
          to: expect.objectContaining({ step: expected.step, body: expected.body }),
        }),
      );
      // The next body's deadlines count from the escalation.
      if (decision.kind === 'escalate') {
        expect(decision.to.acknowledgeBy.getTime()).toBeGreaterThan(at(now).getTime());
      }
    } else {
      expect(decision).toEqual(expected);
    }
  });
});

describe('routing rule validation', () => {
  const reach = { parties: new Set(['org-coordinator']), countries: new Set(['BE', 'MA']) };

  it('GIVEN bad rules THEN each problem names its field', () => {
    const known = new Map([['org-coordinator', { country: 'BE' }]]);
    const problems = routingRuleViolations(
      [
        rule({ bodies: [] }),
        rule({ countries: ['Belgium'], bodies: [INSPECTORATE], resolveDays: 2 }),
      ],
      known,
      reach,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'rules.0.bodies',
      'rules.1.countries.0',
      'rules.1.bodies.0.organisationId',
      'rules.1.resolveDays',
    ]);
    expect(routingRuleViolations([rule({})], known, reach)).toEqual([]);
  });

  it('GIVEN a body that is no party and based outside the corridors THEN refused; a party anywhere, or a body of a corridor country, is accepted', () => {
    const known = new Map([
      ['org-coordinator', { country: 'FR' }],
      ['org-inspectorate', { country: 'BE' }],
      ['org-consulate', { country: 'NG' }],
    ]);
    const problems = routingRuleViolations(
      [rule({ bodies: [COORDINATOR, INSPECTORATE, CONSULATE] })],
      known,
      reach,
    );
    expect(problems).toEqual([
      {
        field: 'rules.0.bodies.2.organisationId',
        reason: "must be a party to the partnership or based in one of its corridors' countries",
      },
    ]);
  });
});
