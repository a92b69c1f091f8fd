import { useTranslation } from 'react-i18next';
import type { JourneyDetail } from './journeys-api';
import { AdvanceForm } from './advance-form';
import { useDateFormat } from './dates';
import { JourneyTimeline } from './journey-timeline';
import { StageProgress } from './stage-progress';

/** Where the journey is now: its stage since when, or how it ended. */
function WhereNow({ detail }: { detail: JourneyDetail }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const { journey } = detail;
  return (
    <section aria-labelledby="journey-now-title" className="journey-card">
      <h2 id="journey-now-title">{t('journeys.now.title')}</h2>
      <p className="journey-current">
        <strong>{t(`journeys.stages.${journey.stage}`)}</strong>{' '}
        <span className="meta">{t('journeys.now.since', { date: date(journey.stageSince) })}</span>
      </p>
      {journey.exit && (
        <p className="badge badge-muted">
          {t('journeys.now.exited', {
            reason: t(`journeys.exitReasons.${journey.exit.reason}`),
            date: date(journey.exit.on),
          })}
        </p>
      )}
      <StageProgress journey={journey} />
    </section>
  );
}

/** The next stages and, for each, the evidence still to bring. */
function WhatNext({ detail }: { detail: JourneyDetail }) {
  const { t } = useTranslation();
  const kind = (k: string) => t(`journeys.evidenceKinds.${k}`, { defaultValue: k });
  return (
    <section aria-labelledby="journey-next-title" className="journey-card">
      <h2 id="journey-next-title">{t('journeys.next.title')}</h2>
      {detail.next.length === 0 ? (
        <p className="empty">{t('journeys.next.none')}</p>
      ) : (
        <ul className="journey-list">
          {detail.next.map((n) => (
            <li key={n.to}>
              <strong>{t(`journeys.stages.${n.to}`)}</strong>
              {n.requires.length === 0 ? (
                <p className="meta">{t('journeys.next.nothingToBring')}</p>
              ) : (
                <>
                  <p className="meta">{t('journeys.next.bring')}</p>
                  <ul className="journey-evidence">
                    {n.requires.map((k) => (
                      <li key={k} className={n.missing.includes(k) ? 'missing' : 'given'}>
                        {kind(k)}{' '}
                        <span className="badge badge-muted">
                          {n.missing.includes(k)
                            ? t('journeys.next.missing')
                            : t('journeys.next.given')}
                        </span>
                      </li>
                    ))}
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

/** Dates to keep, overdue ones marked. */
function Deadlines({ detail }: { detail: JourneyDetail }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return (
    <section aria-labelledby="journey-deadlines-title" className="journey-card">
      <h2 id="journey-deadlines-title">{t('journeys.deadlines.title')}</h2>
      {detail.deadlines.length === 0 ? (
        <p className="empty">{t('journeys.deadlines.none')}</p>
      ) : (
        <ul className="journey-list">
          {detail.deadlines.map((d) => (
            <li key={`${d.kind}:${d.due}`}>
              {t(`journeys.deadlineKinds.${d.kind}`, { defaultValue: d.kind })}:{' '}
              <time dateTime={d.due}>{date(d.due)}</time>
              {d.overdue && (
                <span className="badge journey-overdue"> {t('journeys.deadlines.overdue')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The people to call: the coordinator, the training provider, the employer. */
function Contacts({ detail }: { detail: JourneyDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="journey-contacts-title" className="journey-card">
      <h2 id="journey-contacts-title">{t('journeys.contacts.title')}</h2>
      {detail.contacts.length === 0 ? (
        <p className="empty">{t('journeys.contacts.none')}</p>
      ) : (
        <ul className="journey-list">
          {detail.contacts.map((c) => (
            <li key={`${c.role}:${c.name}`}>
              <strong>{c.name}</strong>{' '}
              <span className="meta">
                {t(`journeys.contactRoles.${c.role}`, { defaultValue: c.role })}
                {c.organisation ? ` · ${c.organisation}` : ''}
              </span>
              {c.email && (
                <p>
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </p>
              )}
              {c.phone && (
                <p>
                  <a href={`tel:${c.phone}`}>{c.phone}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One journey in full: where, next, what to bring, deadlines, contacts, events, and the form. */
export function JourneyView({
  detail,
  onChanged,
}: {
  detail: JourneyDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="journey-view">
      <WhereNow detail={detail} />
      <WhatNext detail={detail} />
      <Deadlines detail={detail} />
      <Contacts detail={detail} />
      <AdvanceForm key={detail.journey.version} detail={detail} onDone={onChanged} />
      <section aria-labelledby="journey-timeline-title" className="journey-card">
        <h2 id="journey-timeline-title">{t('journeys.timeline')}</h2>
        <JourneyTimeline events={detail.events} />
      </section>
    </div>
  );
}
