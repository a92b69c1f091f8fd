import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { journeyRoutes, type JourneyDetail, type Performer, type Trigger } from './journeys-api';
import { AdvanceForm } from './advance-form';
import { todayIso, useDateFormat } from './dates';
import { JourneyContacts } from './journey-contacts';
import { JourneyStepsView } from './journey-steps';
import { JourneyTimeline } from './journey-timeline';
import { StageProgress } from './stage-progress';
import { StepRecorded } from './step-recorded';
import { permitDeadlines, type Permit } from './steps-api';

/** Whether the signed-in user sees this journey only as the person's employer. */
const employerOnly = (detail: JourneyDetail) =>
  detail.you.length > 0 && detail.you.every((p) => p === 'employer');

/** Where the journey is now: its stage since when, or how it ended. */
function WhereNow({ detail }: { detail: JourneyDetail }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const { journey, exit } = detail;
  return (
    <section aria-labelledby="journey-now-title" className="journey-card">
      <h2 id="journey-now-title">{t('journeys.now.title')}</h2>
      <p className="journey-current">
        <strong>{t(`journeys.stages.${journey.stage}`)}</strong>{' '}
        <span className="meta">{t('journeys.now.since', { date: date(journey.stageSince) })}</span>
      </p>
      {exit && (
        <p className="badge badge-muted">
          {t('journeys.now.exited', {
            reason: t(`journeys.exitReasons.${exit.reason}`),
            date: date(exit.on),
          })}
        </p>
      )}
      {journey.status === 'completed' && <p className="badge">{t('journeys.now.completed')}</p>}
      <StageProgress journey={journey} fromArrival={employerOnly(detail)} />
    </section>
  );
}

/** Who makes a step, in words ("a coordinator or you"). */
function usePerformerNames(you: Performer[]) {
  const { t } = useTranslation();
  return (performers: Performer[]) =>
    performers
      .map((p) =>
        p === 'person' && you.includes('person')
          ? t('journeys.next.you')
          : t(`journeys.performers.${p}`),
      )
      .join(t('journeys.next.or'));
}

/** The next stages, who makes each, and the evidence still to bring. */
function WhatNext({ detail }: { detail: JourneyDetail }) {
  const { t } = useTranslation();
  const who = usePerformerNames(detail.you);
  const kind = (k: string) => t(`journeys.evidenceKinds.${k}`);
  const { steps } = detail.next;
  // The orientation is a step of its own (orientation/): link to it while it is still missing.
  const orientationDue =
    detail.you.includes('person') && steps.some((s) => s.missing.includes('orientation_completed'));
  const orientationAhead = ['pre_departure', 'visa_permit'].includes(detail.journey.stage);
  return (
    <section aria-labelledby="journey-next-title" className="journey-card">
      <h2 id="journey-next-title">{t('journeys.next.title')}</h2>
      {(orientationDue || (orientationAhead && detail.you.includes('person'))) && (
        <p>
          <Link to={journeyRoutes.orientation(detail.journey.id)}>
            {t('journeys.next.orientation')}
          </Link>
        </p>
      )}
      {steps.length === 0 ? (
        <p className="empty">{t('journeys.next.none')}</p>
      ) : (
        <ul className="journey-list">
          {steps.map((n) => (
            <li key={n.to}>
              <strong>{t(`journeys.stages.${n.to}`)}</strong>{' '}
              <span className="meta">{t('journeys.next.by', { who: who(n.performers) })}</span>
              {n.requires.length === 0 ? (
                <p className="meta">{t('journeys.next.nothingToBring')}</p>
              ) : (
                <>
                  <p className="meta">{t('journeys.next.bring')}</p>
                  <ul className="journey-evidence">
                    {n.requires.map((k) => {
                      const missing = n.missing.includes(k);
                      return (
                        <li key={k} className={missing ? 'missing' : 'given'}>
                          {kind(k)}{' '}
                          <span className={missing ? 'badge journey-overdue' : 'badge'}>
                            {missing ? t('journeys.next.missing') : t('journeys.next.given')}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Check-ins, follow-ups and permit dates the journey's steps scheduled; those past marked. */
function Deadlines({ detail, permits }: { detail: JourneyDetail; permits: Permit[] }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const today = todayIso();
  const watched = permitDeadlines(permits);
  return (
    <section aria-labelledby="journey-deadlines-title" className="journey-card">
      <h2 id="journey-deadlines-title">{t('journeys.deadlines.title')}</h2>
      {detail.deadlines.length + watched.length === 0 ? (
        <p className="empty">{t('journeys.deadlines.none')}</p>
      ) : (
        <ul className="journey-list">
          {detail.deadlines.map((d) => (
            <li key={`${d.kind}:${d.due}`}>
              {t(`journeys.deadlineKinds.${d.kind}`)}: <time dateTime={d.due}>{date(d.due)}</time>{' '}
              <span className="meta">
                {t('journeys.deadlines.after', { stage: t(`journeys.stages.${d.after}`) })}
              </span>
              {d.due < today && (
                <>
                  {' '}
                  <span className="badge journey-overdue">{t('journeys.deadlines.past')}</span>
                </>
              )}
            </li>
          ))}
          {watched.map((d) => (
            <li key={`${d.kind}:${d.id}`}>
              {t(`journeys.deadlineKinds.${d.kind}`)}: <time dateTime={d.due}>{date(d.due)}</time>{' '}
              <span className="meta">{t(`journeys.steps.permits.kinds.${d.permit}`)}</span>
              {d.due < today && (
                <>
                  {' '}
                  <span className="badge journey-overdue">{t('journeys.deadlines.past')}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One journey in full: where, next, deadlines, the steps with their content (and the returnee's
 * home-track matches), contacts, the form, and the timeline with its corrections.
 */
export function JourneyView({
  detail,
  onChanged,
  recorded = null,
}: {
  detail: JourneyDetail;
  onChanged: (triggers?: Trigger[]) => void;
  /** What the last step recorded here set going (null before any). */
  recorded?: Trigger[] | null;
}) {
  const { t } = useTranslation();
  const [permits, setPermits] = useState<Permit[]>([]);
  return (
    <div className="journey-view">
      {recorded && <StepRecorded triggers={recorded} />}
      <WhereNow detail={detail} />
      <WhatNext detail={detail} />
      <Deadlines detail={detail} permits={permits} />
      <JourneyStepsView detail={detail} onPermits={setPermits} />
      <JourneyContacts detail={detail} />
      <AdvanceForm key={detail.journey.version} detail={detail} onDone={onChanged} />
      <section aria-labelledby="journey-timeline-title" className="journey-card">
        <h2 id="journey-timeline-title">{t('journeys.timeline')}</h2>
        <JourneyTimeline
          events={detail.events}
          evidence={detail.evidence}
          correction={
            detail.you.includes('coordinator')
              ? {
                  journeyId: detail.journey.id,
                  version: detail.journey.version,
                  onDone: () => onChanged(),
                }
              : null
          }
        />
      </section>
    </div>
  );
}
