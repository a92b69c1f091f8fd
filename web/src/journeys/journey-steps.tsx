import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loading } from '../shell/status';
import { ArrivalStep } from './arrival-step';
import { todayIso, useDateFormat } from './dates';
import { HomeTrackMatches } from './home-track-matches';
import { InWorkForm } from './in-work-form';
import type { JourneyDetail } from './journeys-api';
import { PermitForm } from './permit-form';
import { FollowUpForm, PlanForm, ReturnForm } from './return-forms';
import { Disclosed } from './step-form';
import { sectionsShown, stepPaths, type JourneySteps, type Permit } from './steps-api';

/** Where a section's forms save, when the viewer's capacity lets them write there (else null). */
interface Writer {
  journeyId: string;
  onSaved: (message: string) => void;
}

/** A date in words, or the word for "not yet". */
function Day({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return iso ? <time dateTime={iso}>{date(iso)}</time> : <>{t('journeys.steps.notYet')}</>;
}

/** Visa and permit applications: type, authority, status, deadline and validity. */
function Permits({ steps, write }: { steps: JourneySteps; write: Writer | null }) {
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
              {write && (
                <Disclosed
                  label={t('journeys.steps.forms.permit.openShort')}
                  name={t('journeys.steps.forms.permit.open', {
                    kind: t(`journeys.steps.permits.kinds.${p.kind}`),
                  })}
                >
                  {(close) => <PermitForm {...write} permit={p} onCancel={close} />}
                </Disclosed>
              )}
            </li>
          ))}
        </ul>
      )}
      {write && (
        <Disclosed label={t('journeys.steps.forms.permit.new')}>
          {(close) => <PermitForm {...write} permit={null} onCancel={close} />}
        </Disclosed>
      )}
    </section>
  );
}

/** Upskilling, certifications gained abroad and contract changes. */
function InWork({ steps, write }: { steps: JourneySteps; write: Writer | null }) {
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
      {write && (
        <Disclosed label={t('journeys.steps.forms.inWork.new')}>
          {(close) => <InWorkForm {...write} onCancel={close} />}
        </Disclosed>
      )}
    </section>
  );
}

/** The planned and actual return, the reintegration plan and its follow-ups. */
function Return({
  steps,
  write,
  followUp,
}: {
  steps: JourneySteps;
  write: Writer | null;
  /** Where a coordinator records the plan's follow-ups (null for anyone else). */
  followUp: Writer | null;
}) {
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
      {write && (
        <Disclosed label={t('journeys.steps.forms.return.open')}>
          {(close) => <ReturnForm {...write} back={back} onCancel={close} />}
        </Disclosed>
      )}
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
          {followUp && (
            <Disclosed label={t('journeys.steps.forms.followUp.open')}>
              {(close) => <FollowUpForm {...followUp} plan={back.plan!} onCancel={close} />}
            </Disclosed>
          )}
        </>
      )}
      {write && (
        <Disclosed
          label={t(
            back.plan ? 'journeys.steps.forms.plan.change' : 'journeys.steps.forms.plan.open',
          )}
        >
          {(close) => <PlanForm {...write} plan={back.plan} onCancel={close} />}
        </Disclosed>
      )}
    </section>
  );
}

/**
 * The journey's steps with their content, the sections that matter at its stage. The API shows
 * them only to whom may see them: anything else (403, 404) shows nothing here. A save reloads
 * them and says so in a polite live region that stays in place.
 */
export function JourneyStepsView({
  detail,
  onPermits,
}: {
  detail: JourneyDetail;
  /** Told the permits each time the steps load (the deadlines card lists their dates). */
  onPermits: (permits: Permit[]) => void;
}) {
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
      <StepsLoaded key={version} detail={detail} onSaved={onSaved} onPermits={onPermits} />
    </>
  );
}

function StepsLoaded({
  detail,
  onSaved,
  onPermits,
}: {
  detail: JourneyDetail;
  onSaved: (message: string) => void;
  onPermits: (permits: Permit[]) => void;
}) {
  const id = detail.journey.id;
  const state = useApi<JourneySteps>(stepPaths.steps(id));
  const permits = state.status === 'ok' ? state.data.permits : null;
  useEffect(() => {
    if (permits) onPermits(permits);
  }, [permits, onPermits]);
  if (state.status === 'loading') return <Loading />;
  if (state.status !== 'ok') return null;
  const steps = state.data;
  const shown = sectionsShown(steps);
  const isPerson = detail.you.includes('person');
  // The capacities the steps' policy lets write each section (journey-steps.policy.ts); the
  // server decides, and its refusal shows on the form.
  const as = (...capacities: string[]): Writer | null =>
    detail.you.some((p) => capacities.includes(p)) ? { journeyId: id, onSaved } : null;
  const personOrCoordinator = as('person', 'coordinator');
  return (
    <>
      {shown.includes('permits') && <Permits steps={steps} write={personOrCoordinator} />}
      {shown.includes('arrival') && (
        <ArrivalStep
          journeyId={id}
          steps={steps}
          mayTick={detail.you.some((p) => p === 'coordinator' || p === 'employer')}
          mayAnswer={isPerson}
          onSaved={onSaved}
        />
      )}
      {shown.includes('inWork') && (
        <InWork steps={steps} write={as('person', 'coordinator', 'employer')} />
      )}
      {shown.includes('return') && (
        <Return steps={steps} write={personOrCoordinator} followUp={as('coordinator')} />
      )}
      {steps.return.homeTrackSearch && (
        <HomeTrackMatches search={steps.return.homeTrackSearch} viewerIsPerson={isPerson} />
      )}
    </>
  );
}
