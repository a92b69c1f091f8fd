/** Evidence levels of a skill and the RPL rule that raises them (docs/recognition.md, "RPL"). */

/** How a skill is known, weakest first (glossary: evidence level). */
export const EVIDENCE_LEVELS = ['self_declared', 'assessed', 'certified'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Orders evidence levels: self_declared 0 < assessed 1 < certified 2. */
export const evidenceRank = (level: EvidenceLevel): number => EVIDENCE_LEVELS.indexOf(level);

/** The stronger of two evidence levels. */
export const strongerEvidence = (a: EvidenceLevel, b: EvidenceLevel): EvidenceLevel =>
  evidenceRank(a) >= evidenceRank(b) ? a : b;

/** A skill a person holds, with how it is known and where that came from. */
export interface EvidencedSkill {
  skillUri: string;
  evidence: EvidenceLevel;
  /** E.g. `qualification:ma-ict-ts`, `rpl:asm-12`, `self`. */
  source: string;
}

export type AssessmentMethod =
  'interview' | 'practical_demonstration' | 'portfolio' | 'written_test' | 'workplace_observation';

export type AssessmentResult = 'demonstrated' | 'partly_demonstrated' | 'not_demonstrated';

/** An RPL assessment: who assessed what, how, where (possibly abroad, onsite) and when. */
export interface RplAssessment {
  id: string;
  personUserId: string;
  assessor: string;
  /** True when the assessor may certify (an accredited centre or recognition body). */
  assessorCertifies: boolean;
  method: AssessmentMethod;
  place: { country: string; city?: string; onsiteAbroad: boolean };
  /** ISO date. */
  date: string;
  results: { skillUri: string; result: AssessmentResult }[];
}

/**
 * The RPL rule: a demonstrated skill becomes `assessed`, or `certified` when the assessor
 * certifies. Nothing else changes evidence, and evidence never goes down: a failed assessment
 * leaves an earlier certification intact.
 */
export function applyAssessments(
  skills: readonly EvidencedSkill[],
  assessments: readonly RplAssessment[],
): EvidencedSkill[] {
  const bySkill = new Map(skills.map((s) => [s.skillUri, s]));
  const ordered = [...assessments].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  for (const assessment of ordered) {
    const raised: EvidenceLevel = assessment.assessorCertifies ? 'certified' : 'assessed';
    for (const { skillUri, result } of assessment.results) {
      if (result !== 'demonstrated') continue;
      const current = bySkill.get(skillUri);
      if (current && evidenceRank(current.evidence) >= evidenceRank(raised)) continue;
      bySkill.set(skillUri, { skillUri, evidence: raised, source: `rpl:${assessment.id}` });
    }
  }
  return [...bySkill.values()].sort((a, b) => a.skillUri.localeCompare(b.skillUri));
}

/** Merges skill lists keeping, per skill, the strongest evidence (smallest source on ties). */
export function mergeEvidence(...lists: (readonly EvidencedSkill[])[]): EvidencedSkill[] {
  const bySkill = new Map<string, EvidencedSkill>();
  for (const s of lists.flat()) {
    const current = bySkill.get(s.skillUri);
    const rank = current ? evidenceRank(s.evidence) - evidenceRank(current.evidence) : 1;
    if (!current || rank > 0 || (rank === 0 && s.source < current.source))
      bySkill.set(s.skillUri, s);
  }
  return [...bySkill.values()].sort((a, b) => a.skillUri.localeCompare(b.skillUri));
}
