import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { partnershipPaths, type PartnershipSummary } from '../partnerships/partnerships-api';
import type { JourneySummary } from './journeys-api';

/** The partnerships the signed-in user may read, to name a journey's partnership. */
export function usePartnershipTitles(): Map<string, string> {
  const state = useApi<{ partnerships: PartnershipSummary[] }>(partnershipPaths.list());
  return new Map(
    state.status === 'ok' ? state.data.partnerships.map((p) => [p.id, p.title] as const) : [],
  );
}

/** One line under a journey's heading: partnership (when readable), track and intake. */
export function JourneyMeta({ journey }: { journey: JourneySummary }) {
  const { t } = useTranslation();
  const title = usePartnershipTitles().get(journey.partnershipId);
  const parts = [
    title,
    t(`journeys.tracks.${journey.track ?? 'undecided'}`),
    journey.intake ? `${t('journeys.cohort.intake')} ${journey.intake}` : undefined,
  ].filter(Boolean);
  return <p className="meta">{parts.join(' · ')}</p>;
}
