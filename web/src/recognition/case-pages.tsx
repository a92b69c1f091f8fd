import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { Loaded } from '../shell/status';
import { CaseCard, type CaseViewer } from './case-card';
import type { Qualification, RecognitionCase } from './recognition-api';
import { recognitionPaths, recognitionRoutes } from './recognition-api';
import { RecognitionNav } from './recognition-nav';

const openStatuses = new Set(['submitted', 'in_review', 'appealed']);

function CaseList({ viewer }: { viewer: CaseViewer }) {
  const { t } = useTranslation();
  const me = useMe();
  const cases = useApi<{ cases: RecognitionCase[] }>(recognitionPaths.cases());
  const qualifications = useApi<{ qualifications: Qualification[] }>(
    recognitionPaths.qualifications(),
  );
  const titles = new Map(
    qualifications.status === 'ok'
      ? qualifications.data.qualifications.map((q) => [q.id, q.title])
      : [],
  );
  const title = (id: string) => titles.get(id) ?? id;
  const officerCountries = new Set(
    me.memberships.filter((m) => m.role === 'recognition_officer').map((m) => m.country),
  );
  return (
    <Loaded state={cases}>
      {({ cases: all }) => {
        const mine = viewer === 'applicant';
        const shown = all.filter((c) => (c.applicantUserId === me.id) === mine);
        if (shown.length === 0)
          return (
            <p className="empty">
              {mine ? t('recognition.noCases') : t('recognition.emptyQueue')}{' '}
              {mine && (
                <Link to={recognitionRoutes.evaluate()}>{t('recognition.evaluateLink')}</Link>
              )}
            </p>
          );
        // Open cases first, the oldest deadline first: that is the order work gets done in.
        const ordered = [...shown].sort(
          (a, b) =>
            Number(openStatuses.has(b.status)) - Number(openStatuses.has(a.status)) ||
            (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'),
        );
        return ordered.map((c) => (
          <CaseCard
            key={c.id}
            recognitionCase={c}
            viewer={mine || officerCountries.has(c.targetCountry) ? viewer : 'observer'}
            title={title}
          />
        ));
      }}
    </Loaded>
  );
}

/** /recognition/cases — the applicant's own cases, deadlines, decisions and appeals. */
export function MyCasesPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-cases-title" className="recognition-area">
      <title>{`${t('recognition.myCasesTitle')} · ${t('app.name')}`}</title>
      <h1 id="my-cases-title">{t('recognition.myCasesTitle')}</h1>
      <RecognitionNav />
      <p>{t('recognition.myCasesIntro')}</p>
      <CaseList viewer="applicant" />
    </section>
  );
}

/** /recognition/queue — the cases a recognition officer reviews and decides. */
export function CaseQueuePage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="queue-title" className="recognition-area">
      <title>{`${t('recognition.queueTitle')} · ${t('app.name')}`}</title>
      <h1 id="queue-title">{t('recognition.queueTitle')}</h1>
      <RecognitionNav />
      <p>{t('recognition.queueIntro')}</p>
      <CaseList viewer="officer" />
    </section>
  );
}
