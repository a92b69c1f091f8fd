import { useTranslation } from 'react-i18next';
import { CountrySelect } from './country-select';
import { SelectField, TextField, textOrUndefined } from './form-fields';
import type { Programme } from './people-api';

const LOCATIONS = ['origin', 'destination', 'third_country', 'online'] as const;

/** Numbers as typed (a half-typed `12.` must survive); converted when sending. */
export interface NumberTexts {
  seats: string;
  cost: string;
  currency: string;
}

/** What every part of the programme form reads and changes: the draft and the refusal reasons. */
export interface ProgrammeDraftProps {
  draft: Programme;
  change: (next: Partial<Programme>) => void;
  reason: (field: string, exact?: boolean) => string | undefined;
}

/** Seats and the programme's cost, as typed, with the currency all its costs share. */
function SeatsAndCost({
  numbers,
  setNumbers,
  reason,
}: Pick<ProgrammeDraftProps, 'reason'> & {
  numbers: NumberTexts;
  setNumbers: (numbers: NumberTexts) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="people-pair">
      <TextField
        id="programme-seats"
        numeric
        label={t('people.programme.seats')}
        value={numbers.seats}
        onChange={(seats) => setNumbers({ ...numbers, seats })}
        reason={reason('seats')}
      />
      <TextField
        id="programme-cost"
        numeric
        label={t('people.programme.cost')}
        value={numbers.cost}
        onChange={(cost) => setNumbers({ ...numbers, cost })}
        reason={reason('cost.amount')}
      />
      <TextField
        id="programme-currency"
        label={t('people.vacancy.currency')}
        value={numbers.currency}
        onChange={(v) => setNumbers({ ...numbers, currency: v.trim().toUpperCase() })}
        reason={reason('cost.currency')}
      />
    </div>
  );
}

/** Title, where the programme is given, seats, cost and description. */
export function ProgrammeBasics(
  props: ProgrammeDraftProps & {
    numbers: NumberTexts;
    setNumbers: (numbers: NumberTexts) => void;
  },
) {
  const { t } = useTranslation();
  const { draft, change, reason } = props;
  return (
    <div className="people-card">
      <TextField
        id="programme-title"
        label={t('people.programme.title')}
        value={draft.title}
        onChange={(title) => change({ title })}
        reason={reason('title')}
      />
      <SelectField
        id="programme-location"
        label={t('people.programme.location')}
        value={draft.location}
        onChange={(v) => change({ location: v as Programme['location'] })}
        options={LOCATIONS.map((l) => [l, t(`people.locations.${l}`)] as const)}
        reason={reason('location')}
      />
      <CountrySelect
        id="programme-country"
        label={t('people.programme.country')}
        value={draft.country ?? ''}
        onChange={(v) => change({ country: textOrUndefined(v) })}
        reason={reason('country')}
        optional
      />
      <TextField
        id="programme-city"
        label={t('people.programme.city')}
        value={draft.city ?? ''}
        onChange={(v) => change({ city: textOrUndefined(v) })}
        reason={reason('city')}
      />
      <SeatsAndCost {...props} />
      <TextField
        id="programme-description"
        multiline
        label={t('people.programme.description')}
        value={draft.description ?? ''}
        onChange={(v) => change({ description: textOrUndefined(v) })}
        reason={reason('description')}
      />
    </div>
  );
}

/** The programme's start dates: each can be changed or removed, and one added. */
export function StartDatesFieldset({ draft, change, reason }: ProgrammeDraftProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="people-card">
      <legend>{t('people.programme.startDates')}</legend>
      {draft.startDates.map((d, i) => (
        <div key={i} className="people-actions">
          <TextField
            id={`programme-start-${i}`}
            type="date"
            label={t('people.programme.startDate', { n: i + 1 })}
            value={d}
            onChange={(v) =>
              change({ startDates: draft.startDates.map((x, j) => (j === i ? v : x)) })
            }
            reason={reason(`startDates.${i}`)}
          />
          <button
            type="button"
            className="button"
            onClick={() => change({ startDates: draft.startDates.filter((_, j) => j !== i) })}
          >
            {t('people.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => change({ startDates: [...draft.startDates, ''] })}
      >
        {t('people.programme.addStartDate')}
      </button>
    </fieldset>
  );
}
