import { useTranslation } from 'react-i18next';
import type { JourneyEvent } from './journeys-api';
import { useDateFormat } from './dates';

/** What one event did, in words: opened, moved to a stage, left with a reason, corrected. */
function EventLine({ event }: { event: JourneyEvent }) {
  const { t } = useTranslation();
  const stage = (s: string | null) => (s ? t(`journeys.stages.${s}`) : '—');
  switch (event.kind) {
    case 'opened':
      return <>{t('journeys.events.opened', { stage: stage(event.to) })}</>;
    case 'transition':
      return (
        <>{t('journeys.events.transition', { from: stage(event.from), to: stage(event.to) })}</>
      );
    case 'exit':
      return (
        <>
          {t('journeys.events.exit', {
            reason: event.reason ? t(`journeys.exitReasons.${event.reason}`) : '—',
          })}
        </>
      );
    case 'correction':
      return <>{t('journeys.events.correction', { to: stage(event.to) })}</>;
    case 'evidence':
      return <>{t('journeys.events.evidence')}</>;
  }
}

/** Every event of the journey in the order it happened, with its date, actor and evidence. */
export function JourneyTimeline({ events }: { events: JourneyEvent[] }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  if (events.length === 0) return <p className="empty">{t('journeys.noEvents')}</p>;
  return (
    <ol className="journey-timeline">
      {events.map((event) => (
        <li key={event.id} className={`journey-event journey-event-${event.kind}`}>
          <time dateTime={event.on}>{date(event.on)}</time>
          <p className="journey-event-what">
            <EventLine event={event} />
          </p>
          {event.actor && <p className="meta">{t('journeys.events.by', { actor: event.actor })}</p>}
          {event.evidence.length > 0 && (
            <ul className="tags" aria-label={t('journeys.evidenceGiven')}>
              {event.evidence.map((e) => (
                <li key={e.kind}>
                  {t(`journeys.evidenceKinds.${e.kind}`, { defaultValue: e.kind })}
                  {e.value ? `: ${e.value}` : ''}
                </li>
              ))}
            </ul>
          )}
          {event.note && <p>{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
