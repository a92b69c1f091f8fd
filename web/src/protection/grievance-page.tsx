import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../api/use-api';
import { SelectField, TextField } from '../people/form-fields';
import { Loaded, ProblemMessage } from '../shell/status';
import { useSubmission } from '../onboarding/use-submission';
import { GrievanceView } from './grievance-view';
import {
  grievancePaths,
  HANDLER_STEPS,
  takeStep,
  type Grievance,
  type HandlerStep,
} from './grievances-api';
import './protection.css';

/** The handling body takes a step: acknowledge, request information, mediate, resolve, disclose… */
function StepForm({ id, onDone }: { id: string; onDone: (g: Grievance) => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<HandlerStep>('acknowledged');
  const [note, setNote] = useState('');
  const [disclose, setDisclose] = useState(false);
  const { submitting, error, submit, reason } = useSubmission();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => {
      onDone(await takeStep(id, { step, note: note || null, disclose }));
      setNote('');
    });
  };
  const steps = HANDLER_STEPS.filter((s) => s !== 'referred');
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="step-title">
      <h2 id="step-title">{t('protection.takeStep')}</h2>
      {error && <ProblemMessage error={error} />}
      <SelectField
        id="grievance-step"
        label={t('protection.step')}
        value={step}
        onChange={(s) => setStep(s as HandlerStep)}
        options={steps.map((s) => [s, t(`protection.events.${s}`)] as const)}
        reason={reason('step')}
      />
      <TextField
        id="grievance-note"
        label={t('protection.note')}
        value={note}
        multiline
        onChange={setNote}
        reason={reason('note')}
      />
      <div className="field checkbox">
        <input
          id="grievance-disclose"
          type="checkbox"
          checked={disclose}
          onChange={(e) => setDisclose(e.target.checked)}
        />
        <label htmlFor="grievance-disclose">{t('protection.disclose')}</label>
      </div>
      <button type="submit" disabled={submitting}>
        {t('protection.save')}
      </button>
    </form>
  );
}

/** One case, for whoever may see it; its handler acts on it here. */
export function GrievancePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const state = useApi<Grievance>(grievancePaths.one(id));
  const [updated, setUpdated] = useState<Grievance | null>(null);
  return (
    <section className="protection">
      <p>
        <Link to="/protection">{t('areas.protection.label')}</Link>
      </p>
      <h1>{t('protection.caseTitle')}</h1>
      <Loaded state={state}>
        {(loaded) => {
          const g = updated ?? loaded;
          return (
            <>
              <GrievanceView grievance={g} />
              {g.can.handle && <StepForm id={g.id} onDone={setUpdated} />}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
