import { taxonomyPaths, type Skill } from '../api/taxonomy';
import { useApi } from '../api/use-api';

const conceptId = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

/** The preferred label of an ESCO skill, looked up by its URI (its id while loading). */
export function SkillName({ uri }: { uri: string }) {
  const state = useApi<Skill>(taxonomyPaths.skill(conceptId(uri)));
  return <>{state.status === 'ok' ? state.data.preferredLabel : conceptId(uri)}</>;
}
