import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { matchingRoutes, maySeeCandidateMatches } from '../matching/matching-api';
import { Pager } from '../matching/pager';
import { Loaded } from '../shell/status';
import { TextField } from './form-fields';
import { peoplePaths, type Candidate } from './people-api';
import { SkillName } from './skill-name';

/** The roles the API lets list candidates; which ones they see is the candidates' consent. */
export const CANDIDATE_VIEWER_ROLES = ['admin', 'coordinator', 'employer'] as const;

/** Cards per page, fetched a page at a time: a phone scrolls, it should not crawl. */
const PAGE = 30;

const levels = (l: Candidate['profile']['languages'][number]) =>
  l.native ? '' : ` ${[l.listening, l.reading, l.speaking, l.writing].filter(Boolean).join('/')}`;

/** One candidate as an employer or coordinator may see them; skills are named on request. */
function CandidateCard({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const me = useMe();
  const [showSkills, setShowSkills] = useState(false);
  const p = candidate.profile;
  const skillsId = `candidate-${candidate.id}-skills`;
  return (
    <li className="people-card">
      <h2>{p.name}</h2>
      <p>
        {t('people.candidates.from', { residence: p.residenceCountry, nationality: p.nationality })}
        {p.preferences.tracks.map((tr) => (
          <span key={tr}>
            {' '}
            · <span className="badge">{t(`people.tracks.${tr}`)}</span>
          </span>
        ))}
      </p>
      {p.languages.length > 0 && <p>{p.languages.map((l) => `${l.tag}${levels(l)}`).join(', ')}</p>}
      {(p.experience ?? []).length > 0 && <p>{p.experience.map((e) => e.title).join(' · ')}</p>}
      {(p.qualifications ?? []).length > 0 && (
        <p>{p.qualifications.map((q) => q.title).join(' · ')}</p>
      )}
      {p.preferences.destinationCountries.length > 0 && (
        <p>
          {t('people.candidates.destinations', {
            countries: p.preferences.destinationCountries.join(', '),
          })}
        </p>
      )}
      {p.availability?.availableFrom && (
        <p>{t('people.candidates.availableFrom', { date: p.availability.availableFrom })}</p>
      )}
      {maySeeCandidateMatches(me, candidate.consentedPurposes) && (
        <p>
          <Link
            to={matchingRoutes.candidate(candidate.id)}
            aria-label={t('matching.candidate.linkNamed', { name: p.name })}
          >
            {t('matching.candidate.link')}
          </Link>
        </p>
      )}
      <button
        type="button"
        className="button"
        aria-expanded={showSkills}
        aria-controls={skillsId}
        onClick={() => setShowSkills(!showSkills)}
      >
        {t('people.candidates.skills', { count: p.skills.length })}
      </button>
      <ul id={skillsId} className="people-list" hidden={!showSkills}>
        {showSkills &&
          p.skills.map((s) => (
            <li key={s.uri}>
              <span className="people-grow">
                <SkillName uri={s.uri} />
              </span>
              <span className="badge">{t(`people.evidence.${s.evidence}`)}</span>
            </li>
          ))}
      </ul>
    </li>
  );
}

/**
 * /people/candidates — the candidates an employer or coordinator may see, a page at a time: the
 * API returns only profiles whose owner consented to that purpose (employer sharing; partnership
 * matching, for the people of the partnerships a coordinator coordinates). The filter narrows the
 * page shown.
 */
export function CandidateListPage() {
  const { t } = useTranslation();
  const roles = new Set<string>(useMe().memberships.map((m) => m.role));
  const allowed = CANDIDATE_VIEWER_ROLES.some((r) => roles.has(r));
  const [offset, setOffset] = useState(0);
  const state = useApi<{ candidates: Candidate[]; total: number }>(
    allowed ? peoplePaths.candidates({ limit: PAGE, offset }) : null,
  );
  const [filter, setFilter] = useState('');
  const words = filter.trim().toLowerCase();
  const matches = (c: Candidate) =>
    !words ||
    [
      c.profile.name,
      c.profile.residenceCountry,
      ...c.profile.experience.map((e) => e.title),
      ...c.profile.qualifications.map((q) => q.title),
    ]
      .join(' ')
      .toLowerCase()
      .includes(words);
  return (
    <section aria-labelledby="people-candidates-title" className="people-page">
      <title>{`${t('people.candidates.title')} · ${t('app.name')}`}</title>
      <h1 id="people-candidates-title">{t('people.candidates.title')}</h1>
      {!allowed ? (
        <p>{t('people.candidates.notAllowed')}</p>
      ) : (
        <>
          <p>{t('people.candidates.consentNote')}</p>
          <TextField
            id="candidates-filter"
            label={t('people.candidates.filter')}
            value={filter}
            onChange={setFilter}
            reason={undefined}
          />
          <Loaded state={state}>
            {({ candidates, total }) => {
              const shown = candidates.filter(matches);
              return (
                <>
                  <p role="status">
                    {t('people.candidates.count', { count: words ? shown.length : total })}
                  </p>
                  <ul className="people-cards" aria-label={t('people.candidates.title')}>
                    {shown.map((c) => (
                      <CandidateCard key={c.id} candidate={c} />
                    ))}
                  </ul>
                  <Pager
                    offset={offset}
                    pageSize={PAGE}
                    hasMore={offset + PAGE < total}
                    onOffset={setOffset}
                  />
                </>
              );
            }}
          </Loaded>
        </>
      )}
    </section>
  );
}
