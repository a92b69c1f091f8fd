import { useTranslation } from 'react-i18next';
import type { Trigger } from './journeys-api';

/** A trigger in words: "check-ins after 30 and 90 days", "the orientation credential"… */
function useTriggerText() {
  const { t } = useTranslation();
  return (trigger: Trigger) => {
    const numbers = (key: string) => {
      const value = trigger[key];
      return Array.isArray(value) ? value.join(', ') : '';
    };
    return t(`journeys.triggers.${trigger.kind}`, {
      defaultValue: trigger.kind,
      credential: t(`journeys.credentials.${String(trigger.credential ?? '')}`, {
        defaultValue: String(trigger.credential ?? ''),
      }),
      days: numbers('days'),
      daysBefore: numbers('daysBefore'),
      months: numbers('months'),
    });
  };
}

/** After a step: a polite "recorded" and what the step set going, as the server said. */
export function StepRecorded({ triggers }: { triggers: Trigger[] }) {
  const { t } = useTranslation();
  const text = useTriggerText();
  return (
    <div role="status" className="journey-recorded">
      <p>{t('journeys.recorded')}</p>
      {triggers.length > 0 && (
        <>
          <p>{t('journeys.setGoing')}</p>
          <ul>
            {triggers.map((trigger, i) => (
              <li key={`${trigger.kind}:${i}`}>{text(trigger)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
