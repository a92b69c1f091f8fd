import { useTranslation } from 'react-i18next';
import type { MatchExplanation } from './matching-api';

const factor = (value: number) => `×${value.toFixed(2)}`;

/** Every part of the explanation that took something off the score, in words, with its factor. */
export function ScoreFactors({ explanation: e }: { explanation: MatchExplanation }) {
  const { t } = useTranslation();
  const lowered: string[] = [];
  if (e.skillFit < 1)
    lowered.push(t('matching.lowered.skills', { percent: Math.round(e.skillFit * 100) }));
  if (e.language.factor < 1)
    lowered.push(`${t('matching.lowered.language')} ${factor(e.language.factor)}`);
  if (e.qualification.factor < 1)
    lowered.push(`${t('matching.lowered.qualification')} ${factor(e.qualification.factor)}`);
  if (e.preferences.factor < 1)
    lowered.push(
      `${e.preferences.misses.map((m) => t(`matching.lowered.${m}`)).join(', ')} ${factor(
        e.preferences.factor,
      )}`,
    );
  if (e.location.factor < 1 && e.location.miss)
    lowered.push(`${t(`matching.lowered.${e.location.miss}`)} ${factor(e.location.factor)}`);
  return (
    <section className="match-section">
      <h3>{t('matching.lowered.title')}</h3>
      {lowered.length === 0 ? (
        <p>{t('matching.lowered.nothing')}</p>
      ) : (
        <ul className="match-factors">
          {lowered.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
