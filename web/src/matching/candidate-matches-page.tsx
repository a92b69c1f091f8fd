import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../api/use-api';
import { peopleRoutes } from '../people/people-api';
import { ProblemMessage } from '../shell/status';
import { matchingPaths, type OpeningMatches } from './matching-api';
import { OpeningFilterBar } from './opening-filters';
import { OpeningMatchList, useOpeningFilters } from './opening-matches';

/**
 * /matching/candidates/:id — a person's ranked, explained vacancies or programmes, for a
 * coordinator or administrator. The API answers 404 for a person one may not see: unknown, or
 * not consenting to matching within partnerships. The title names the person once known.
 */
export function CandidateMatchesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [filters, setFilters] = useOpeningFilters();
  const state = useApi<OpeningMatches>(matchingPaths.candidateOpenings(id, filters));
  const notFound = state.status === 'error' && state.error.status === 404;
  const title =
    state.status === 'ok'
      ? t('matching.candidate.linkNamed', { name: state.data.candidateName })
      : t('matching.candidate.title');
  return (
    <section aria-labelledby="candidate-matches-title" className="match-page">
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1 id="candidate-matches-title">{title}</h1>
      <p>{t('matching.candidate.intro')}</p>
      <p>
        <Link to={peopleRoutes.candidates()}>{t('matching.candidate.back')}</Link>
      </p>
      {!notFound && (
        <OpeningFilterBar
          filters={filters}
          onChange={setFilters}
          kindLabel={t('matching.candidate.kind')}
        />
      )}
      <OpeningMatchList
        state={state}
        filters={filters}
        onChange={setFilters}
        label={t('matching.candidate.results')}
        none={t('matching.candidate.none')}
        problem={(error) => (
          <ProblemMessage
            error={error}
            title={notFound ? t('matching.candidate.notFound') : undefined}
          />
        )}
      />
    </section>
  );
}
