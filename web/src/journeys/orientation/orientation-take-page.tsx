import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Loading, ProblemMessage } from '../../shell/status';
import {
  orientationPaths,
  type JourneyOrientation,
  type OrientationLanguage,
  type OrientationProgress,
} from './orientation-api';
import { OrientationCheck } from './orientation-check';
import './orientation.css';

/** The person's pre-departure orientation: their corridor's modules, each with its check. */
export function OrientationTakePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [language, setLanguage] = useState<OrientationLanguage | undefined>(
    ['en', 'fr', 'ar'].includes(i18n.language) ? (i18n.language as OrientationLanguage) : undefined,
  );
  const state = useApi<JourneyOrientation>(orientationPaths.journey(id, language));
  const [progress, setProgress] = useState<OrientationProgress | null>(null);

  if (state.status === 'loading' || state.status === 'idle') return <Loading />;
  if (state.status === 'error') return <ProblemMessage error={state.error} />;
  const o = state.data;
  const shown = progress ?? o.progress;
  const passedAt = (topic: string) => shown.topics.find((p) => p.topic === topic)?.passedAt ?? null;
  return (
    <section className="orientation-page" aria-labelledby="orientation-title">
      <h1 id="orientation-title">{t('orientation.title')}</h1>
      <p>{t('orientation.corridor', { origin: o.origin, destination: o.destination })}</p>
      {o.languages.length > 1 && (
        <div className="field">
          <label htmlFor="orientation-language">{t('orientation.language')}</label>
          <select
            id="orientation-language"
            lang={o.language ?? undefined}
            value={o.language ?? ''}
            onChange={(e) => setLanguage(e.target.value as OrientationLanguage)}
          >
            {o.languages.map((l) => (
              <option key={l} value={l}>
                {t(`orientation.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <h2>{t('orientation.progress')}</h2>
      <p role="status">
        {shown.completedAt
          ? t('orientation.completed', { date: shown.completedAt.slice(0, 10) })
          : t('orientation.toDo', {
              passed: shown.topics.filter((p) => p.passedAt).length,
              total: shown.topics.length,
            })}
      </p>
      <ul className="orientation-progress">
        {shown.topics.map((p) => (
          <li key={p.topic}>
            {t(`orientation.topics.${p.topic}`)}:{' '}
            {p.passedAt ? t('orientation.passed') : t('orientation.notYet')}
          </li>
        ))}
      </ul>
      {o.modules.length === 0 && <p>{t('orientation.noModules')}</p>}
      <div dir={o.language === 'ar' ? 'rtl' : undefined} lang={o.language ?? undefined}>
        {o.modules.map((m) => (
          <OrientationCheck
            key={`${m.id}-${m.version}`}
            journeyId={id}
            module={m}
            passedAt={passedAt(m.topic)}
            answered={(result) => setProgress(result.progress)}
          />
        ))}
      </div>
    </section>
  );
}
