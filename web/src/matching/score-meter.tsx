import { useTranslation } from 'react-i18next';
import type { MatchRating } from './matching-api';

/**
 * A score as people read it: its band and the calibrated number 0–100 as a bar (the meter role
 * gives both to screen readers), with the exact ranking score beside it in smaller type
 * (docs/matching.md#readable-scores).
 */
export function ScoreMeter({
  score,
  rating,
  label,
}: {
  score: number;
  rating: MatchRating;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const percent = Math.round(Math.max(0, Math.min(100, rating.value)));
  const band = t(`matching.band.${rating.band}`);
  const number = (x: number) =>
    x.toLocaleString(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className={`match-score match-band-${rating.band}`}>
      <div
        className="match-meter"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('matching.ratingValue', { band, percent })}
      >
        <span className="match-meter-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <span className="match-score-number" aria-hidden="true">
        {t('matching.ratingValue', { band, percent })}
      </span>
      <span className="match-score-exact">
        {t('matching.exactScore', {
          exact: number(score),
          attainable: number(rating.attainable),
        })}
      </span>
    </div>
  );
}
