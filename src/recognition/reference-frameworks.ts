import type { Confidence, Framework, FrameworkRegistry, LevelReferencing } from './framework.js';

/** The shape of reference/eqf/eqf-levels.json (the EQF, Council Recommendation 2017/C 189/03). */
export interface EqfLevelsFile {
  framework: string;
  source: { title: string; url: string };
  levels: {
    level: number;
    knowledge: string[];
    skills: string[];
    responsibility_and_autonomy: string[];
    qf_ehea_cycle: string | null;
  }[];
}

/** The shape of reference/eqf/nqf-referencing-facts.json (facts with sources and confidence). */
export interface ReferencingFactsFile {
  national_frameworks: {
    country: string;
    framework: string;
    nqf_levels: number;
    mapping_to_eqf: Record<string, number[]>;
    examples?: Record<string, string>;
    source: string;
    confidence: string;
  }[];
  acqf: { fact: string; source: string }[];
}

const noDescriptors = { knowledge: [], skills: [], responsibilityAndAutonomy: [] };

/** The facts file states confidence in words ("medium - verify …"); keep the leading grade. */
const confidenceOf = (text: string): Confidence =>
  (['high', 'medium', 'low'] as const).find((c) => text.startsWith(c)) ?? 'low';

/** The EQF as a framework, with the official level descriptors. */
export function eqfFramework(file: EqfLevelsFile): Framework {
  return {
    id: 'eqf',
    name: file.framework,
    kind: 'regional',
    levels: file.levels.map((l) => ({
      level: l.level,
      ...(l.qf_ehea_cycle ? { title: `QF-EHEA ${l.qf_ehea_cycle}` } : {}),
      descriptors: {
        knowledge: l.knowledge,
        skills: l.skills,
        responsibilityAndAutonomy: l.responsibility_and_autonomy,
      },
    })),
    source: `${file.source.title} (${file.source.url})`,
    demo: false,
  };
}

/** The ACQF: ten levels; its descriptor text is not in the stored sources, so none is invented. */
export function acqfFramework(file: ReferencingFactsFile): Framework {
  const source =
    file.acqf.find((f) => f.fact.includes('ten cumulative levels'))?.source ?? 'acqf.africa';
  return {
    id: 'acqf',
    name: 'African Continental Qualifications Framework (ACQF)',
    kind: 'regional',
    levels: Array.from({ length: 10 }, (_, i) => ({ level: i + 1, descriptors: noDescriptors })),
    source,
    demo: false,
  };
}

/** National frameworks with their real EQF referencing (DQR 1:1, Irish NFQ 10 → 8). */
export function nationalReferencing(file: ReferencingFactsFile): FrameworkRegistry {
  const frameworks: Framework[] = [];
  const referencing: LevelReferencing[] = [];
  for (const nf of file.national_frameworks) {
    const id = `${nf.country.toLowerCase()}-nqf`;
    frameworks.push({
      id,
      name: nf.framework,
      kind: 'national',
      country: nf.country,
      levels: Array.from({ length: nf.nqf_levels }, (_, i) => {
        const example = nf.examples?.[String(i + 1)];
        return { level: i + 1, ...(example ? { title: example } : {}), descriptors: noDescriptors };
      }),
      source: nf.source,
      demo: false,
    });
    for (const [level, toLevels] of Object.entries(nf.mapping_to_eqf))
      referencing.push({
        fromFrameworkId: id,
        fromLevel: Number(level),
        toFrameworkId: 'eqf',
        toLevels,
        source: nf.source,
        confidence: confidenceOf(nf.confidence),
      });
  }
  return { frameworks, referencing };
}
