import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { useDelegationName } from './delegation-name';
import { IdeaForm } from './idea-form';
import { partnershipRoutes } from './partnerships-api';
import { ScoreForm } from './score-form';
import { WinnersForm } from './winners-form';
import { workshopPaths, workshopRoutes, type Workshop } from './workshops-api';

function IdeaRanking({ w }: { w: Workshop }) {
  const { t } = useTranslation();
  const delegationName = useDelegationName(w);
  if (w.ideas.length === 0) return <p className="empty">{t('partnerships.workshops.noIdeas')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('partnerships.workshops.ranking')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partnerships.workshops.rank')}</th>
            <th scope="col">{t('partnerships.workshops.idea')}</th>
            <th scope="col">{t('partnerships.workshops.weighted')}</th>
            {w.criteria.map((c) => (
              <th scope="col" key={c.key}>
                {c.label} (×{c.weight})
              </th>
            ))}
            <th scope="col">{t('partnerships.workshops.scores')}</th>
          </tr>
        </thead>
        <tbody>
          {w.ideas.map((idea) => (
            <tr key={idea.id}>
              <td>{idea.rank}</td>
              <th scope="row">
                {idea.title}
                <span className="meta">
                  {' '}
                  {delegationName(idea.delegationId)} · {idea.origin} → {idea.destination}
                </span>
                {idea.partnershipId && (
                  <>
                    {' '}
                    <Link to={partnershipRoutes.dashboard(idea.partnershipId)}>
                      {t('partnerships.workshops.draftPartnership')}
                    </Link>
                  </>
                )}
              </th>
              <td>{idea.weighted === null ? '–' : idea.weighted.toFixed(2)}</td>
              {w.criteria.map((c) => (
                <td key={c.key}>{idea.means[c.key]?.toFixed(1) ?? '–'}</td>
              ))}
              <td>
                {idea.scoreCount}
                {idea.scoredByMe && (
                  <span className="badge badge-muted">
                    {' '}
                    {t('partnerships.workshops.scoredByMe')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WorkshopView({ w, changed }: { w: Workshop; changed: () => void }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby="workshop-title" className="partnership-forms">
      <title>{`${w.title} · ${t('app.name')}`}</title>
      <p>
        <Link to={workshopRoutes.list()}>{t('partnerships.workshops.title')}</Link>
      </p>
      <h1 id="workshop-title">{w.title}</h1>
      <p className="meta">
        {w.heldOn}
        {w.anonymousScoring && ` · ${t('partnerships.workshops.anonymous')}`}
      </p>
      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title">{t('partnerships.workshops.ranking')}</h2>
        <IdeaRanking w={w} />
      </section>
      <ScoreForm w={w} changed={changed} />
      <IdeaForm w={w} changed={changed} />
      <WinnersForm w={w} changed={changed} />
    </article>
  );
}

function WorkshopLoader({ id, changed }: { id: string; changed: () => void }) {
  const state = useApi<Workshop>(workshopPaths.workshop(id));
  return <Loaded state={state}>{(w) => <WorkshopView w={w} changed={changed} />}</Loaded>;
}

/** /partnerships/workshops/:id — ideas, scoring, ranking and winners of one workshop. */
export function WorkshopPage() {
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  return (
    <WorkshopLoader key={`${id}:${version}`} id={id} changed={() => setVersion((v) => v + 1)} />
  );
}
