import type { CandidateProfile } from '../candidates/candidate-profile.js';
import { mergeSkills } from '../candidates/candidate-profile.js';
import type { CandidateDraft } from './candidate-draft.js';

/** Entries of `added` whose key is not already held, appended after the held ones. */
function appendNew<T>(held: readonly T[], added: readonly T[], key: (entry: T) => string): T[] {
  const known = new Set(held.map(key));
  return [...held, ...added.filter((entry) => !known.has(key(entry)))];
}

/**
 * The profile an import leads to: the CV adds to what the person already holds and never wipes
 * it (a CV without work history keeps the experience entered by hand). Scalar fields the CV
 * holds replace the stored ones; `fill` only completes what neither has. Pure; the result is
 * validated by the caller.
 */
export function importedProfile(
  existing: CandidateProfile | undefined,
  fill: Partial<Pick<CandidateProfile, 'name' | 'residenceCountry' | 'nationality'>>,
  draft: CandidateDraft,
): Record<string, unknown> {
  if (!existing) return { ...fill, ...draft };
  return {
    ...existing,
    ...draft,
    skills: mergeSkills(existing.skills, draft.skills),
    languages: appendNew(existing.languages, draft.languages, (l) => l.tag),
    qualifications: appendNew(existing.qualifications, draft.qualifications, (q) =>
      [q.title, q.awardedOn ?? ''].join('|').toLowerCase(),
    ),
    experience: appendNew(existing.experience, draft.experience, (e) =>
      [e.title, e.employer ?? '', e.startDate ?? ''].join('|').toLowerCase(),
    ),
  };
}
