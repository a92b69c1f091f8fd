import { useTranslation } from 'react-i18next';
import type { PredictedRecognition } from './matching-api';

/** One compensation measure in words: the modules of a bridging course, a test, a period. */
function Measure({ measure: m }: { measure: PredictedRecognition['compensation'][number] }) {
  const { t } = useTranslation();
  const skills = m.skills.map((s) => s.label).join(', ');
  switch (m.kind) {
    case 'bridging_training':
      return (
        <li>
          {t('matching.predicted.bridging', {
            modules: m.modules.map((x) => x.title).join(', '),
            cost: m.cost ?? 0,
          })}
        </li>
      );
    case 'aptitude_test':
      return <li>{t('matching.predicted.aptitudeTest', { skills })}</li>;
    case 'adaptation_period':
      return <li>{t('matching.predicted.adaptationPeriod', { months: m.months ?? 0, skills })}</li>;
  }
}

/**
 * The recognition engine's predicted outcome for this destination and occupation, shown only
 * while no case is decided, and always labelled as a prediction (docs/matching.md).
 */
export function PredictedRecognitionView({ prediction }: { prediction: PredictedRecognition }) {
  const { t } = useTranslation();
  const id = `predicted-${prediction.qualificationId}`;
  return (
    <section className="match-predicted" aria-labelledby={id}>
      <h4 id={id}>
        {t('matching.predicted.title')}: {t(`recognition.outcomes.${prediction.outcome}`)}{' '}
        <span className="badge">{t('matching.predicted.badge')}</span>
      </h4>
      <p className="hint">{t('matching.predicted.note')}</p>
      {prediction.compensation.length > 0 && (
        <>
          <p>{t('matching.predicted.compensation')}</p>
          <ul aria-label={t('matching.predicted.compensation')}>
            {prediction.compensation.map((m, i) => (
              <Measure key={`${m.kind}-${i}`} measure={m} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
