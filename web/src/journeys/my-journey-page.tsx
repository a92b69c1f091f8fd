import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import {
  journeyPaths,
  type JourneyDetail,
  type JourneySummary,
  type Trigger,
} from './journeys-api';
import { JourneyMeta, usePartnershipTitles } from './journey-meta';
import { JourneyView } from './journey-view';

function MyJourney({
  id,
  changed,
  recorded,
}: {
  id: string;
  changed: (triggers?: Trigger[]) => void;
  recorded: Trigger[] | null;
}) {
  const state = useApi<JourneyDetail>(journeyPaths.journey(id));
  return (
    <Loaded state={state}>
      {(detail) => <JourneyView detail={detail} onChanged={changed} recorded={recorded} />}
    </Loaded>
  );
}

/** /journeys/mine — the person's own journey (a choice first when they are in several). */
export function MyJourneyPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [version, setVersion] = useState(0);
  const [recorded, setRecorded] = useState<Trigger[] | null>(null);
  const changed = (triggers?: Trigger[]) => {
    setRecorded(triggers ?? null);
    setVersion((v) => v + 1);
  };
  const state = useApi<{ journeys: JourneySummary[] }>(journeyPaths.mine());
  const titles = usePartnershipTitles();
  return (
    <section aria-labelledby="my-journey-title" className="journeys-page">
      <title>{`${t('journeys.mine.title')} · ${t('app.name')}`}</title>
      <h1 id="my-journey-title">{t('journeys.mine.title')}</h1>
      <Loaded state={state}>
        {({ journeys }) => {
          if (journeys.length === 0) return <p className="empty">{t('journeys.mine.none')}</p>;
          const chosen = journeys.find((j) => j.id === params.get('journey')) ?? journeys[0]!;
          return (
            <>
              {journeys.length > 1 && (
                <div className="field">
                  <label htmlFor="my-journey-choice">{t('journeys.mine.choose')}</label>
                  <select
                    id="my-journey-choice"
                    value={chosen.id}
                    onChange={(e) => setParams({ journey: e.target.value })}
                  >
                    {journeys.map((j) => (
                      <option key={j.id} value={j.id}>
                        {titles.get(j.partnershipId) ?? j.intake}
                        {' · '}
                        {t(`journeys.stages.${j.stage}`)}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <JourneyMeta journey={chosen} />
              <MyJourney
                key={`${chosen.id}:${version}`}
                id={chosen.id}
                changed={changed}
                recorded={recorded}
              />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
