import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { InputField, reasonFor, useSubmission } from '../partnerships/form-support';
import { SelectField, TextField } from '../people/form-fields';
import { todayIso } from './dates';
import { StepForm, orNull, useDraft } from './step-form';
import {
  FOLLOW_UP_STATUSES,
  REINTEGRATION_PATHWAYS,
  stepPaths,
  type JourneySteps,
  type ReintegrationPlan,
} from './steps-api';

interface FormProps {
  journeyId: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** The planned and the actual return (either may stay empty). */
export function ReturnForm({ back, ...props }: FormProps & { back: JourneySteps['return'] }) {
  const { t } = useTranslation();
  const { draft, set } = useDraft(() => ({
    plannedOn: back.plannedOn ?? '',
    returnedOn: back.returnedOn ?? '',
  }));
  const { error, busy, run } = useSubmission();
  const submit = () =>
    run(async () => {
      await apiRequest<null>(stepPaths.return(props.journeyId), {
        method: 'PUT',
        body: { plannedOn: orNull(draft.plannedOn), returnedOn: orNull(draft.returnedOn) },
      });
      props.onSaved(t('journeys.steps.forms.return.saved'));
    });
  return (
    <StepForm
      label={t('journeys.steps.forms.return.label')}
      submitLabel={t('journeys.steps.forms.save')}
      fields={['plannedOn', 'returnedOn']}
      error={error}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      {(['plannedOn', 'returnedOn'] as const).map((d) => (
        <InputField
          key={d}
          id={`return-${d}`}
          type="date"
          label={t(`journeys.steps.return.${d}`)}
          value={draft[d]}
          onChange={set(d)}
          reason={reasonFor(error, d)}
        />
      ))}
    </StepForm>
  );
}

/** The reintegration plan: a job, a business or further study, its goal and its start. */
export function PlanForm({ plan, ...props }: FormProps & { plan: ReintegrationPlan | null }) {
  const { t } = useTranslation();
  const { draft, set } = useDraft(() => ({
    pathway: plan?.pathway ?? 'job',
    goal: plan?.goal ?? '',
    startsOn: plan?.startsOn ?? todayIso(),
  }));
  const { error, busy, run } = useSubmission();
  const submit = () =>
    run(async () => {
      await apiRequest<null>(stepPaths.plan(props.journeyId), {
        method: 'PUT',
        body: { pathway: draft.pathway, goal: draft.goal.trim(), startsOn: draft.startsOn },
      });
      props.onSaved(t('journeys.steps.forms.plan.saved'));
    });
  return (
    <StepForm
      label={t('journeys.steps.forms.plan.label')}
      submitLabel={t('journeys.steps.forms.save')}
      fields={['pathway', 'goal', 'startsOn']}
      error={error}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <SelectField
        id="plan-pathway"
        label={t('journeys.steps.forms.plan.pathway')}
        value={draft.pathway}
        onChange={set('pathway')}
        options={REINTEGRATION_PATHWAYS.map(
          (p) => [p, t(`journeys.steps.return.pathways.${p}`)] as const,
        )}
        reason={reasonFor(error, 'pathway')}
      />
      <TextField
        id="plan-goal"
        label={t('journeys.steps.forms.plan.goal')}
        value={draft.goal}
        onChange={set('goal')}
        multiline
        reason={reasonFor(error, 'goal')}
      />
      <InputField
        id="plan-startsOn"
        type="date"
        label={t('journeys.steps.forms.plan.startsOn')}
        value={draft.startsOn}
        onChange={set('startsOn')}
        reason={reasonFor(error, 'startsOn')}
        required
      />
    </StepForm>
  );
}

/** A coordinator's follow-up of the plan at 3, 6 or 12 months: on track or not, and a note. */
export function FollowUpForm({ plan, ...props }: FormProps & { plan: ReintegrationPlan }) {
  const { t } = useTranslation();
  const months = plan.followUps.map((f) => String(f.month));
  const open = plan.followUps.find((f) => !f.followUp);
  const { draft, set } = useDraft(() => ({
    month: String(open?.month ?? months[0] ?? '3'),
    status: 'on_track',
    note: '',
  }));
  const { error, busy, run } = useSubmission();
  const submit = () =>
    run(async () => {
      await apiRequest<null>(stepPaths.followUp(props.journeyId, Number(draft.month)), {
        method: 'PUT',
        body: { status: draft.status, note: draft.note.trim() },
      });
      props.onSaved(t('journeys.steps.forms.followUp.saved', { months: draft.month }));
    });
  return (
    <StepForm
      label={t('journeys.steps.forms.followUp.label')}
      submitLabel={t('journeys.steps.forms.save')}
      fields={['month', 'status', 'note']}
      error={error}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <SelectField
        id="follow-up-month"
        label={t('journeys.steps.forms.followUp.month')}
        value={draft.month}
        onChange={set('month')}
        options={months.map(
          (m) => [m, t('journeys.steps.return.followUp', { months: m })] as const,
        )}
        reason={reasonFor(error, 'month')}
      />
      <SelectField
        id="follow-up-status"
        label={t('journeys.steps.forms.followUp.status')}
        value={draft.status}
        onChange={set('status')}
        options={FOLLOW_UP_STATUSES.map(
          (s) => [s, t(`journeys.steps.return.statuses.${s}`)] as const,
        )}
        reason={reasonFor(error, 'status')}
      />
      <TextField
        id="follow-up-note"
        label={t('journeys.steps.forms.followUp.note')}
        value={draft.note}
        onChange={set('note')}
        multiline
        reason={reasonFor(error, 'note')}
      />
    </StepForm>
  );
}
