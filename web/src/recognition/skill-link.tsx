import { Link } from 'react-router';
import { taxonomyRoutes } from '../api/taxonomy';
import { conceptId } from './recognition-api';
import type { SkillLabel } from './skill-labels';

/** A skill linked to its taxonomy page. */
export function SkillLink({ uri, label }: { uri: string; label: SkillLabel }) {
  return <Link to={taxonomyRoutes.skill(conceptId(uri))}>{label(uri)}</Link>;
}
