import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { InputField, reasonFor, useSubmission } from '../partnerships/form-support';
import { SelectField } from '../people/form-fields';
import { todayIso } from './dates';
import { StepForm, orNull, useDraft } from './step-form';
import { PERMIT_KINDS, PERMIT_OUTCOMES, stepPaths, type Permit } from './steps-api';

const DATES = ['appliedOn', 'dueOn', 'decidedOn', 'validFrom', 'validUntil'] as const;
const FIELDS = ['kind', 'authority', 'outcome', ...DATES] as const;
type PermitDraft = Record<(typeof FIELDS)[number], string>;

const blank = (): PermitDraft => ({
  kind: 'visa',
  authority: '',
  outcome: 'pending',
  appliedOn: todayIso(),
  dueOn: '',
  decidedOn: '',
  validFrom: '',
  validUntil: '',
});

const fromPermit = (p: Permit): PermitDraft => ({
  kind: p.kind,
  authority: p.authority,
  outcome: p.outcome,
  appliedOn: p.appliedOn,
  dueOn: p.dueOn ?? '',
  decidedOn: p.decidedOn ?? '',
  validFrom: p.validFrom ?? '',
  validUntil: p.validUntil ?? '',
});

/**
 * Records a visa or permit application, or (given one) its outcome and validity. The server
 * checks the dates' order and what each outcome needs; its reason shows on the field it names.
 */
export function PermitForm({
  journeyId,
  permit,
  onSaved,
  onCancel,
}: {
  journeyId: string;
  permit: Permit | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { draft, set } = useDraft(() => (permit ? fromPermit(permit) : blank()));
  const { error, busy, run } = useSubmission();
  const base = permit ? `permit-${permit.id}` : 'permit-new';
  const label = (field: string) => t(`journeys.steps.forms.permit.${field}`);
  const kind = (k: string) => t(`journeys.steps.permits.kinds.${k}`);
  const submit = () =>
    run(async () => {
      await apiRequest<Permit>(
        permit ? stepPaths.permit(journeyId, permit.id) : stepPaths.permits(journeyId),
        {
          method: permit ? 'PUT' : 'POST',
          body: {
            kind: draft.kind,
            authority: draft.authority.trim(),
            outcome: draft.outcome,
            appliedOn: draft.appliedOn,
            ...Object.fromEntries(DATES.slice(1).map((d) => [d, orNull(draft[d])])),
          },
        },
      );
      onSaved(t('journeys.steps.forms.permit.saved', { kind: kind(draft.kind) }));
    });
  return (
    <StepForm
      label={
        permit ? t('journeys.steps.forms.permit.update', { kind: kind(permit.kind) }) : label('new')
      }
      submitLabel={t('journeys.steps.forms.save')}
      fields={FIELDS}
      error={error}
      busy={busy}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        id={`${base}-kind`}
        label={label('kind')}
        value={draft.kind}
        onChange={set('kind')}
        options={PERMIT_KINDS.map((k) => [k, kind(k)] as const)}
        reason={reasonFor(error, 'kind')}
      />
      <InputField
        id={`${base}-authority`}
        label={label('authority')}
        value={draft.authority}
        onChange={set('authority')}
        reason={reasonFor(error, 'authority')}
        required
        inputProps={{ maxLength: 200 }}
      />
      <SelectField
        id={`${base}-outcome`}
        label={label('outcome')}
        value={draft.outcome}
        onChange={set('outcome')}
        options={PERMIT_OUTCOMES.map(
          (o) => [o, t(`journeys.steps.permits.outcomes.${o}`)] as const,
        )}
        reason={reasonFor(error, 'outcome')}
      />
      {DATES.map((d) => (
        <InputField
          key={d}
          id={`${base}-${d}`}
          type="date"
          label={label(d)}
          value={draft[d]}
          onChange={set(d)}
          reason={reasonFor(error, d)}
          required={d === 'appliedOn'}
        />
      ))}
    </StepForm>
  );
}
