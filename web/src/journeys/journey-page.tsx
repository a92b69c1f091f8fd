import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { journeyPaths, journeyRoutes, type JourneyDetail, type Trigger } from './journeys-api';
import { JourneyMeta } from './journey-meta';
import { JourneyView } from './journey-view';

/** Loads one journey and shows it under a heading naming the person and the partnership. */
function JourneyLoader({
  id,
  changed,
  recorded,
}: {
  id: string;
  changed: (triggers?: Trigger[]) => void;
  recorded: Trigger[] | null;
}) {
  const { t } = useTranslation();
  const state = useApi<JourneyDetail>(journeyPaths.journey(id));
  return (
    <Loaded state={state}>
      {(detail) => {
        const who = detail.journey.personName || t('journeys.someone');
        const title = t('journeys.journeyOf', { name: who });
        return (
          <>
            <title>{`${title} · ${t('app.name')}`}</title>
            <h1 id="journey-title">{title}</h1>
            <JourneyMeta journey={detail.journey} />
            <JourneyView detail={detail} onChanged={changed} recorded={recorded} />
          </>
        );
      }}
    </Loaded>
  );
}

/** /journeys/:id — a journey as its coordinator, provider or employer sees it (404 if hidden). */
export function JourneyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const [recorded, setRecorded] = useState<Trigger[] | null>(null);
  const changed = (triggers?: Trigger[]) => {
    setRecorded(triggers ?? null);
    setVersion((v) => v + 1);
  };
  return (
    <section aria-labelledby="journey-title" className="journeys-page">
      <p>
        <Link to={journeyRoutes.home()}>{t('journeys.back')}</Link>
      </p>
      <JourneyLoader key={`${id}:${version}`} id={id} changed={changed} recorded={recorded} />
    </section>
  );
}
