import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { FieldError, invalidProps, reasonFor, useSubmission } from '../partnerships/form-support';
import { ProblemMessage } from '../shell/status';
import { todayIso, useDateFormat } from './dates';
import { stepPaths, type ArrivalItem, type CheckIn, type JourneySteps } from './steps-api';

const SCORES = [1, 2, 3, 4, 5] as const;

/** The employer's arrival checklist; a coordinator or the employer ticks an item done today. */
function Checklist({
  journeyId,
  steps,
  mayTick,
  onSaved,
}: {
  journeyId: string;
  steps: JourneySteps;
  mayTick: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const { error, busy, run } = useSubmission();
  const { checklist } = steps.arrival;
  const tick = (item: ArrivalItem) =>
    run(async () => {
      await apiRequest<null>(stepPaths.tick(journeyId, item), {
        method: 'PUT',
        body: { doneOn: todayIso(), note: '' },
      });
      onSaved(t('journeys.steps.arrival.ticked', { item: t(`journeys.steps.items.${item}`) }));
    });
  return (
    <>
      <h3>{t('journeys.steps.arrival.checklist')}</h3>
      <ul className="journey-list journey-checklist">
        {checklist.items.map(({ item, doneOn, note }) => (
          <li key={item} className={doneOn ? 'given' : 'missing'}>
            {t(`journeys.steps.items.${item}`)}{' '}
            {doneOn ? (
              <span className="badge">
                {t('journeys.steps.arrival.doneOn', { date: date(doneOn) })}
              </span>
            ) : mayTick ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void tick(item)}
                aria-label={t('journeys.steps.arrival.tick', {
                  item: t(`journeys.steps.items.${item}`),
                })}
              >
                {t('journeys.steps.arrival.tickShort')}
              </button>
            ) : (
              <span className="meta">{t('journeys.steps.notYet')}</span>
            )}
            {note && <span className="meta"> {note}</span>}
          </li>
        ))}
      </ul>
      {checklist.completedOn && (
        <p className="badge">
          {t('journeys.steps.arrival.complete', { date: date(checklist.completedOn) })}
        </p>
      )}
      {error && <ProblemMessage error={error} />}
    </>
  );
}

/** The person's own answer to a check-in: how it is going, 1 to 5, in their own words. */
function CheckInForm({
  journeyId,
  checkIn,
  onSaved,
}: {
  journeyId: string;
  checkIn: CheckIn;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState<number | null>(null);
  const [answer, setAnswer] = useState('');
  const { error, busy, run } = useSubmission();
  const base = `check-in-${checkIn.day}`;
  const scoreWhy = reasonFor(error, 'score');
  const answerWhy = reasonFor(error, 'answer');
  const submit = () =>
    run(async () => {
      await apiRequest<null>(stepPaths.checkIn(journeyId, checkIn.day), {
        method: 'PUT',
        body: { score, answer: answer.trim() },
      });
      onSaved(t('journeys.steps.checkIns.saved', { days: checkIn.day }));
    });
  return (
    <form
      aria-label={t('journeys.steps.checkIns.formLabel', { days: checkIn.day })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset {...invalidProps(`${base}-score-error`, scoreWhy)}>
        <legend>{t('journeys.steps.checkIns.score')}</legend>
        <div className="journey-scores">
          {SCORES.map((s) => (
            <label key={s} className="choice">
              <input
                type="radio"
                name={`${base}-score`}
                value={s}
                checked={score === s}
                onChange={() => setScore(s)}
              />{' '}
              {t(`journeys.steps.checkIns.scores.${s}`)}
            </label>
          ))}
        </div>
        <FieldError id={`${base}-score-error`} reason={scoreWhy} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${base}-answer`}>{t('journeys.steps.checkIns.answer')}</label>
        <textarea
          id={`${base}-answer`}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          {...invalidProps(`${base}-answer-error`, answerWhy)}
        />
        <FieldError id={`${base}-answer-error`} reason={answerWhy} />
      </div>
      {error && !scoreWhy && !answerWhy && <ProblemMessage error={error} />}
      <button type="submit" className="button primary" disabled={busy}>
        {t('journeys.steps.checkIns.send')}
      </button>
    </form>
  );
}

/** The check-ins at 30 and 90 days: when due, the answer given, or the form when open. */
function CheckIns({
  journeyId,
  steps,
  mayAnswer,
  onSaved,
}: {
  journeyId: string;
  steps: JourneySteps;
  mayAnswer: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const date = useDateFormat();
  return (
    <>
      <h3>{t('journeys.steps.checkIns.title')}</h3>
      <ul className="journey-list">
        {steps.arrival.checkIns.map((c) => (
          <li key={c.day}>
            <strong>{t('journeys.steps.checkIns.after', { days: c.day })}</strong>{' '}
            {c.dueOn && (
              <span className="meta">
                {t('journeys.steps.checkIns.due', { date: date(c.dueOn) })}
              </span>
            )}
            {c.answer ? (
              <p>
                <span className="badge">
                  {t('journeys.steps.checkIns.scored', { score: c.answer.score })}
                </span>{' '}
                {c.answer.answer}
              </p>
            ) : c.open && mayAnswer ? (
              <CheckInForm journeyId={journeyId} checkIn={c} onSaved={onSaved} />
            ) : (
              <p className="meta">
                {c.open ? t('journeys.steps.checkIns.awaiting') : t('journeys.steps.notYet')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Arrival and onboarding: the day of arrival, the checklist, and the check-ins. */
export function ArrivalStep(props: {
  journeyId: string;
  steps: JourneySteps;
  mayTick: boolean;
  mayAnswer: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const { arrivedOn } = props.steps.arrival;
  return (
    <section aria-labelledby="steps-arrival-title" className="journey-card">
      <h2 id="steps-arrival-title">{t('journeys.steps.arrival.title')}</h2>
      <p>
        {arrivedOn
          ? t('journeys.steps.arrival.arrivedOn', { date: date(arrivedOn) })
          : t('journeys.steps.arrival.notArrived')}
      </p>
      <Checklist {...props} />
      <CheckIns {...props} />
    </section>
  );
}
