import type { Component, PartyRole, Track } from './vocabulary.js';

/** IOM's prerequisites for a skills mobility partnership, in the order the scorecard shows them. */
export const PREREQUISITES = [
  'planning',
  'multi_stakeholder',
  'data',
  'local_development',
  'skills_recognition',
  'social_aspects',
  'migration_procedures',
  'cost_sharing',
] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];

/** What the platform knows about a partnership, as counts and sets (gathered by the store). */
export interface ScorecardEvidence {
  durationYears: number | null;
  objectives: number;
  milestones: number;
  partySides: { origin: boolean; destination: boolean };
  roles: ReadonlySet<PartyRole>;
  /** Roles held by parties on the origin side. */
  originRoles: ReadonlySet<PartyRole>;
  committedComponents: ReadonlySet<Component>;
  occupations: number;
  tracks: readonly Track[];
  cohortSize: number | null;
  minWomenShare: number | null;
  /** Labour-market observations for the corridor's countries; null while that area is absent. */
  labourMarketObservations: number | null;
  /** The months the observations span (`YYYY-MM`), when there are any. */
  labourMarketPeriod: { from: string; to: string } | null;
  /** Recognition agreements between the corridor's countries. */
  recognitionAgreements: number;
  clauses: Readonly<Record<'recognition' | 'training' | 'cost_sharing' | 'protection', number>>;
  agreementsInForce: number;
  /** Cost-sharing rules set for the partnership; null while that area is absent. */
  costRules: number | null;
}

interface Check {
  key: string;
  met: (e: ScorecardEvidence) => boolean;
  recommendation: string;
}

/** The evidence checks of each prerequisite: rules as data (docs/partnerships.md#scorecard). */
export const SCORECARD_CHECKS: Record<Prerequisite, Check[]> = {
  planning: [
    {
      key: 'multi_year',
      met: (e) => (e.durationYears ?? 0) >= 2,
      recommendation:
        'Set start and end dates spanning at least two years, beyond a single cohort.',
    },
    {
      key: 'objectives',
      met: (e) => e.objectives > 0,
      recommendation: 'Write the objectives of the action plan.',
    },
    {
      key: 'milestones',
      met: (e) => e.milestones > 0,
      recommendation: 'Set milestones to follow the plan.',
    },
  ],
  multi_stakeholder: [
    {
      key: 'both_sides',
      met: (e) => e.partySides.origin && e.partySides.destination,
      recommendation: 'Bring in parties from both the origin and the destination side.',
    },
    {
      key: 'employers',
      met: (e) => e.roles.has('employer'),
      recommendation: 'Involve employers as parties.',
    },
    {
      key: 'workers',
      met: (e) => e.roles.has('workers_representative'),
      recommendation: "Involve workers' representatives as parties.",
    },
    {
      key: 'components',
      met: (e) => e.committedComponents.size >= 3,
      recommendation: 'Record what the parties commit to at least three of the five components.',
    },
  ],
  data: [
    {
      key: 'labour_market_data',
      met: (e) => (e.labourMarketObservations ?? 0) > 0,
      recommendation: "Load labour-market data (demand and supply) for the corridor's countries.",
    },
    {
      key: 'occupations',
      met: (e) => e.occupations > 0,
      recommendation: 'Choose the priority occupations from evidence of shortages.',
    },
    {
      key: 'cohort',
      met: (e) => e.cohortSize !== null,
      recommendation: 'Set the cohort size the data supports.',
    },
  ],
  local_development: [
    {
      key: 'home_track',
      met: (e) => e.tracks.includes('home'),
      recommendation: 'Offer a home track so that training also serves the origin labour market.',
    },
    {
      key: 'origin_training',
      met: (e) => e.originRoles.has('training_provider'),
      recommendation: 'Involve a training provider in the origin country.',
    },
    {
      key: 'training_commitment',
      met: (e) => e.committedComponents.has('training') || e.clauses.training > 0,
      recommendation: 'Record training commitments (a training clause or component commitment).',
    },
  ],
  skills_recognition: [
    {
      key: 'recognition_agreement',
      met: (e) => e.recognitionAgreements > 0,
      recommendation: "Register a recognition agreement between the corridor's countries.",
    },
    {
      key: 'recognition_clause',
      met: (e) => e.clauses.recognition > 0,
      recommendation:
        'Add a recognition clause to an agreement, linked to the recognition agreement.',
    },
    {
      key: 'recognition_body',
      met: (e) => e.roles.has('recognition_body'),
      recommendation: 'Involve a recognition body as a party.',
    },
  ],
  social_aspects: [
    {
      key: 'protection_clause',
      met: (e) => e.clauses.protection > 0,
      recommendation: 'Add protection clauses (rights, family, return) to an agreement.',
    },
    {
      key: 'women_share',
      met: (e) => e.minWomenShare !== null,
      recommendation: "Set a minimum women's share for the cohort.",
    },
    {
      key: 'mobility_commitment',
      met: (e) => e.committedComponents.has('mobility'),
      recommendation: 'Record commitments on mobility and return.',
    },
  ],
  migration_procedures: [
    {
      key: 'agreement_in_force',
      met: (e) => e.agreementsInForce > 0,
      recommendation: 'Bring an agreement into force that sets the migration procedures.',
    },
    {
      key: 'state_cooperation',
      met: (e) => e.committedComponents.has('state_cooperation'),
      recommendation: 'Record what the states commit to (visas, permits, procedures).',
    },
    {
      key: 'intermediary',
      met: (e) => e.roles.has('intermediary') || e.roles.has('implementer'),
      recommendation:
        'Name an implementer or intermediary that accompanies people through the migration cycle.',
    },
  ],
  cost_sharing: [
    {
      key: 'cost_clause',
      met: (e) => e.clauses.cost_sharing > 0,
      recommendation: 'Add a cost-sharing clause to an agreement.',
    },
    {
      key: 'funder',
      met: (e) => e.roles.has('funder'),
      recommendation: 'Name the funders among the parties.',
    },
    {
      key: 'cost_rules',
      met: (e) => (e.costRules ?? 0) > 0,
      recommendation: 'Set cost-sharing rules for training, recognition and mobility costs.',
    },
  ],
};

/** The coordinator's own judgement of a prerequisite, 0 (absent) to 4 (fully in place). */
export interface Assessment {
  level: number;
  note: string;
}
export const MAX_ASSESSMENT = 4;

export interface PrerequisiteScore {
  prerequisite: Prerequisite;
  /** Share of evidence checks met, 0–100. */
  evidenceScore: number;
  assessment: Assessment | null;
  /** Evidence and assessment averaged (evidence alone without assessment), 0–100. */
  score: number;
  level: 'weak' | 'partial' | 'strong';
  checks: { key: string; met: boolean }[];
  recommendations: string[];
}

export interface Scorecard {
  overall: number;
  prerequisites: PrerequisiteScore[];
  /** What the data check read: observations for the corridor's countries and their months. */
  labourMarket: { observations: number; from: string | null; to: string | null };
}

function levelOf(score: number): PrerequisiteScore['level'] {
  if (score >= 75) return 'strong';
  if (score >= 40) return 'partial';
  return 'weak';
}

/** Scores each prerequisite from the evidence and the coordinator's assessments. */
export function readinessScorecard(
  evidence: ScorecardEvidence,
  assessments: Partial<Record<Prerequisite, Assessment>>,
): Scorecard {
  const prerequisites = PREREQUISITES.map((prerequisite): PrerequisiteScore => {
    const checks = SCORECARD_CHECKS[prerequisite].map((c) => ({ check: c, met: c.met(evidence) }));
    const evidenceScore = Math.round((100 * checks.filter((c) => c.met).length) / checks.length);
    const assessment = assessments[prerequisite] ?? null;
    const score = assessment
      ? Math.round((evidenceScore + (100 * assessment.level) / MAX_ASSESSMENT) / 2)
      : evidenceScore;
    return {
      prerequisite,
      evidenceScore,
      assessment,
      score,
      level: levelOf(score),
      checks: checks.map((c) => ({ key: c.check.key, met: c.met })),
      recommendations: checks.filter((c) => !c.met).map((c) => c.check.recommendation),
    };
  });
  const overall = Math.round(prerequisites.reduce((s, p) => s + p.score, 0) / prerequisites.length);
  const labourMarket = {
    observations: evidence.labourMarketObservations ?? 0,
    from: evidence.labourMarketPeriod?.from ?? null,
    to: evidence.labourMarketPeriod?.to ?? null,
  };
  return { overall, prerequisites, labourMarket };
}
