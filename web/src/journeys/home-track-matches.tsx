import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { MatchCard } from '../matching/match-card';
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
        <ol className="match-cards" aria-label={t('journeys.steps.homeMatches.list')}>
          {state.data.matches.map((m, i) => (
            <MatchCard
              key={m.opening.id}
              rank={i + 1}
              headingLevel={3}
              title={m.opening.title}
              facts={
                <>
                  {countryName(i18n.language, m.opening.country)}
                  {m.opening.occupation && ` · ${m.opening.occupation.label}`}
                </>
              }
              score={m.score}
              rating={m.rating}
              explanation={m.explanation}
              pathway={m.pathway}
              languageCourses={m.languageCourses}
              showPathway={m.opening.kind === 'vacancy'}
            />
          ))}
        </ol>
      )}
      <p>
        <Link to={homeTrackPage(search, viewerIsPerson)}>
          {t('journeys.steps.homeMatches.all')}
        </Link>
      </p>
    </section>
  );
}
