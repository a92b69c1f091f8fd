import type { CandidateProfile, CandidateSkill } from '../candidates/candidate-profile.js';
import type { ImportReport } from './import-report.js';
import type { ImportVocabulary } from './import-vocabulary.js';

/** What an import found of a candidate's profile; the person completes and confirms it. */
export type CandidateDraft = Partial<
  Omit<CandidateProfile, 'skills' | 'languages' | 'qualifications' | 'experience'>
> &
  Pick<CandidateProfile, 'skills' | 'languages' | 'qualifications' | 'experience'>;

export interface CandidateImport {
  draft: CandidateDraft;
  report: ImportReport;
}

export function emptyDraft(): CandidateDraft {
  return { skills: [], languages: [], qualifications: [], experience: [] };
}

/**
 * Adds the ESCO skills found in a text to the draft as self-declared, naming the document path
 * they came from. Returns how many were found.
 */
export function addSkillsFrom(
  draft: CandidateDraft,
  vocabulary: ImportVocabulary,
  text: string,
  source: string,
): number {
  const found = vocabulary.skillsIn(text);
  const known = new Set(draft.skills.map((s) => s.uri));
  const added: CandidateSkill[] = found
    .filter((hit) => !known.has(hit.uri))
    .map((hit) => ({ uri: hit.uri, evidence: 'self_declared', source: `import ${source}` }));
  draft.skills.push(...added);
  return found.length;
}
