/**
 * TEMPORARY score, used until the matching engine's `scoreMatch` (src/matching/score.ts) lands:
 * the share of the slot's essential skills the candidate holds (a vacancy's essential skills,
 * the skills a programme teaches), 0–100; a pair sharing no skill is not eligible. It ignores
 * languages, levels, recognition and preferences. See docs/allocation.md#scores.
 */
export const SKILL_SHARE_SCORE_MODEL = 'temporary.essential_skill_share';

/** The share (0–100) of `essential` the candidate holds, or null when they hold none of them. */
export function essentialSkillShareScore(
  held: ReadonlySet<string>,
  essential: readonly string[],
): number | null {
  if (essential.length === 0) return null;
  const matched = essential.filter((uri) => held.has(uri)).length;
  if (matched === 0) return null;
  return Math.round((matched / essential.length) * 1000) / 10;
}
