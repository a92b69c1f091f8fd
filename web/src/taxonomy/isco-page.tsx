import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taxonomyPaths, taxonomyRoutes } from '../api/taxonomy';
import type { IscoChild, IscoGroup, IscoRoot } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { IscoBreadcrumb, OccupationList, TextBlock } from './concept-parts';

function IscoChildren({ groups }: { groups: IscoChild[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="isco-subgroups" className="concept-section">
      <h2 id="isco-subgroups">{t('taxonomy.isco.subgroups')}</h2>
      <ul className="isco-list">
        {groups.map((g) => (
          <li key={g.code}>
            <Link to={taxonomyRoutes.isco(g.code)} className="isco-link">
              <span className="code">{g.code}</span> {g.title}
            </Link>
            <span className="meta">
              {t(`taxonomy.isco.level_${g.level}`, { defaultValue: '' })}
              {' · '}
              {t('taxonomy.occupationCount', { count: g.occupationCount })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function IscoRootView({ root }: { root: IscoRoot }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('taxonomy.isco.title')} · ${t('app.name')}`}</title>
      <h1>{t('taxonomy.isco.title')}</h1>
      <p>{t('taxonomy.isco.intro')}</p>
      <IscoChildren groups={root.children} />
    </>
  );
}

function IscoGroupView({ group: g }: { group: IscoGroup }) {
  const { t } = useTranslation();
  const ancestors = g.path.filter((step) => step.code !== g.code);
  return (
    <article aria-labelledby="isco-title">
      <title>{`${g.code} ${g.title} · ${t('app.name')}`}</title>
      <IscoBreadcrumb path={ancestors} current={`${g.code} ${g.title}`} />
      <header className="concept-header">
        <span className="badge badge-isco">
          {t(`taxonomy.isco.level_${g.level}`, { defaultValue: t('taxonomy.iscoCode') })}
        </span>
        <h1 id="isco-title">
          <span className="code">{g.code}</span> {g.title}
        </h1>
      </header>
      <TextBlock title={t('taxonomy.description')} text={g.description} />
      <IscoChildren groups={g.children} />
      <OccupationList
        id="isco-occupations"
        title={t('taxonomy.isco.unitOccupations')}
        occupations={g.occupations}
      />
      {g.children.length === 0 && g.occupations.length === 0 && (
        <p className="empty">{t('taxonomy.isco.noOccupations')}</p>
      )}
    </article>
  );
}

function IscoGroupPage({ code }: { code: string }) {
  const state = useApi<IscoGroup>(taxonomyPaths.isco(code));
  return <Loaded state={state}>{(g) => <IscoGroupView group={g} />}</Loaded>;
}

function IscoRootPage() {
  const state = useApi<IscoRoot>(taxonomyPaths.iscoRoot());
  return <Loaded state={state}>{(root) => <IscoRootView root={root} />}</Loaded>;
}

/** /taxonomy/isco and /taxonomy/isco/:code — drill down the ISCO-08 tree to its occupations. */
export function IscoPage() {
  const { code } = useParams();
  return code ? <IscoGroupPage code={code} /> : <IscoRootPage />;
}
