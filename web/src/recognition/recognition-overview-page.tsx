import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import type { Agreement, Qualification, Registry } from './recognition-api';
import { recognitionPaths, recognitionRoutes } from './recognition-api';
import { RecognitionNav } from './recognition-nav';
import { AgreementsSection, FrameworksSection, QualificationsSection } from './register-sections';

/** /recognition — frameworks and their referencing, qualifications and the agreements register. */
export function RecognitionOverviewPage() {
  const { t } = useTranslation();
  const registry = useApi<Registry>(recognitionPaths.frameworks());
  const qualifications = useApi<{ qualifications: Qualification[] }>(
    recognitionPaths.qualifications(),
  );
  const agreements = useApi<{ agreements: Agreement[] }>(recognitionPaths.agreements());
  return (
    <section aria-labelledby="recognition-title" className="recognition-area">
      <title>{`${t('recognition.title')} · ${t('app.name')}`}</title>
      <h1 id="recognition-title">{t('recognition.title')}</h1>
      <RecognitionNav />
      <p>
        {t('recognition.intro')}{' '}
        <Link to={recognitionRoutes.evaluate()}>{t('recognition.evaluateLink')}</Link>
      </p>
      <Loaded state={registry}>
        {(r) => (
          <>
            <Loaded state={qualifications}>
              {(q) => <QualificationsSection qualifications={q.qualifications} registry={r} />}
            </Loaded>
            <Loaded state={agreements}>
              {(a) => <AgreementsSection agreements={a.agreements} />}
            </Loaded>
            <FrameworksSection registry={r} />
          </>
        )}
      </Loaded>
    </section>
  );
}
