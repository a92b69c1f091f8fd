import type { RecognitionAgreement } from './agreement.js';
import type { RecognitionContext } from './engine.js';
import type { Framework, FrameworkRegistry, LevelReferencing } from './framework.js';
import type { Qualification } from './qualification.js';
import { DEFAULT_RULES } from './rules.js';
import type { RecognitionTarget } from './target.js';
import type { TrainingModule } from './training-module.js';

/** Small, hand-made fixtures for the engine's unit and property tests (not demo data). */

const levels = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    level: i + 1,
    descriptors: { knowledge: [], skills: [], responsibilityAndAutonomy: [] },
  }));

export const framework = (id: string, n: number, country?: string): Framework => ({
  id,
  name: id,
  kind: country ? 'national' : 'regional',
  ...(country ? { country } : {}),
  levels: levels(n),
  source: 'test',
  demo: true,
});

export const refer = (
  from: string,
  fromLevel: number,
  to: string,
  toLevels: number[],
): LevelReferencing => ({
  fromFrameworkId: from,
  fromLevel,
  toFrameworkId: to,
  toLevels,
  source: 'test',
  confidence: 'high',
});

const oneToOne = (from: string, n: number, to: string) =>
  Array.from({ length: n }, (_, i) => refer(from, i + 1, to, [i + 1]));

/** EQF, a 1:1 national framework for MA and BE, and one for IE like the real NFQ (10 → 8). */
export const registry: FrameworkRegistry = {
  frameworks: [framework('eqf', 8), framework('ma-nqf', 8, 'MA'), framework('be-nqf', 8, 'BE')],
  referencing: [...oneToOne('ma-nqf', 8, 'eqf'), ...oneToOne('be-nqf', 8, 'eqf')],
};

export const S = (n: number) => `skill:${n}`;
export const OCCUPATION = 'occupation:software-developer';

export const maDiploma: Qualification = {
  id: 'ma-ict',
  title: 'ICT technician diploma',
  awardingBody: 'ma-ministry',
  country: 'MA',
  level: { frameworkId: 'ma-nqf', level: 5 },
  iscedLevel: 5,
  iscedField: '0613',
  learningOutcomes: [S(1), S(2), S(3)],
  occupations: [OCCUPATION],
  regulated: false,
};

export const beTarget: RecognitionTarget = {
  country: 'BE',
  label: 'software developer in Belgium',
  occupations: [OCCUPATION],
  requiredLevel: { frameworkId: 'be-nqf', level: 5 },
  essentialSkills: [S(1), S(2), S(3), S(4), S(5)],
  regulated: false,
};

export const catalogue: TrainingModule[] = [
  { id: 'm-a', title: 'A', provider: 'p', cost: 300, hours: 20, skills: [S(4)] },
  { id: 'm-b', title: 'B', provider: 'p', cost: 300, hours: 20, skills: [S(5)] },
  { id: 'm-ab', title: 'AB', provider: 'p', cost: 500, hours: 30, skills: [S(4), S(5)] },
];

export const agreement = (over: Partial<RecognitionAgreement> = {}): RecognitionAgreement => ({
  id: 'ma-be-ict',
  title: 'MA–BE ICT',
  from: { country: 'MA' },
  to: { country: 'BE' },
  direction: 'mutual',
  mode: 'conditional',
  measures: ['bridging_training', 'aptitude_test'],
  scope: { qualificationIds: [], occupations: [OCCUPATION], levels: [] },
  validFrom: '2024-01-01',
  validUntil: '2028-12-31',
  source: 'test',
  ...over,
});

export const context = (over: Partial<RecognitionContext> = {}): RecognitionContext => ({
  asOf: '2025-06-01',
  registry,
  agreements: [],
  catalogue,
  rules: DEFAULT_RULES,
  ...over,
});
