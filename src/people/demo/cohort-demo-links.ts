import type { Programme } from '../programmes/programme.js';
import type { Vacancy } from '../vacancies/vacancy.js';
import type { Corridor } from '../../partnerships/partnership.js';
import type { Track } from '../../partnerships/vocabulary.js';

/** What the demo links by: a partnership's id, corridors and tracks. */
export interface LinkablePartnership {
  id: string;
  draft: { corridors: readonly Corridor[]; tracks: readonly Track[] };
}

/**
 * The demo partnership a demo vacancy belongs to: the first (in the generator's order) that
 * offers its track and has its country at the right end of a corridor (destination for the
 * away track, origin for the home track). Deterministic; undefined when none fits.
 */
export function demoPartnershipOfVacancy(
  partnerships: readonly LinkablePartnership[],
  v: Pick<Vacancy, 'country' | 'track'>,
): string | undefined {
  return partnerships.find(
    (p) =>
      p.draft.tracks.includes(v.track) &&
      p.draft.corridors.some((c) =>
        v.track === 'away' ? c.destination === v.country : c.origin === v.country,
      ),
  )?.id;
}

/** The demo partnership a demo programme belongs to: the first with a corridor from its country. */
export function demoPartnershipOfProgramme(
  partnerships: readonly LinkablePartnership[],
  p: Pick<Programme, 'country'>,
): string | undefined {
  return partnerships.find((x) => x.draft.corridors.some((c) => c.origin === p.country))?.id;
}

/** The people section with each vacancy and programme linked to its demo partnership. */
export function linkDemoJobsToPartnerships<
  V extends Pick<Vacancy, 'country' | 'track' | 'partnershipId'>,
  P extends Pick<Programme, 'country' | 'partnershipId'>,
>(
  people: { vacancies: V[]; programmes: P[] },
  partnerships: readonly LinkablePartnership[],
): { vacancies: V[]; programmes: P[] } {
  const withLink = <T extends { partnershipId?: string | undefined }>(x: T, id?: string): T =>
    id === undefined ? x : { ...x, partnershipId: id };
  return {
    vacancies: people.vacancies.map((v) => withLink(v, demoPartnershipOfVacancy(partnerships, v))),
    programmes: people.programmes.map((p) =>
      withLink(p, demoPartnershipOfProgramme(partnerships, p)),
    ),
  };
}
