import { taxonomyPaths } from '../api/taxonomy';
import type { Occupation } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { conceptId } from './recognition-api';

/** The label of a skill (or the target occupation) URI; its id while the taxonomy has not answered. */
export type SkillLabel = (uri: string) => string;

/**
 * The labels of the target occupation's skills, from its taxonomy page: the result names its
 * essential skills by URI only, and every skill it lists is one of them.
 */
export function useSkillLabels(occupationUri: string | undefined): SkillLabel {
  const state = useApi<Occupation>(
    occupationUri ? taxonomyPaths.occupation(conceptId(occupationUri)) : null,
  );
  const labels = new Map<string, string>();
  if (state.status === 'ok') {
    labels.set(state.data.uri, state.data.preferredLabel);
    for (const s of [...state.data.essentialSkills, ...state.data.optionalSkills])
      labels.set(s.uri, s.preferredLabel);
  }
  return (uri) => labels.get(uri) ?? conceptId(uri);
}
