import { useTranslation } from 'react-i18next';
import type { Grievance } from './grievances-api';

const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

/** A case as its reader may see it: status, deadlines, narrative and every step. */
export function GrievanceView({ grievance: g }: { grievance: Grievance }) {
  const { t } = useTranslation();
  return (
    <article className="grievance" aria-labelledby="grievance-title">
      <h2 id="grievance-title">{t(`protection.topics.${g.topic}`)}</h2>
      <dl className="grievance-facts">
        <dt>{t('protection.status')}</dt>
        <dd data-testid="grievance-status">{t(`protection.statuses.${g.status}`)}</dd>
        <dt>{t('protection.handler')}</dt>
        <dd>
          {g.handler ? `${g.handler.name} (${t(`protection.bodies.${g.handler.kind}`)})` : '—'}
        </dd>
        <dt>{t('protection.acknowledgeBy')}</dt>
        <dd>{date(g.acknowledgeBy)}</dd>
        <dt>{t('protection.resolveBy')}</dt>
        <dd>{date(g.resolveBy)}</dd>
      </dl>
      {g.overdue && <p className="badge badge-warning">{t(`protection.overdue.${g.overdue}`)}</p>}
      {g.retaliationFlagged && <p className="badge badge-warning">{t('protection.retaliation')}</p>}
      {g.view === 'disclosed' && <p className="hint">{t('protection.disclosedOnly')}</p>}
      {g.narrative !== null && (
        <>
          <h3>{t('protection.narrative')}</h3>
          <p className="grievance-narrative">{g.narrative}</p>
        </>
      )}
      {g.attachments.length > 0 && (
        <ul aria-label={t('protection.attachments')}>
          {g.attachments.map((a) => (
            <li key={a.id}>
              {a.name} ({a.mediaType}, {Math.ceil(a.size / 1024)} kB)
            </li>
          ))}
        </ul>
      )}
      <h3>{t('protection.steps')}</h3>
      <ol className="grievance-events">
        {g.events.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{date(e.at)}</time> {t(`protection.events.${e.kind}`)}
            {e.body && ` — ${e.body.name}`}
            {e.note && <p className="grievance-note">{e.note}</p>}
          </li>
        ))}
      </ol>
    </article>
  );
}
