import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taxonomyPaths } from '../api/taxonomy';
import type { Occupation } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import {
  AltLabels,
  IscoBreadcrumb,
  OccupationList,
  SkillList,
  TextBlock,
  TypeBadge,
} from './concept-parts';

function OccupationView({ occupation: o }: { occupation: Occupation }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="occupation-title">
      <title>{`${o.preferredLabel} · ${t('app.name')}`}</title>
      <IscoBreadcrumb path={o.iscoPath} current={o.preferredLabel} />
      <header className="concept-header">
        <TypeBadge type="occupation" />
        <h1 id="occupation-title">{o.preferredLabel}</h1>
        <dl className="facts inline">
          <dt>{t('taxonomy.code')}</dt>
          <dd>
            <span className="code">{o.code}</span>
          </dd>
          <dt>{t('taxonomy.iscoCode')}</dt>
          <dd>
            <span className="code">{o.iscoCode}</span>
          </dd>
          <dt>{t('taxonomy.escoUri')}</dt>
          <dd>
            <a href={o.uri} className="uri">
              {o.uri}
            </a>
          </dd>
        </dl>
      </header>
      <TextBlock title={t('taxonomy.description')} text={o.description} />
      {o.definition !== o.description && (
        <TextBlock title={t('taxonomy.definition')} text={o.definition} />
      )}
      <TextBlock title={t('taxonomy.scopeNote')} text={o.scopeNote} />
      <TextBlock title={t('taxonomy.regulated')} text={o.regulatedProfessionNote} />
      <AltLabels labels={o.altLabels} />
      <SkillList
        id="essential-skills"
        title={t('taxonomy.essentialSkills')}
        skills={o.essentialSkills}
      />
      <SkillList
        id="optional-skills"
        title={t('taxonomy.optionalSkills')}
        skills={o.optionalSkills}
      />
      <OccupationList
        id="broader"
        title={t('taxonomy.broaderOccupations')}
        occupations={o.broader}
      />
      <OccupationList
        id="narrower"
        title={t('taxonomy.narrowerOccupations')}
        occupations={o.narrower}
      />
    </article>
  );
}

/** /taxonomy/occupations/:id — one ESCO occupation with its skills and neighbours. */
export function OccupationPage() {
  const { id = '' } = useParams();
  const state = useApi<Occupation>(taxonomyPaths.occupation(id));
  return <Loaded state={state}>{(o) => <OccupationView occupation={o} />}</Loaded>;
}
