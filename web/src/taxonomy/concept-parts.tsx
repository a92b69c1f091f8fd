import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taxonomyRoutes } from '../api/taxonomy';
import type { ConceptType, IscoStep, OccupationRef, SkillRef } from '../api/taxonomy';

/** "Occupation" / "Skill" as a small coloured label. */
export function TypeBadge({ type }: { type: ConceptType }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${type}`}>{t(`taxonomy.type.${type}`)}</span>;
}

/** ESCO's skill type in the UI language ("knowledge", "skill/competence"). */
export function useSkillVocabulary() {
  const { t } = useTranslation();
  return {
    skillType: (value: string) => t(`taxonomy.skillTypes.${value}`, { defaultValue: value }),
    reuseLevel: (value: string) => t(`taxonomy.reuseLevels.${value}`, { defaultValue: value }),
  };
}

/** A titled list of skills linking to their pages, with their type; nothing when empty. */
export function SkillList({
  id,
  title,
  skills,
}: {
  id: string;
  title: string;
  skills: SkillRef[];
}) {
  const { t } = useTranslation();
  const vocabulary = useSkillVocabulary();
  if (skills.length === 0) return null;
  return (
    <section aria-labelledby={id} className="concept-section">
      <h2 id={id}>
        {title} <span className="count">{t('taxonomy.skillCount', { count: skills.length })}</span>
      </h2>
      <ul className="concept-list columns">
        {skills.map((s) => (
          <li key={s.id}>
            <Link to={taxonomyRoutes.skill(s.id)}>{s.preferredLabel}</Link>{' '}
            {s.skillType && <span className="meta">{vocabulary.skillType(s.skillType)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A titled list of occupations linking to their pages, with their ISCO code; nothing when empty. */
export function OccupationList({
  id,
  title,
  occupations,
}: {
  id: string;
  title: string;
  occupations: OccupationRef[];
}) {
  const { t } = useTranslation();
  if (occupations.length === 0) return null;
  return (
    <section aria-labelledby={id} className="concept-section">
      <h2 id={id}>
        {title}{' '}
        <span className="count">
          {t('taxonomy.occupationCount', { count: occupations.length })}
        </span>
      </h2>
      <ul className="concept-list columns">
        {occupations.map((o) => (
          <li key={o.id}>
            <Link to={taxonomyRoutes.occupation(o.id)}>{o.preferredLabel}</Link>{' '}
            <span className="meta code">{o.code || o.iscoCode}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** ISCO-08 › major › … › current, each step linking to its group in the ISCO tree. */
export function IscoBreadcrumb({ path, current }: { path: IscoStep[]; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('taxonomy.iscoPath')} className="breadcrumb">
      <ol>
        <li>
          <Link to={taxonomyRoutes.isco()}>{t('taxonomy.isco.root')}</Link>
        </li>
        {path.map((step) => (
          <li key={step.code}>
            <Link to={taxonomyRoutes.isco(step.code)}>
              <span className="code">{step.code}</span> {step.title}
            </Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** A labelled paragraph of ESCO text (description, scope note…); nothing when empty. */
export function TextBlock({ title, text }: { title: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <section className="text-block">
      <h2>{title}</h2>
      <p>
        <bdi>{text}</bdi>
      </p>
    </section>
  );
}

/** "Also known as" list of alternative labels; nothing when empty. */
export function AltLabels({ labels }: { labels: string[] }) {
  const { t } = useTranslation();
  if (labels.length === 0) return null;
  return (
    <section className="text-block">
      <h2>{t('taxonomy.altLabels')}</h2>
      <ul className="tags">
        {labels.map((label) => (
          <li key={label}>
            <bdi>{label}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
