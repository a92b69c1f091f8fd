import { daysBetween, type RuleViolation } from './rule-violation.js';
import type { ActionStatus } from './vocabulary.js';

export interface Objective {
  id: string;
  title: string;
}

/** A concrete step of the plan, owned by a party. */
export interface Action {
  id: string;
  objectiveId: string;
  title: string;
  ownerOrganisationId: string;
  deadline: string;
  status: ActionStatus;
  /** Links or short notes showing the work was done. */
  evidence: string[];
}

export interface Milestone {
  id: string;
  title: string;
  dueOn: string;
  reachedOn: string | null;
}

export interface ActionPlan {
  objectives: Objective[];
  actions: Action[];
  milestones: Milestone[];
}

/** Every way a new or changed action breaks the rules. */
export function actionViolations(
  action: Omit<Action, 'id'>,
  context: {
    objectiveIds: ReadonlySet<string>;
    partyIds: ReadonlySet<string>;
    startsOn: string | null;
  },
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!context.objectiveIds.has(action.objectiveId)) {
    violations.push({
      code: 'partnerships.unknown_objective',
      field: 'objectiveId',
      reason: 'is not an objective of this action plan',
    });
  }
  if (!context.partyIds.has(action.ownerOrganisationId)) {
    violations.push({
      code: 'partnerships.not_a_party',
      field: 'ownerOrganisationId',
      reason: 'an action is owned by a party of the partnership',
    });
  }
  if (context.startsOn && action.deadline < context.startsOn) {
    violations.push({
      code: 'partnerships.dates_out_of_order',
      field: 'deadline',
      reason: `must not be before the partnership starts (${context.startsOn})`,
    });
  }
  if (action.status === 'done' && action.evidence.length === 0) {
    violations.push({
      code: 'partnerships.missing_evidence',
      field: 'evidence',
      reason: 'a done action shows its evidence',
    });
  }
  return violations;
}

/** One entry of the timeline: an action's deadline or a milestone. */
export interface TimelineEntry {
  kind: 'action' | 'milestone';
  id: string;
  title: string;
  date: string;
  objectiveId: string | null;
  status: ActionStatus | 'reached' | 'pending';
  overdue: boolean;
  /** Days from `asOf` to the date (negative when past). */
  daysLeft: number;
}

/** Actions and milestones in date order, with overdue flags as of a date. */
export function planTimeline(plan: ActionPlan, asOf: string): TimelineEntry[] {
  const actions = plan.actions.map((a): TimelineEntry => ({
    kind: 'action',
    id: a.id,
    title: a.title,
    date: a.deadline,
    objectiveId: a.objectiveId,
    status: a.status,
    overdue: a.status !== 'done' && a.deadline < asOf,
    daysLeft: daysBetween(asOf, a.deadline),
  }));
  const milestones = plan.milestones.map((m): TimelineEntry => ({
    kind: 'milestone',
    id: m.id,
    title: m.title,
    date: m.dueOn,
    objectiveId: null,
    status: m.reachedOn ? 'reached' : 'pending',
    overdue: !m.reachedOn && m.dueOn < asOf,
    daysLeft: daysBetween(asOf, m.dueOn),
  }));
  return [...actions, ...milestones].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.kind.localeCompare(b.kind) ||
      a.title.localeCompare(b.title),
  );
}

/** Progress of the plan: actions by status and how many are overdue. */
export function planProgress(plan: ActionPlan, asOf: string) {
  const byStatus = { planned: 0, in_progress: 0, done: 0, blocked: 0 } satisfies Record<
    ActionStatus,
    number
  >;
  for (const a of plan.actions) byStatus[a.status] += 1;
  const timeline = planTimeline(plan, asOf);
  return {
    actions: plan.actions.length,
    byStatus,
    overdue: timeline.filter((e) => e.overdue).length,
    milestonesReached: plan.milestones.filter((m) => m.reachedOn).length,
    milestones: plan.milestones.length,
  };
}
