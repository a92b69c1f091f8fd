import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { reasonsFor } from './field-error';
import { numberOrUndefined, TextField, textOrUndefined } from './form-fields';
import type { Availability } from './people-api';

/** When the candidate could start: a date and the notice they must give. */
export function ProfileAvailability({
  availability,
  onChange,
  error,
}: {
  availability: Availability;
  onChange: (availability: Availability) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="people-availability" className="people-card">
      <h2 id="people-availability">{t('people.availability.title')}</h2>
      <div className="people-pair">
        <TextField
          id="availability-from"
          type="date"
          label={t('people.availability.availableFrom')}
          value={availability.availableFrom ?? ''}
          onChange={(v) => onChange({ ...availability, availableFrom: textOrUndefined(v) })}
          reason={reasonsFor(error, 'availability.availableFrom')}
        />
        <TextField
          id="availability-notice"
          numeric
          label={t('people.availability.noticeWeeks')}
          value={availability.noticeWeeks === undefined ? '' : String(availability.noticeWeeks)}
          onChange={(v) => onChange({ ...availability, noticeWeeks: numberOrUndefined(v) })}
          reason={reasonsFor(error, 'availability.noticeWeeks')}
        />
      </div>
    </section>
  );
}
