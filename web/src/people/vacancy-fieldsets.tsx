import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { CountrySelect } from './country-select';
import { FieldError } from './field-error';
import { SelectField, TextField, textOrUndefined } from './form-fields';
import { LanguageRequirements } from './language-requirements';
import { OccupationPicker } from './occupation-picker';
import { CONTRACT_TYPES, TRACKS, WAGE_PERIODS, type Track, type Vacancy } from './people-api';
import { SkillChoices } from './skill-choices';

/** Numbers as typed (a half-typed `17.` must survive); converted when sending. */
export interface NumberTexts {
  positions: string;
  contractMonths: string;
  wageAmount: string;
}

/** What every part of the vacancy form reads and changes: the draft and the refusal reasons. */
export interface VacancyDraftProps {
  draft: Vacancy;
  change: (next: Partial<Vacancy>) => void;
  reason: (field: string) => string | undefined;
}

/** The typed numbers of the form and how to change one. */
export interface NumberProps {
  numbers: NumberTexts;
  setNumbers: (numbers: NumberTexts) => void;
}

export type SkillSuggestions = { essential: string[]; optional: string[] };

const unique = (...lists: string[][]) => [...new Set(lists.flat())];

function VacancyText({
  field,
  required = false,
  draft,
  change,
  reason,
}: VacancyDraftProps & { field: 'title' | 'city' | 'legalPathway'; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      id={`vacancy-${field}`}
      label={t(`people.vacancy.${field}`)}
      value={draft[field] ?? ''}
      onChange={(v) => change({ [field]: required ? v : textOrUndefined(v) })}
      reason={reason(field)}
    />
  );
}

function VacancyDate({
  field,
  draft,
  change,
  reason,
}: VacancyDraftProps & { field: 'postedOn' | 'startDate' | 'closesOn' }) {
  const { t } = useTranslation();
  return (
    <TextField
      id={`vacancy-${field}`}
      type="date"
      label={t(`people.vacancy.${field}`)}
      value={draft[field] ?? ''}
      onChange={(v) => change({ [field]: textOrUndefined(v) })}
      reason={reason(field)}
    />
  );
}

/** A number as typed; `at` is the field its refusal reasons are reported on. */
function VacancyNumber({
  field,
  label,
  at,
  numbers,
  setNumbers,
  reason,
}: NumberProps & {
  field: keyof NumberTexts;
  label: string;
  at: string;
  reason: VacancyDraftProps['reason'];
}) {
  return (
    <TextField
      id={`vacancy-${field}`}
      numeric
      label={label}
      value={numbers[field]}
      onChange={(v) => setNumbers({ ...numbers, [field]: v })}
      reason={reason(at)}
    />
  );
}

/** Title, occupation, and the essential and optional skills suggested from the occupation. */
export function OccupationSkills(
  props: VacancyDraftProps & { suggested: SkillSuggestions; labelsReady: boolean },
) {
  const { t } = useTranslation();
  const { draft, change, reason, suggested, labelsReady } = props;
  const toggle = (field: 'essentialSkills' | 'optionalSkills') => (uri: string) =>
    change({
      [field]: draft[field].includes(uri)
        ? draft[field].filter((u) => u !== uri)
        : [...draft[field], uri],
    });
  return (
    <div className="people-card">
      <VacancyText field="title" required {...props} />
      <OccupationPicker
        id="vacancy-occupation"
        label={t('people.vacancy.occupation')}
        uri={draft.occupationUri || undefined}
        onChange={(o) => {
          change({
            occupationUri: o?.uri ?? '',
            essentialSkills: [],
            optionalSkills: [],
            ...(o && !draft.title ? { title: o.label } : {}),
          });
        }}
        error={reason('occupationUri')}
      />
      {suggested.essential.length > 0 && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => change({ essentialSkills: unique(suggested.essential) })}
          >
            {t('people.vacancy.takeEssentials')}
          </button>
        </p>
      )}
      <SkillChoices
        title={t('people.vacancy.essentialSkills')}
        uris={labelsReady ? unique(suggested.essential, draft.essentialSkills) : []}
        chosen={new Set(draft.essentialSkills)}
        onToggle={toggle('essentialSkills')}
      />
      <FieldError reason={reason('essentialSkills')} />
      <SkillChoices
        title={t('people.vacancy.optionalSkills')}
        uris={labelsReady ? unique(suggested.optional, draft.optionalSkills) : []}
        chosen={new Set(draft.optionalSkills)}
        onToggle={toggle('optionalSkills')}
      />
      <FieldError reason={reason('optionalSkills')} />
    </div>
  );
}

/** Where the work is: country, city, positions, track and legal pathway. */
export function PlaceFieldset(props: VacancyDraftProps & NumberProps) {
  const { t } = useTranslation();
  const { draft, change, reason } = props;
  return (
    <fieldset className="people-card">
      <legend>{t('people.vacancy.place')}</legend>
      <CountrySelect
        id="vacancy-country"
        label={t('people.vacancy.country')}
        value={draft.country}
        onChange={(country) => change({ country })}
        reason={reason('country')}
      />
      <VacancyText field="city" {...props} />
      <VacancyNumber
        field="positions"
        label={t('people.vacancy.positions')}
        at="positions"
        {...props}
      />
      <SelectField
        id="vacancy-track"
        label={t('people.vacancy.track')}
        value={draft.track}
        onChange={(v) => change({ track: v as Track })}
        options={TRACKS.map((tr) => [tr, t(`people.tracks.${tr}`)] as const)}
        reason={reason('track')}
      />
      <VacancyText field="legalPathway" {...props} />
    </fieldset>
  );
}

export type Wage = NonNullable<Vacancy['wage']>;

/** The wage: amount as typed, currency and period. */
function WageFieldset(
  props: NumberProps & {
    wage: Wage;
    setWage: (wage: Wage) => void;
    reason: VacancyDraftProps['reason'];
  },
) {
  const { t } = useTranslation();
  const { wage, setWage, reason } = props;
  return (
    <fieldset className="people-choices">
      <legend>{t('people.vacancy.wage')}</legend>
      <div className="people-pair">
        <VacancyNumber
          field="wageAmount"
          label={t('people.vacancy.wageAmount')}
          at="wage.amount"
          {...props}
        />
        <TextField
          id="vacancy-wage-currency"
          label={t('people.vacancy.currency')}
          value={wage.currency}
          onChange={(v) => setWage({ ...wage, currency: v.trim().toUpperCase() })}
          reason={reason('wage.currency')}
        />
        <SelectField
          id="vacancy-wage-per"
          label={t('people.vacancy.per')}
          value={wage.per}
          onChange={(v) => setWage({ ...wage, per: v as (typeof WAGE_PERIODS)[number] })}
          options={WAGE_PERIODS.map((p) => [p, t(`people.periods.${p}`)] as const)}
          reason={reason('wage.per')}
        />
      </div>
    </fieldset>
  );
}

/** The terms: contract type and length, wage, and the vacancy's dates. */
export function TermsFieldset(
  props: VacancyDraftProps & NumberProps & { wage: Wage; setWage: (wage: Wage) => void },
) {
  const { t } = useTranslation();
  const { draft, change, reason } = props;
  return (
    <fieldset className="people-card">
      <legend>{t('people.vacancy.terms')}</legend>
      <SelectField
        id="vacancy-contract"
        label={t('people.vacancy.contractType')}
        value={draft.contractType}
        onChange={(v) => change({ contractType: v as Vacancy['contractType'] })}
        options={CONTRACT_TYPES.map((c) => [c, t(`people.contracts.${c}`)] as const)}
        reason={reason('contractType')}
      />
      <VacancyNumber
        field="contractMonths"
        label={t('people.vacancy.contractMonths')}
        at="contractMonths"
        {...props}
      />
      <WageFieldset {...props} />
      <div className="people-pair">
        <VacancyDate field="postedOn" {...props} />
        <VacancyDate field="startDate" {...props} />
        <VacancyDate field="closesOn" {...props} />
      </div>
    </fieldset>
  );
}

/** The languages asked for, with their CEFR levels, and the description. */
export function LanguagesAndDescription(props: VacancyDraftProps & { error: ApiError | null }) {
  const { t } = useTranslation();
  const { draft, change, reason, error } = props;
  return (
    <div className="people-card">
      <LanguageRequirements
        languages={draft.languages}
        onChange={(languages) => change({ languages })}
        error={error}
      />
      <TextField
        id="vacancy-description"
        multiline
        label={t('people.vacancy.description')}
        value={draft.description ?? ''}
        onChange={(v) => change({ description: textOrUndefined(v) })}
        reason={reason('description')}
      />
    </div>
  );
}
