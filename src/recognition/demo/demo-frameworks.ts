import type { Framework, FrameworkRegistry, LevelReferencing } from '../framework.js';

/**
 * Demo frameworks for the demo countries. They stand in where no official referencing is at hand
 * in the stored sources: names are the countries' own frameworks, but the levels and referencing
 * below are DEMO DATA, not the official referencing (see docs/recognition.md).
 */
const DEMO_NOTE = 'Demo data: not an official framework description or referencing.';

interface DemoFramework {
  country: string;
  name: string;
  levels: number;
  /** Level n → EQF level n + eqfShift (clamped to 1–8). */
  eqfShift: number;
  /** Level n → ACQF level n + acqfShift, for African frameworks. */
  acqfShift?: number;
}

const DEMO_FRAMEWORKS: DemoFramework[] = [
  {
    country: 'MA',
    name: 'Cadre National des Certifications (Morocco) — demo',
    levels: 8,
    eqfShift: 0,
    acqfShift: 1,
  },
  {
    country: 'TN',
    name: 'Classification Nationale des Qualifications (Tunisia) — demo',
    levels: 7,
    eqfShift: 1,
    acqfShift: 2,
  },
  {
    country: 'SN',
    name: 'Cadre national des certifications (Senegal) — demo',
    levels: 8,
    eqfShift: 0,
    acqfShift: 1,
  },
  {
    country: 'MR',
    name: 'Cadre national des certifications (Mauritania) — demo',
    levels: 8,
    eqfShift: 0,
    acqfShift: 1,
  },
  {
    country: 'NG',
    name: 'Nigerian Qualifications Framework — demo',
    levels: 6,
    eqfShift: 0,
    acqfShift: 1,
  },
  { country: 'BE', name: 'Qualifications framework (Belgium) — demo', levels: 8, eqfShift: 0 },
  {
    country: 'IT',
    name: 'Quadro Nazionale delle Qualificazioni (Italy) — demo',
    levels: 8,
    eqfShift: 0,
  },
  {
    country: 'NL',
    name: 'Nederlands Kwalificatieraamwerk (Netherlands) — demo',
    levels: 8,
    eqfShift: 0,
  },
  {
    country: 'LT',
    name: 'Lietuvos kvalifikacijų sandara (Lithuania) — demo',
    levels: 8,
    eqfShift: 0,
  },
];

const empty = { knowledge: [], skills: [], responsibilityAndAutonomy: [] };

/** The id of a country's framework, e.g. `ma-nqf`. */
export const frameworkIdOf = (country: string) => `${country.toLowerCase()}-nqf`;

const clamp = (n: number, max: number) => Math.min(max, Math.max(1, n));

function referencingOf(d: DemoFramework): LevelReferencing[] {
  const id = frameworkIdOf(d.country);
  const out: LevelReferencing[] = [];
  for (let level = 1; level <= d.levels; level++) {
    const base = {
      fromFrameworkId: id,
      fromLevel: level,
      source: DEMO_NOTE,
      confidence: 'demo' as const,
    };
    out.push({ ...base, toFrameworkId: 'eqf', toLevels: [clamp(level + d.eqfShift, 8)] });
    if (d.acqfShift !== undefined)
      out.push({ ...base, toFrameworkId: 'acqf', toLevels: [clamp(level + d.acqfShift, 10)] });
  }
  return out;
}

/** The demo frameworks and their demo referencing to the EQF (and the ACQF for African ones). */
export function demoFrameworks(): FrameworkRegistry {
  const frameworks: Framework[] = DEMO_FRAMEWORKS.map((d) => ({
    id: frameworkIdOf(d.country),
    name: d.name,
    kind: 'national',
    country: d.country,
    levels: Array.from({ length: d.levels }, (_, i) => ({ level: i + 1, descriptors: empty })),
    source: DEMO_NOTE,
    demo: true,
  }));
  return { frameworks, referencing: DEMO_FRAMEWORKS.flatMap(referencingOf) };
}
