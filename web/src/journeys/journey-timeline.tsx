import { useTranslation } from 'react-i18next';
import { CorrectionForm } from './correction-form';
import type { JourneyEvent, JourneyEvidence } from './journeys-api';
import { useDateFormat } from './dates';
import { correctionsOf } from './steps-api';

/** What one event did, in words: opened, moved to a stage, left with a reason, voided. */
function EventLine({ event }: { event: JourneyEvent }) {
  const { t } = useTranslation();
  const stage = (s: string) => t(`journeys.stages.${s}`);
  const body = event.body;
  switch (body.type) {
    case 'opened':
      return <>{t('journeys.events.opened', { stage: stage(body.stage) })}</>;
    case 'advanced':
      return <>{t('journeys.events.transition', { from: stage(body.from), to: stage(body.to) })}</>;
    case 'exited':
      return <>{t('journeys.events.exit', { reason: t(`journeys.exitReasons.${body.reason}`) })}</>;
    case 'voided':
      return <>{t('journeys.events.voided')}</>;
  }
}

/** A corrected event's day is struck through; a cancelled one's content too. */
const correctedClass = (by: JourneyEvent | undefined) =>
  !by
    ? ''
    : by.body.type === 'voided'
      ? ' journey-event-corrected journey-event-cancelled'
      : ' journey-event-corrected';

/**
 * Every event of the journey in the order it was recorded, with its day, who acted, the evidence
 * it relied on and its note (a correction's reason); a correction says which event it corrects, and
 * the corrected event says which event corrected it (nothing is rewritten). A coordinator
 * (`correction` given) may correct each original event.
 */
export function JourneyTimeline({
  events,
  evidence,
  correction = null,
}: {
  events: JourneyEvent[];
  evidence: JourneyEvidence[];
  /** The journey to correct and what to do after, when the user may correct it. */
  correction?: { journeyId: string; version: number; onDone: () => void } | null;
}) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const valueOf = new Map(evidence.map((e) => [e.id, e.value]));
  const correctedBy = correctionsOf(events);
  if (events.length === 0) return <p className="empty">{t('journeys.noEvents')}</p>;
  return (
    <ol className="journey-timeline">
      {events.map((event) => (
        <li
          key={event.seq}
          className={`journey-event journey-event-${event.body.type}${correctedClass(
            correctedBy.get(event.seq),
          )}`}
        >
          <p className="meta">{t('journeys.events.number', { seq: event.seq })}</p>
          <time dateTime={event.occurredOn}>{date(event.occurredOn)}</time>
          <p className="journey-event-what">
            <EventLine event={event} />
          </p>
          <p className="meta">
            {t('journeys.events.by', {
              actor: t(`journeys.performers.${event.actor.as}`, { defaultValue: event.actor.as }),
            })}
            {event.correctsSeq !== null &&
              ` · ${t('journeys.events.corrects', { seq: event.correctsSeq })}`}
          </p>
          {event.evidence.length > 0 && (
            <ul className="tags" aria-label={t('journeys.evidenceGiven')}>
              {event.evidence.map((e) => (
                <li key={e.id}>
                  {t(`journeys.evidenceKinds.${e.kind}`)}
                  {valueOf.get(e.id) ? `: ${valueOf.get(e.id)}` : ''}
                </li>
              ))}
            </ul>
          )}
          {event.note && (
            <p>
              {event.correctsSeq !== null
                ? t('journeys.events.reason', { note: event.note })
                : event.note}
            </p>
          )}
          {correctedBy.has(event.seq) && (
            <p className="badge journey-overdue">
              {t('journeys.events.correctedBy', { seq: correctedBy.get(event.seq)!.seq })}
            </p>
          )}
          {correction && event.correctsSeq === null && (
            <CorrectionForm
              journeyId={correction.journeyId}
              version={correction.version}
              event={event}
              onDone={correction.onDone}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
