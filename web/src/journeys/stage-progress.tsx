import { useTranslation } from 'react-i18next';
import type { JourneySummary } from './journeys-api';
import { stagesOfTrack, stageStatus } from './stage-path';

/** The stages of the journey's track as an ordered list, the current one marked as the step. */
export function StageProgress({
  journey,
  fromArrival = false,
}: {
  journey: JourneySummary;
  /** An employer's view: the stages before arrival are not theirs to see. */
  fromArrival?: boolean;
}) {
  const { t } = useTranslation();
  const path = stagesOfTrack(journey.track);
  const shown = fromArrival ? path.slice(path.indexOf('arrived')) : path;
  return (
    <ol className="journey-stages" aria-label={t('journeys.stagesLabel')}>
      {shown.map((stage) => {
        const status = stageStatus(journey.track, journey.stage, stage);
        return (
          <li
            key={stage}
            className={`journey-stage journey-stage-${status}`}
            aria-current={status === 'current' ? 'step' : undefined}
          >
            <span className="visually-hidden">{t(`journeys.stageStatus.${status}`)}: </span>
            {t(`journeys.stages.${stage}`)}
          </li>
        );
      })}
      {journey.track === null && (
        <li className="journey-stage journey-stage-ahead journey-stage-fork">
          {t('journeys.thenAwayOrHome')}
        </li>
      )}
    </ol>
  );
}
