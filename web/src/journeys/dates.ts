import { useTranslation } from 'react-i18next';

/** Formats an ISO date (or date-time) in the UI language, leaving anything unreadable as it is. */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

/** Today as YYYY-MM-DD in UTC, the default date of a new event. */
export const todayIso = () => new Date().toISOString().slice(0, 10);
