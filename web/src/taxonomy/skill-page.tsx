import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taxonomyPaths } from '../api/taxonomy';
import type { Skill } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import {
  AltLabels,
  OccupationList,
  TextBlock,
  TypeBadge,
  useSkillVocabulary,
} from './concept-parts';

function SkillView({ skill: s }: { skill: Skill }) {
  const { t } = useTranslation();
  const vocabulary = useSkillVocabulary();
  return (
    <article aria-labelledby="skill-title">
      <title>{`${s.preferredLabel} · ${t('app.name')}`}</title>
      <header className="concept-header">
        <TypeBadge type="skill" />
        <h1 id="skill-title">{s.preferredLabel}</h1>
        <dl className="facts inline">
          <dt>{t('taxonomy.skillType')}</dt>
          <dd>{s.skillType ? vocabulary.skillType(s.skillType) : t('common.none')}</dd>
          <dt>{t('taxonomy.reuseLevel')}</dt>
          <dd>{s.reuseLevel ? vocabulary.reuseLevel(s.reuseLevel) : t('common.none')}</dd>
          <dt>{t('taxonomy.escoUri')}</dt>
          <dd>
            <a href={s.uri} className="uri">
              {s.uri}
            </a>
          </dd>
        </dl>
        {s.collections.length > 0 && (
          <div className="collections">
            <h2 className="visually-hidden">{t('taxonomy.collections')}</h2>
            <ul className="tags" aria-label={t('taxonomy.collections')}>
              {s.collections.map((c) => (
                <li key={c} className="tag-collection">
                  {c}
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <TextBlock title={t('taxonomy.description')} text={s.description} />
      <TextBlock title={t('taxonomy.scopeNote')} text={s.scopeNote} />
      <AltLabels labels={s.altLabels} />
      {s.broader.length > 0 && (
        <section className="text-block">
          <h2>{t('taxonomy.broaderSkills')}</h2>
          <ul className="tags">
            {s.broader.map((b) => (
              <li key={b.uri}>{b.preferredLabel}</li>
            ))}
          </ul>
        </section>
      )}
      <OccupationList
        id="essential-for"
        title={t('taxonomy.essentialFor')}
        occupations={s.essentialFor}
      />
      <OccupationList
        id="optional-for"
        title={t('taxonomy.optionalFor')}
        occupations={s.optionalFor}
      />
    </article>
  );
}

/** /taxonomy/skills/:id — one ESCO skill and the occupations that need it. */
export function SkillPage() {
  const { id = '' } = useParams();
  const state = useApi<Skill>(taxonomyPaths.skill(id));
  return <Loaded state={state}>{(s) => <SkillView skill={s} />}</Loaded>;
}
