import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Shown for any address the UI does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </section>
  );
}
