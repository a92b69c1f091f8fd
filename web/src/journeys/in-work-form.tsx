import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { InputField, reasonFor, useSubmission } from '../partnerships/form-support';
import { SelectField } from '../people/form-fields';
import { todayIso } from './dates';
import { StepForm, useDraft } from './step-form';
import { IN_WORK_KINDS, stepPaths } from './steps-api';

const FIELDS = ['kind', 'title', 'on', 'skills', 'evidence', 'changes'] as const;

/** `a, b ,, c` → `['a', 'b', 'c']`: skills are typed as a list separated by commas. */
const listOf = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Records upskilling, a certification gained abroad (its skills and evidence) or a contract
 * change (what changed, from what to what).
 */
export function InWorkForm({
  journeyId,
  onSaved,
  onCancel,
}: {
  journeyId: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { draft, set } = useDraft(() => ({
    kind: 'upskilling',
    title: '',
    on: todayIso(),
    skills: '',
    evidence: '',
    changeField: '',
    changeFrom: '',
    changeTo: '',
  }));
  const { error, busy, run } = useSubmission();
  const label = (field: string) => t(`journeys.steps.forms.inWork.${field}`);
  const contract = draft.kind === 'contract_change';
  const submit = () =>
    run(async () => {
      await apiRequest<{ id: string }>(stepPaths.inWork(journeyId), {
        method: 'POST',
        body: {
          kind: draft.kind,
          title: draft.title.trim(),
          on: draft.on,
          skills: contract ? [] : listOf(draft.skills),
          evidence: draft.evidence.trim(),
          changes: contract
            ? [{ field: draft.changeField, from: draft.changeFrom, to: draft.changeTo }]
            : [],
        },
      });
      onSaved(t('journeys.steps.forms.inWork.saved', { title: draft.title.trim() }));
    });
  const text = (key: keyof typeof draft, reason: string | undefined, required = false) => (
    <InputField
      id={`in-work-${key}`}
      label={label(key)}
      value={draft[key]}
      onChange={set(key)}
      reason={reason}
      required={required}
    />
  );
  return (
    <StepForm
      label={label('new')}
      submitLabel={t('journeys.steps.forms.save')}
      fields={FIELDS}
      error={error}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        id="in-work-kind"
        label={label('kind')}
        value={draft.kind}
        onChange={set('kind')}
        options={IN_WORK_KINDS.map((k) => [k, t(`journeys.steps.inWork.kinds.${k}`)] as const)}
        reason={reasonFor(error, 'kind')}
      />
      {text('title', reasonFor(error, 'title'), true)}
      <InputField
        id="in-work-on"
        type="date"
        label={label('on')}
        value={draft.on}
        onChange={set('on')}
        reason={reasonFor(error, 'on')}
        required
      />
      {contract ? (
        <>
          {text('changeField', reasonFor(error, 'changes.0.field'), true)}
          {text('changeFrom', reasonFor(error, 'changes.0.from'))}
          {text('changeTo', reasonFor(error, 'changes.0.to'))}
        </>
      ) : (
        <InputField
          id="in-work-skills"
          label={label('skills')}
          hint={label('skillsHint')}
          value={draft.skills}
          onChange={set('skills')}
          reason={reasonFor(error, 'skills')}
        />
      )}
      {text('evidence', reasonFor(error, 'evidence'))}
    </StepForm>
  );
}
