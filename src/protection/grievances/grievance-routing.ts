import type { FieldProblem } from '../../shared/errors.js';
import {
  BODY_KINDS,
  GRIEVANCE_TOPICS,
  type BodyKind,
  type GrievanceStatus,
  type GrievanceTopic,
} from './grievance-vocabulary.js';

// Routing and escalation are pure functions of (case, rules, now): docs/protection.md#routing.

/** An organisation acting as one kind of body. */
export interface ResponsibleBody {
  kind: BodyKind;
  organisationId: string;
}

/**
 * One routing rule of a partnership: which grievances it takes (an empty list matches all) and the
 * bodies responsible for them, in escalation order.
 */
export interface RoutingRule {
  topics: GrievanceTopic[];
  /** Countries where it happened (ISO 3166-1 alpha-2). */
  countries: string[];
  /** The organisations concerned (employer, recruiter, provider). */
  organisationIds: string[];
  /** A corridor of the partnership: the rule takes grievances raised at either end. */
  corridor: { origin: string; destination: string } | null;
  bodies: ResponsibleBody[];
  acknowledgeWorkingDays: number;
  resolveDays: number;
}

export const DEFAULT_ACKNOWLEDGE_WORKING_DAYS = 5;
export const DEFAULT_RESOLVE_DAYS = 30;

/** What routing reads of a grievance. */
export interface RoutableCase {
  topic: GrievanceTopic;
  country: string;
  concernedOrganisationId: string | null;
}

/** What escalation reads of a grievance. */
export interface RoutedCase extends RoutableCase {
  status: GrievanceStatus;
  routeStep: number;
  acknowledgeBy: Date | null;
  resolveBy: Date | null;
  acknowledgedAt: Date | null;
}

/** Where a grievance goes and by when its body must acknowledge and resolve it. */
export interface Assignment {
  body: ResponsibleBody;
  step: number;
  acknowledgeBy: Date;
  resolveBy: Date;
}

const DAY_MS = 86_400_000;

/** `days` working days (Monday to Friday, UTC) after `from`, at the same time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  let at = from.getTime();
  let left = days;
  while (left > 0) {
    at += DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(at);
}

/** `days` calendar days after `from`. */
export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

const matches = (rule: RoutingRule, c: RoutableCase) =>
  (rule.topics.length === 0 || rule.topics.includes(c.topic)) &&
  (rule.countries.length === 0 || rule.countries.includes(c.country)) &&
  (rule.organisationIds.length === 0 ||
    (c.concernedOrganisationId !== null &&
      rule.organisationIds.includes(c.concernedOrganisationId))) &&
  (rule.corridor === null ||
    rule.corridor.origin === c.country ||
    rule.corridor.destination === c.country);

/** How many criteria a rule states: the most specific matching rule wins. */
const specificity = (rule: RoutingRule) =>
  [rule.topics, rule.countries, rule.organisationIds].filter((l) => l.length > 0).length +
  (rule.corridor === null ? 0 : 1);

/** The rule that takes the case: the most specific one that matches, the first among equals. */
export function matchingRule(c: RoutableCase, rules: readonly RoutingRule[]): RoutingRule | null {
  let best: RoutingRule | null = null;
  for (const rule of rules) {
    if (!matches(rule, c) || rule.bodies.length === 0) continue;
    if (best === null || specificity(rule) > specificity(best)) best = rule;
  }
  return best;
}

const assignment = (rule: RoutingRule, step: number, from: Date): Assignment => ({
  body: rule.bodies[step] as ResponsibleBody,
  step,
  acknowledgeBy: addWorkingDays(from, rule.acknowledgeWorkingDays),
  resolveBy: addDays(from, rule.resolveDays),
});

/**
 * The first body of the matching rule, or the fallback (the partnership's coordinator) with the
 * default deadlines; null when there is neither.
 */
export function routeGrievance(
  c: RoutableCase,
  rules: readonly RoutingRule[],
  fallback: ResponsibleBody | null,
  now: Date,
): Assignment | null {
  const rule = matchingRule(c, rules);
  if (rule) return assignment(rule, 0, now);
  if (!fallback) return null;
  return assignment(
    {
      topics: [],
      countries: [],
      organisationIds: [],
      corridor: null,
      bodies: [fallback],
      acknowledgeWorkingDays: DEFAULT_ACKNOWLEDGE_WORKING_DAYS,
      resolveDays: DEFAULT_RESOLVE_DAYS,
    },
    0,
    now,
  );
}

/** Which deadline has passed, if any: acknowledgement first, then resolution. */
export type Overdue = 'acknowledgement' | 'resolution';

const OPEN: readonly GrievanceStatus[] = [
  'filed',
  'acknowledged',
  'awaiting_information',
  'in_mediation',
];

/** The deadline a still-open case has missed at `now`, or null. */
export function overdue(c: RoutedCase, now: Date): Overdue | null {
  if (!OPEN.includes(c.status)) return null;
  if (c.acknowledgedAt === null && c.acknowledgeBy !== null && now > c.acknowledgeBy) {
    return 'acknowledgement';
  }
  if (c.resolveBy !== null && now > c.resolveBy) return 'resolution';
  return null;
}

/** What escalation decides for one case. */
export type EscalationDecision =
  | { kind: 'none' }
  | { kind: 'escalate'; missed: Overdue; to: Assignment }
  /** A deadline passed and no body is left in the chain: the case stays, flagged overdue. */
  | { kind: 'exhausted'; missed: Overdue };

/**
 * Escalation to the next body of the chain when a deadline has passed; the next body gets fresh
 * deadlines counted from `now`.
 */
export function escalate(
  c: RoutedCase,
  rules: readonly RoutingRule[],
  now: Date,
): EscalationDecision {
  const missed = overdue(c, now);
  if (missed === null) return { kind: 'none' };
  return nextBody(c, rules, now, missed);
}

/** The next body of the chain for an appeal or a missed deadline. */
export function nextBody(
  c: RoutableCase & { routeStep: number },
  rules: readonly RoutingRule[],
  now: Date,
  missed: Overdue,
): EscalationDecision {
  const rule = matchingRule(c, rules);
  const step = c.routeStep + 1;
  if (!rule || step >= rule.bodies.length) return { kind: 'exhausted', missed };
  return { kind: 'escalate', missed, to: assignment(rule, step, now) };
}

const COUNTRY = /^[A-Z]{2}$/;

/** Who may handle a partnership's grievances: its parties, and bodies of its corridors' countries. */
export interface HandlerReach {
  parties: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

/**
 * Problems with a partnership's routing rules, each naming its field; empty when valid. A body
 * reads the grievances routed to it, so it must be a party to the partnership or an organisation
 * based in one of its corridors' countries (an inspectorate, a consulate, a union there), never
 * any organisation at all.
 */
export function routingRuleViolations(
  rules: readonly RoutingRule[],
  organisations: ReadonlyMap<string, { country: string }>,
  reach: HandlerReach,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    rule.topics.forEach((t, j) => {
      if (!GRIEVANCE_TOPICS.includes(t)) {
        problems.push({ field: `${at}.topics.${j}`, reason: 'is not a grievance topic' });
      }
    });
    rule.countries.forEach((c, j) => {
      if (!COUNTRY.test(c)) {
        problems.push({ field: `${at}.countries.${j}`, reason: 'is not an ISO country code' });
      }
    });
    rule.organisationIds.forEach((id, j) => {
      if (!organisations.has(id)) {
        problems.push({ field: `${at}.organisationIds.${j}`, reason: 'is not an organisation' });
      }
    });
    if (rule.bodies.length === 0) {
      problems.push({ field: `${at}.bodies`, reason: 'needs at least one responsible body' });
    }
    rule.bodies.forEach((b, j) => {
      if (!BODY_KINDS.includes(b.kind)) {
        problems.push({ field: `${at}.bodies.${j}.kind`, reason: 'is not a kind of body' });
      }
      const body = organisations.get(b.organisationId);
      if (!body) {
        problems.push({
          field: `${at}.bodies.${j}.organisationId`,
          reason: 'is not an organisation',
        });
      } else if (!reach.parties.has(b.organisationId) && !reach.countries.has(body.country)) {
        problems.push({
          field: `${at}.bodies.${j}.organisationId`,
          reason: "must be a party to the partnership or based in one of its corridors' countries",
        });
      }
    });
    if (!Number.isInteger(rule.acknowledgeWorkingDays) || rule.acknowledgeWorkingDays < 1) {
      problems.push({
        field: `${at}.acknowledgeWorkingDays`,
        reason: 'must be a whole number ≥ 1',
      });
    }
    if (!Number.isInteger(rule.resolveDays) || rule.resolveDays < rule.acknowledgeWorkingDays) {
      problems.push({
        field: `${at}.resolveDays`,
        reason: 'must be a whole number of days, no shorter than the acknowledgement deadline',
      });
    }
  });
  return problems;
}
