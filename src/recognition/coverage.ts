import { evidenceRank, type EvidencedSkill } from './evidence.js';
import type { SkillCoverage } from './outcome.js';

/** Coverage plus the missing skills that the person claims (self-declared) but has not shown. */
export interface CoverageDetail extends SkillCoverage {
  ratio: number;
  selfDeclaredMissing: string[];
}

/**
 * Which essential skills of the target the person covers. A skill counts from `assessed` up
 * (RPL, a qualification's learning outcomes, a certificate); a self-declared skill does not
 * count but is singled out, since an aptitude test can confirm it.
 */
export function skillCoverage(
  essential: readonly string[],
  skills: readonly EvidencedSkill[],
): CoverageDetail {
  const held = new Map(skills.map((s) => [s.skillUri, s]));
  const wanted = [...new Set(essential)].sort();
  const covered = wanted
    .map((uri) => held.get(uri))
    .filter((s): s is EvidencedSkill => s !== undefined && evidenceRank(s.evidence) >= 1);
  const coveredUris = new Set(covered.map((s) => s.skillUri));
  const missing = wanted.filter((uri) => !coveredUris.has(uri));
  return {
    essential: wanted,
    covered,
    missing,
    ratio: wanted.length === 0 ? 1 : covered.length / wanted.length,
    selfDeclaredMissing: missing.filter((uri) => held.get(uri)?.evidence === 'self_declared'),
  };
}
