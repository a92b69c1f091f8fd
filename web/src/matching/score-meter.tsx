import { useTranslation } from 'react-i18next';

/** A score 0–100 as a bar with its number; screen readers get the value from the meter role. */
export function ScoreMeter({ score, label }: { score: number; label: string }) {
  const { t } = useTranslation();
  const percent = Math.round(Math.max(0, Math.min(100, score)));
  return (
    <div className="match-score">
      <div
        className="match-meter"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('matching.scoreValue', { percent })}
      >
        <span className="match-meter-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <span className="match-score-number" aria-hidden="true">
        {t('matching.scoreValue', { percent })}
      </span>
    </div>
  );
}
