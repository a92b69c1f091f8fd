import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/auth';
import type { Readiness } from '../api/system';
import { taxonomyPaths } from '../api/taxonomy';
import type { TaxonomyVersion, TaxonomyVersions } from '../api/taxonomy';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { Attribution } from './layout';
import { Loaded } from './status';

function Memberships({ user }: { user: Me }) {
  const { t } = useTranslation();
  if (user.memberships.length === 0) return <p>{t('home.noMemberships')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('home.organisation')}</th>
          <th scope="col">{t('home.kind')}</th>
          <th scope="col">{t('home.country')}</th>
          <th scope="col">{t('home.role')}</th>
        </tr>
      </thead>
      <tbody>
        {user.memberships.map((m) => (
          <tr key={`${m.organisationId}:${m.role}`}>
            <td>{m.organisationName}</td>
            <td>{m.organisationKind}</td>
            <td>{m.country}</td>
            <td>{m.role}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VersionSummary({ version }: { version: TaxonomyVersion }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const importedAt = new Date(version.importedAt);
  return (
    <>
      <dl className="facts">
        <dt>{t('home.version')}</dt>
        <dd>
          {version.label} {version.active && <span className="badge">{t('home.active')}</span>}
        </dd>
        <dt>{t('home.status')}</dt>
        <dd>{version.status}</dd>
        <dt>{t('home.importedAt')}</dt>
        <dd>{Number.isNaN(importedAt.getTime()) ? version.importedAt : date.format(importedAt)}</dd>
      </dl>
      <h3>{t('home.counts')}</h3>
      <dl className="facts counts">
        {Object.entries(version.counts).map(([name, count]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{number.format(count)}</dd>
          </div>
        ))}
      </dl>
      {version.flaws.length > 0 && (
        <details>
          <summary>{t('home.flaws')}</summary>
          <ul>
            {version.flaws.map((f) => (
              <li key={f.code}>
                <code>{f.code}</code> ({number.format(f.count)}): {f.note}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function TaxonomyCard() {
  const { t, i18n } = useTranslation();
  const versions = useApi<TaxonomyVersions>(taxonomyPaths.versions());
  const ready = useApi<Readiness>('/api/ready');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="card" aria-labelledby="home-taxonomy">
      <h2 id="home-taxonomy">{t('home.taxonomy')}</h2>
      <Loaded state={ready}>
        {(r) => (
          <dl className="facts">
            <dt>{t('home.serverStatus')}</dt>
            <dd>{r.status}</dd>
            <dt>{t('home.engine')}</dt>
            <dd>{r.engine}</dd>
            <dt>{t('home.concepts')}</dt>
            <dd>{number.format(r.concepts)}</dd>
          </dl>
        )}
      </Loaded>
      <Loaded state={versions}>
        {({ versions: all }) => {
          const version = all.find((v) => v.active) ?? all[0];
          return version ? <VersionSummary version={version} /> : <p>{t('home.noVersion')}</p>;
        }}
      </Loaded>
      <p>
        <Link to="/taxonomy">{t('home.openTaxonomy')}</Link>
      </p>
      <Attribution />
    </section>
  );
}

/** The dashboard: who you are, where you belong, and the state of the shared taxonomy. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <title>{t('app.name')}</title>
      <h1>{t('home.title', { name: me.displayName })}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="home-memberships">
          <h2 id="home-memberships">{t('home.memberships')}</h2>
          <p className="muted">{me.email}</p>
          <Memberships user={me} />
        </section>
        <TaxonomyCard />
      </div>
    </>
  );
}
