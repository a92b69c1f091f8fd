import { conflict } from '../shared/errors.js';
import type { ActionPlan } from './action-plan.js';
import { noQuotas } from './quotas.js';
import { occupationViolations, type PartnershipDraft } from './partnership.js';
import type { RuleViolation } from './rule-violation.js';
import type { Constituency, PartyRole, Track } from './vocabulary.js';

/** A declared criterion ideas are scored on, 0 to MAX_SCORE, with its weight. */
export interface Criterion {
  key: string;
  label: string;
  weight: number;
}

export const MAX_SCORE = 5;

/** One constituency of one country at the workshop, speaking for an organisation. */
export interface Delegation {
  id: string;
  country: string;
  constituency: Constituency;
  organisationId: string;
}

/** A partnership idea a delegation submits. */
export interface Idea {
  id: string;
  delegationId: string;
  title: string;
  summary: string;
  origin: string;
  destination: string;
  occupations: string[];
  tracks: Track[];
}

/** An idea must cross a border (origin ≠ destination) and name occupations by their codes. */
export function ideaViolations(
  idea: Pick<Idea, 'origin' | 'destination' | 'occupations'>,
): RuleViolation[] {
  const crossing: RuleViolation[] =
    idea.origin.toUpperCase() === idea.destination.toUpperCase()
      ? [
          {
            code: 'workshop.invalid_corridor',
            field: 'destination',
            reason: 'must differ from the origin',
          },
        ]
      : [];
  return [...crossing, ...occupationViolations(idea.occupations)];
}

/** One participant's scores of one idea, criterion by criterion. */
export interface IdeaScore {
  ideaId: string;
  participantId: string;
  scores: Record<string, number>;
}

/** Every way a workshop's declared criteria break the rules. */
export function criteriaViolations(criteria: Criterion[]): RuleViolation[] {
  const code = 'workshop.invalid_criteria';
  if (criteria.length === 0)
    return [{ code, field: 'criteria', reason: 'declare at least one criterion' }];
  const violations: RuleViolation[] = [];
  const keys = new Set<string>();
  criteria.forEach((c, i) => {
    if (keys.has(c.key))
      violations.push({ code, field: `criteria.${i}.key`, reason: `repeats ${c.key}` });
    keys.add(c.key);
    if (!(Number.isFinite(c.weight) && c.weight > 0)) {
      violations.push({ code, field: `criteria.${i}.weight`, reason: 'must be above 0' });
    }
  });
  return violations;
}

/** A score gives every declared criterion a whole number from 0 to MAX_SCORE, and nothing else. */
export function scoreViolations(
  scores: Record<string, number>,
  criteria: Criterion[],
): RuleViolation[] {
  const code = 'workshop.invalid_score';
  const violations: RuleViolation[] = [];
  for (const c of criteria) {
    const value = scores[c.key];
    if (value === undefined) {
      violations.push({
        code,
        field: `scores.${c.key}`,
        reason: 'is missing: score every criterion',
      });
    } else if (!Number.isInteger(value) || value < 0 || value > MAX_SCORE) {
      violations.push({
        code,
        field: `scores.${c.key}`,
        reason: `must be a whole number from 0 to ${MAX_SCORE}`,
      });
    }
  }
  for (const key of Object.keys(scores)) {
    if (!criteria.some((c) => c.key === key)) {
      violations.push({ code, field: `scores.${key}`, reason: 'is not a declared criterion' });
    }
  }
  return violations;
}

/** Refuses a second score from the same participant for the same idea. */
export function assertFirstScore(
  existing: IdeaScore[],
  ideaId: string,
  participantId: string,
): void {
  if (existing.some((s) => s.ideaId === ideaId && s.participantId === participantId)) {
    throw conflict(
      'workshop.duplicate_score',
      'You have already scored this idea: one score per participant per idea.',
    );
  }
}

/** An idea's standing after the scoring. */
export interface RankedIdea {
  ideaId: string;
  title: string;
  scoreCount: number;
  /** Mean score per criterion. */
  means: Record<string, number>;
  /** Weighted mean over the criteria, 0 to MAX_SCORE; null before any score. */
  weighted: number | null;
  rank: number;
}

/** Ranks ideas by weighted mean score, then by number of scores, then by title. */
export function rankIdeas(criteria: Criterion[], ideas: Idea[], scores: IdeaScore[]): RankedIdea[] {
  const totalWeight = criteria.reduce((s, c) => s + c.weight, 0);
  const rows = ideas.map((idea) => {
    const own = scores.filter((s) => s.ideaId === idea.id);
    const means = Object.fromEntries(
      criteria.map((c) => [
        c.key,
        own.length ? own.reduce((s, x) => s + (x.scores[c.key] ?? 0), 0) / own.length : 0,
      ]),
    );
    const weighted = own.length
      ? criteria.reduce((s, c) => s + c.weight * (means[c.key] ?? 0), 0) / totalWeight
      : null;
    return { ideaId: idea.id, title: idea.title, scoreCount: own.length, means, weighted };
  });
  rows.sort(
    (a, b) =>
      (b.weighted ?? -1) - (a.weighted ?? -1) ||
      b.scoreCount - a.scoreCount ||
      a.title.localeCompare(b.title) ||
      a.ideaId.localeCompare(b.ideaId),
  );
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
}

/** Winners must have been scored at least once. */
export function winnerViolations(ranking: RankedIdea[], ideaIds: string[]): RuleViolation[] {
  return ideaIds.flatMap((id, i): RuleViolation[] => {
    const row = ranking.find((r) => r.ideaId === id);
    if (!row)
      return [
        {
          code: 'workshop.unknown_idea',
          field: `ideaIds.${i}`,
          reason: 'is not an idea of this workshop',
        },
      ];
    if (row.scoreCount === 0)
      return [
        { code: 'workshop.unscored_idea', field: `ideaIds.${i}`, reason: 'has no score yet' },
      ];
    return [];
  });
}

const roleOfConstituency: Record<Constituency, PartyRole> = {
  government: 'signatory',
  employers: 'employer',
  workers: 'workers_representative',
};

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A winning idea as a draft partnership with a first action plan: the delegations of its two
 * countries become parties, the proposing delegation owns the first actions.
 */
export function ideaToDraft(
  idea: Idea,
  delegations: Delegation[],
  heldOn: string,
  ids: { objective: string; actions: [string, string]; milestone: string },
): { draft: PartnershipDraft; plan: ActionPlan } {
  const countries = [idea.origin, idea.destination];
  const involved = delegations.filter((d) => countries.includes(d.country));
  const parties = involved.map((d) => ({
    organisationId: d.organisationId,
    role: roleOfConstituency[d.constituency],
    contacts: [],
  }));
  const unique = parties.filter(
    (p, i) =>
      parties.findIndex((q) => q.organisationId === p.organisationId && q.role === p.role) === i,
  );
  const owner =
    delegations.find((d) => d.id === idea.delegationId)?.organisationId ??
    unique[0]?.organisationId ??
    '';
  const draft: PartnershipDraft = {
    title: idea.title,
    type: 'bilateral',
    status: 'draft',
    summary: idea.summary,
    startsOn: null,
    endsOn: null,
    corridors: [
      {
        origin: idea.origin,
        destination: idea.destination,
        originCities: [],
        destinationCities: [],
      },
    ],
    occupations: idea.occupations,
    tracks: idea.tracks,
    quotas: noQuotas,
    parties: unique,
    commitments: [],
  };
  const plan: ActionPlan = {
    objectives: [{ id: ids.objective, title: `Turn "${idea.title}" into a signed partnership` }],
    actions: [
      {
        id: ids.actions[0],
        objectiveId: ids.objective,
        title: 'Confirm the parties and their roles',
        ownerOrganisationId: owner,
        deadline: addDays(heldOn, 60),
        status: 'planned',
        evidence: [],
      },
      {
        id: ids.actions[1],
        objectiveId: ids.objective,
        title: 'Draft the agreement with its skills module',
        ownerOrganisationId: owner,
        deadline: addDays(heldOn, 120),
        status: 'planned',
        evidence: [],
      },
    ],
    milestones: [
      {
        id: ids.milestone,
        title: 'Agreement signed',
        dueOn: addDays(heldOn, 180),
        reachedOn: null,
      },
    ],
  };
  return { draft, plan };
}
