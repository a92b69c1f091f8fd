import { useTranslation } from 'react-i18next';
import type { Area } from './areas';

/** The page of an area that is not built yet: its name and what it will do. */
export function AreaPlaceholder({ area }: { area: Area }) {
  const { t } = useTranslation();
  const label = t(`areas.${area.key}.label`);
  return (
    <section aria-labelledby="area-title">
      <title>{`${label} · ${t('app.name')}`}</title>
      <h1 id="area-title">{label}</h1>
      <p className="badge badge-muted">{t('shell.notBuilt')}</p>
      <p>
        {t('shell.notBuiltText')} {t(`areas.${area.key}.summary`)}
      </p>
    </section>
  );
}
