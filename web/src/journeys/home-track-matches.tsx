import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { MatchCardList } from '../matching/match-card-list';
import type { OpeningMatches } from '../matching/matching-api';
import { countryName } from '../matching/names';
import { Loading } from '../shell/status';
import { homeTrackPage, homeTrackPath, type HomeTrackSearch } from './steps-api';

/**
 * The returnee's best home-track openings in the country of origin, ranked and explained by the
 * matching engine (the cards of the matching pages), with a link to all of them. A viewer the
 * matching API refuses (403, 404: no consent, not their partnership) sees nothing of it.
 */
export function HomeTrackMatches({
  search,
  viewerIsPerson,
}: {
  search: HomeTrackSearch;
  viewerIsPerson: boolean;
}) {
  const { t, i18n } = useTranslation();
  const state = useApi<OpeningMatches>(homeTrackPath(search, viewerIsPerson));
  if (state.status === 'error' || state.status === 'idle') return null;
  const country = countryName(i18n.language, search.country);
  return (
    <section aria-labelledby="steps-home-matches-title" className="journey-card">
      <h2 id="steps-home-matches-title">{t('journeys.steps.homeMatches.title', { country })}</h2>
      {state.status === 'loading' ? (
        <Loading />
      ) : state.data.matches.length === 0 ? (
        <p className="empty">{t('journeys.steps.homeMatches.none', { country })}</p>
      ) : (
        <MatchCardList
          label={t('journeys.steps.homeMatches.list')}
          matches={state.data.matches}
          headingLevel={3}
          faceOf={(m) => ({
            key: m.opening.id,
            title: m.opening.title,
            facts: (
              <>
                {countryName(i18n.language, m.opening.country)}
                {m.opening.occupation && ` · ${m.opening.occupation.label}`}
              </>
            ),
            showPathway: m.opening.kind === 'vacancy',
          })}
        />
      )}
      <p>
        <Link to={homeTrackPage(search, viewerIsPerson)}>
          {t('journeys.steps.homeMatches.all')}
        </Link>
      </p>
    </section>
  );
}
