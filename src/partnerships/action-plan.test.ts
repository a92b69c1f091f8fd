import { describe, expect, it } from 'vitest';
import { actionViolations, planProgress, planTimeline, type ActionPlan } from './action-plan.js';

const plan: ActionPlan = {
  objectives: [{ id: 'o1', title: 'Common occupational standards' }],
  actions: [
    {
      id: 'a1',
      objectiveId: 'o1',
      title: 'Map occupations',
      ownerOrganisationId: 'mr',
      deadline: '2026-06-30',
      status: 'done',
      evidence: ['report.pdf'],
    },
    {
      id: 'a2',
      objectiveId: 'o1',
      title: 'Joint assessment standards',
      ownerOrganisationId: 'sn',
      deadline: '2026-10-31',
      status: 'in_progress',
      evidence: [],
    },
    {
      id: 'a3',
      objectiveId: 'o1',
      title: 'Pilot assessments',
      ownerOrganisationId: 'sn',
      deadline: '2027-03-31',
      status: 'planned',
      evidence: [],
    },
  ],
  milestones: [
    { id: 'm1', title: 'Standards adopted', dueOn: '2026-09-30', reachedOn: null },
    { id: 'm2', title: 'Committee installed', dueOn: '2026-01-31', reachedOn: '2026-01-20' },
  ],
};

describe('action plan timeline', () => {
  it('GIVEN 21 November 2026 THEN entries come in date order and only unfinished past ones are overdue', () => {
    expect(planTimeline(plan, '2026-11-21').map((e) => [e.id, e.overdue])).toEqual([
      ['m2', false],
      ['a1', false],
      ['m1', true],
      ['a2', true],
      ['a3', false],
    ]);
  });

  it('GIVEN the plan THEN progress counts actions by status and overdue entries', () => {
    expect(planProgress(plan, '2026-11-21')).toEqual({
      actions: 3,
      byStatus: { planned: 1, in_progress: 1, done: 1, blocked: 0 },
      overdue: 2,
      milestonesReached: 1,
      milestones: 2,
    });
  });
});

describe('action rules', () => {
  const context = {
    objectiveIds: new Set(['o1']),
    partyIds: new Set(['mr', 'sn']),
    startsOn: '2026-01-01',
  };
  const action = {
    objectiveId: 'o1',
    title: 'x',
    ownerOrganisationId: 'mr',
    deadline: '2026-05-01',
    status: 'planned' as const,
    evidence: [],
  };
  it.each([
    ['a well-formed action', {}, []],
    ['an unknown objective', { objectiveId: 'o9' }, ['objectiveId']],
    ['an owner who is not a party', { ownerOrganisationId: 'zz' }, ['ownerOrganisationId']],
    ['a deadline before the partnership starts', { deadline: '2025-12-31' }, ['deadline']],
    ['done without evidence', { status: 'done' }, ['evidence']],
  ] as [string, object, string[]][])(
    'GIVEN %s THEN the fields at fault are %j',
    (_s, change, expected) => {
      expect(actionViolations({ ...action, ...change }, context).map((v) => v.field)).toEqual(
        expected,
      );
    },
  );
});
