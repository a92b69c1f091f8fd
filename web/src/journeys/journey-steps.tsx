import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loading } from '../shell/status';
import { ArrivalStep } from './arrival-step';
import { todayIso, useDateFormat } from './dates';
import { HomeTrackMatches } from './home-track-matches';
import type { JourneyDetail } from './journeys-api';
import { sectionsShown, stepPaths, type JourneySteps } from './steps-api';

/** A date in words, or the word for "not yet". */
function Day({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return iso ? <time dateTime={iso}>{date(iso)}</time> : <>{t('journeys.steps.notYet')}</>;
}

/** Visa and permit applications: type, authority, status, deadline and validity. */
function Permits({ steps }: { steps: JourneySteps }) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <section aria-labelledby="steps-permits-title" className="journey-card">
      <h2 id="steps-permits-title">{t('journeys.steps.permits.title')}</h2>
      {steps.permits.length === 0 ? (
        <p className="empty">{t('journeys.steps.permits.none')}</p>
      ) : (
        <ul className="journey-list">
          {steps.permits.map((p) => (
            <li key={p.id}>
              <strong>{t(`journeys.steps.permits.kinds.${p.kind}`)}</strong>{' '}
              <span className={p.outcome === 'refused' ? 'badge journey-overdue' : 'badge'}>
                {t(`journeys.steps.permits.outcomes.${p.outcome}`)}
              </span>
              <dl className="journey-facts">
                <dt>{t('journeys.steps.permits.authority')}</dt>
                <dd>{p.authority}</dd>
                <dt>{t('journeys.steps.permits.appliedOn')}</dt>
                <dd>
                  <Day iso={p.appliedOn} />
                </dd>
                {p.outcome === 'pending' && p.dueOn && (
                  <>
                    <dt>{t('journeys.steps.permits.dueOn')}</dt>
                    <dd>
                      <Day iso={p.dueOn} />{' '}
                      {p.dueOn < today && (
                        <span className="badge journey-overdue">
                          {t('journeys.deadlines.past')}
                        </span>
                      )}
                    </dd>
                  </>
                )}
                {p.validUntil && (
                  <>
                    <dt>{t('journeys.steps.permits.validUntil')}</dt>
                    <dd>
                      <Day iso={p.validUntil} />{' '}
                      {p.validUntil < today && (
                        <span className="badge journey-overdue">
                          {t('journeys.steps.permits.expired')}
                        </span>
                      )}
                    </dd>
                  </>
                )}
              </dl>
              {p.outcome === 'pending' && p.dueOn && (
                <p className="meta">{t('journeys.steps.permits.reminders')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Upskilling, certifications gained abroad and contract changes. */
function InWork({ steps }: { steps: JourneySteps }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="steps-in-work-title" className="journey-card">
      <h2 id="steps-in-work-title">{t('journeys.steps.inWork.title')}</h2>
      {steps.inWork.length === 0 ? (
        <p className="empty">{t('journeys.steps.inWork.none')}</p>
      ) : (
        <ul className="journey-list">
          {steps.inWork.map((r) => (
            <li key={r.id}>
              <strong>{r.title}</strong>{' '}
              <span className="badge">{t(`journeys.steps.inWork.kinds.${r.kind}`)}</span>{' '}
              <span className="meta">
                <Day iso={r.on} />
              </span>
              {r.skills.length > 0 && (
                <ul className="tags" aria-label={t('journeys.steps.inWork.skills')}>
                  {r.skills.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              )}
              {r.changes.map((c) => (
                <p key={c.field} className="meta">
                  {t('journeys.steps.inWork.change', { field: c.field, from: c.from, to: c.to })}
                </p>
              ))}
              {r.evidence && <p className="meta">{r.evidence}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The planned and actual return, the reintegration plan and its follow-ups. */
function Return({ steps }: { steps: JourneySteps }) {
  const { t } = useTranslation();
  const back = steps.return;
  return (
    <section aria-labelledby="steps-return-title" className="journey-card">
      <h2 id="steps-return-title">{t('journeys.steps.return.title')}</h2>
      <dl className="journey-facts">
        <dt>{t('journeys.steps.return.plannedOn')}</dt>
        <dd>
          <Day iso={back.plannedOn} />
        </dd>
        <dt>{t('journeys.steps.return.returnedOn')}</dt>
        <dd>
          <Day iso={back.returnedOn} />
        </dd>
      </dl>
      <h3>{t('journeys.steps.return.plan')}</h3>
      {back.plan === null ? (
        <p className="empty">{t('journeys.steps.return.noPlan')}</p>
      ) : (
        <>
          <p>
            <span className="badge">
              {t(`journeys.steps.return.pathways.${back.plan.pathway}`)}
            </span>{' '}
            {back.plan.goal}{' '}
            <span className="meta">
              {t('journeys.steps.return.startsOn')} <Day iso={back.plan.startsOn} />
            </span>
          </p>
          <ul className="journey-list" aria-label={t('journeys.steps.return.followUps')}>
            {back.plan.followUps.map((f) => (
              <li key={f.month}>
                {t('journeys.steps.return.followUp', { months: f.month })}: <Day iso={f.dueOn} />{' '}
                {f.followUp ? (
                  <>
                    <span className="badge">
                      {t(`journeys.steps.return.statuses.${f.followUp.status}`)}
                    </span>
                    {f.followUp.note && <span className="meta"> {f.followUp.note}</span>}
                  </>
                ) : (
                  <span className="meta">{t('journeys.steps.return.notRecorded')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The journey's steps with their content, the sections that matter at its stage. The API shows
 * them only to whom may see them: anything else (403, 404) shows nothing here. A save reloads
 * them and says so in a polite live region that stays in place.
 */
export function JourneyStepsView({ detail }: { detail: JourneyDetail }) {
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState('');
  const onSaved = (message: string) => {
    setSaved(message);
    setVersion((v) => v + 1);
  };
  return (
    <>
      <div aria-live="polite" role="status" className="journey-saved">
        {saved}
      </div>
      <StepsLoaded key={version} detail={detail} onSaved={onSaved} />
    </>
  );
}

function StepsLoaded({
  detail,
  onSaved,
}: {
  detail: JourneyDetail;
  onSaved: (message: string) => void;
}) {
  const id = detail.journey.id;
  const state = useApi<JourneySteps>(stepPaths.steps(id));
  if (state.status === 'loading') return <Loading />;
  if (state.status !== 'ok') return null;
  const steps = state.data;
  const shown = sectionsShown(steps);
  const isPerson = detail.you.includes('person');
  return (
    <>
      {shown.includes('permits') && <Permits steps={steps} />}
      {shown.includes('arrival') && (
        <ArrivalStep
          journeyId={id}
          steps={steps}
          mayTick={detail.you.some((p) => p === 'coordinator' || p === 'employer')}
          mayAnswer={isPerson}
          onSaved={onSaved}
        />
      )}
      {shown.includes('inWork') && <InWork steps={steps} />}
      {shown.includes('return') && <Return steps={steps} />}
      {steps.return.homeTrackSearch && (
        <HomeTrackMatches search={steps.return.homeTrackSearch} viewerIsPerson={isPerson} />
      )}
    </>
  );
}
