import { useEffect } from 'react';
import { taxonomyPaths, type Skill } from '../api/taxonomy';
import { useApi } from '../api/use-api';

const conceptId = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

// Labels already known on this page: an occupation's 80-odd skills would otherwise cost one
// request each, queueing the form's own save behind them.
const knownLabels = new Map<string, string>();

/** Remembers skill labels that came with another answer (an occupation's skill lists). */
export function rememberSkillLabels(skills: readonly { uri: string; preferredLabel: string }[]) {
  for (const s of skills) knownLabels.set(s.uri, s.preferredLabel);
}

/** The preferred label of an ESCO skill, looked up by its URI (its id while loading). */
export function SkillName({ uri }: { uri: string }) {
  const known = knownLabels.get(uri);
  const state = useApi<Skill>(known ? null : taxonomyPaths.skill(conceptId(uri)));
  const fetched = state.status === 'ok' ? state.data.preferredLabel : undefined;
  useEffect(() => {
    if (fetched) knownLabels.set(uri, fetched);
  }, [uri, fetched]);
  return <>{known ?? fetched ?? conceptId(uri)}</>;
}
