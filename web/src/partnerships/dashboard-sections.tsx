import { useTranslation } from 'react-i18next';
import { partnershipPaths, type Dashboard } from './partnerships-api';

/** Parties grouped by side of the corridor, then by role. */
export function StakeholderMap({ map }: { map: Dashboard['stakeholderMap'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="stakeholders" className="concept-section">
      <h2 id="stakeholders">{t('partnerships.stakeholderMap')}</h2>
      <div className="cards">
        {map.sides.map((side) => (
          <div key={side.side} className="card">
            <h3>{t(`partnerships.sides.${side.side}`)}</h3>
            <dl className="facts">
              {side.roles.map((r) => (
                <div key={r.role}>
                  <dt>{t(`partnerships.roles.${r.role}`)}</dt>
                  <dd>{r.parties.map((p) => `${p.name} (${p.country})`).join('; ')}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}

/** Cohort, shares per track and caps. */
export function QuotaFacts({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const q = d.partnership.quotas;
  const shares = Object.entries(q.trackShares).map(
    ([track, share]) =>
      `${t(`partnerships.trackNames.${track}`)} ${share}%` +
      (d.placesPerTrack[track as keyof typeof d.placesPerTrack] !== undefined
        ? ` (${d.placesPerTrack[track as keyof typeof d.placesPerTrack]})`
        : ''),
  );
  return (
    <section aria-labelledby="quotas" className="concept-section">
      <h2 id="quotas">{t('partnerships.quotas')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('partnerships.cohortSize')}</dt>
          <dd>{q.cohortSize ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('partnerships.trackShares')}</dt>
          <dd>{shares.join(', ') || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('partnerships.minWomenShare')}</dt>
          <dd>{q.minWomenShare === null ? t('common.none') : `${q.minWomenShare}%`}</dd>
        </div>
        <div>
          <dt>{t('partnerships.perOccupation')}</dt>
          <dd>
            {q.perOccupation.map((c) => `${c.occupation}: ${c.max}`).join(', ') || t('common.none')}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The agreement register with its reminders. */
export function AgreementRegister({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agreements" className="concept-section">
      <h2 id="agreements">{t('partnerships.agreements')}</h2>
      {d.reminders.length > 0 && (
        <ul role="status">
          {d.reminders.map((r) => (
            <li key={`${r.agreementId}-${r.kind}`}>
              <strong>
                {t(`partnerships.reminder.${r.kind}`, { title: r.title, date: r.dueOn })}
              </strong>{' '}
              {r.daysLeft < 0
                ? t('partnerships.daysOverdue', { count: -r.daysLeft })
                : t('partnerships.daysLeft', { count: r.daysLeft })}
            </li>
          ))}
        </ul>
      )}
      {d.agreements.length === 0 ? (
        <p className="empty">{t('partnerships.noAgreements')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('partnerships.agreement')}</th>
              <th scope="col">{t('partnerships.signedOn')}</th>
              <th scope="col">{t('partnerships.reviewOn')}</th>
              <th scope="col">{t('partnerships.expiresOn')}</th>
              <th scope="col">{t('partnerships.clauses')}</th>
            </tr>
          </thead>
          <tbody>
            {d.agreements.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.title}{' '}
                  {a.document && (
                    <a href={partnershipPaths.document(d.partnership.id, a.id)}>
                      {a.document.fileName}
                    </a>
                  )}
                </td>
                <td>{a.signedOn ?? '—'}</td>
                <td>{a.reviewOn ?? '—'}</td>
                <td>{a.expiresOn ?? '—'}</td>
                <td>{a.clauses.map((c) => t(`partnerships.clauseKinds.${c.kind}`)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Actions and milestones by date, overdue ones flagged. */
export function PlanTimeline({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline" className="concept-section">
      <h2 id="timeline">{t('partnerships.timeline')}</h2>
      <p className="meta">
        {t('partnerships.progress', {
          done: d.progress.byStatus.done ?? 0,
          total: d.progress.actions,
          overdue: d.progress.overdue,
        })}
      </p>
      <ol className="results">
        {d.timeline.map((e) => (
          <li key={e.id} className="result">
            <span className="code">{e.date}</span> {t(`partnerships.entryKinds.${e.kind}`)}:{' '}
            {e.title}{' '}
            <span className="badge badge-muted">{t(`partnerships.entryStatuses.${e.status}`)}</span>
            {e.overdue && <strong className="field-error"> {t('partnerships.overdue')}</strong>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The eight prerequisites with their scores and recommendations. */
export function Scorecard({ scorecard }: { scorecard: Dashboard['scorecard'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="scorecard" className="concept-section">
      <h2 id="scorecard">{t('partnerships.scorecard', { overall: scorecard.overall })}</h2>
      {scorecard.labourMarket && (
        <p>
          {scorecard.labourMarket.observations > 0 && scorecard.labourMarket.from
            ? t('partnerships.labourMarketData', {
                count: scorecard.labourMarket.observations,
                from: scorecard.labourMarket.from,
                to: scorecard.labourMarket.to,
              })
            : t('partnerships.labourMarketDataNone')}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('partnerships.prerequisite')}</th>
            <th scope="col">{t('partnerships.score')}</th>
            <th scope="col">{t('partnerships.recommendations')}</th>
          </tr>
        </thead>
        <tbody>
          {scorecard.prerequisites.map((p) => (
            <tr key={p.prerequisite}>
              <th scope="row">{t(`partnerships.prerequisites.${p.prerequisite}`)}</th>
              <td>
                <meter min={0} max={100} low={40} high={75} optimum={100} value={p.score} />{' '}
                {p.score} ({t(`partnerships.levels.${p.level}`)})
              </td>
              <td>
                {p.recommendations.length === 0 ? (
                  t('common.none')
                ) : (
                  <ul>
                    {p.recommendations.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
