import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.js';
import type { Track } from '../people/profile-fields.js';
import { explainMatch } from './explain-match.js';
import type { CandidateFilter } from './match-filters.js';
import type { MatchCandidate, MatchOpening, OpeningKind } from './match-profiles.js';
import type { MatchWeights } from './match-weights.js';
import {
  gapPathway,
  presentExplanation,
  presentOpening,
  presentLanguageCourses,
  presentRating,
} from './matching.presenters.js';
import { languageCoursesFrom } from './language-courses.js';
import { candidateCredits, type SkillCredit } from './skill-credit.js';
import type { MatchingService } from './matching.service.js';

/** What a person searches with: kind of opening, filters and a page. */
export interface OpeningSearch {
  kind: OpeningKind;
  countries?: string[] | undefined;
  tracks?: Track[] | undefined;
  occupationGroup?: string | undefined;
  language?: string | undefined;
  limit: number;
  offset: number;
}

type Page = { limit: number; offset: number };

/** How many to rank for a page: one more than it shows, to know whether another follows. */
const pageDepth = (page: Page) => page.offset + page.limit + 1;

/** The page's part of a ranking {@link pageDepth} deep, and whether more follow it. */
function pageOf<T>(ranked: T[], page: Page): { shown: T[]; hasMore: boolean } {
  const end = page.offset + page.limit;
  return { shown: ranked.slice(page.offset, end), hasMore: ranked.length > end };
}

/** A result with its explanation and, for a vacancy, the training that closes the gap. */
function explained(
  service: MatchingService,
  taxonomy: TaxonomyIndex,
  candidate: MatchCandidate,
  opening: MatchOpening,
  weights: MatchWeights,
  credits?: ReadonlyMap<string, SkillCredit>,
) {
  const explanation = explainMatch(candidate, opening, service.context(weights), credits);
  // Training the person can reach: at home, at the destination, or online.
  const reachable = service.training().reachableFor(candidate.residenceCountry, opening.country);
  const labelOf = (uri: string) => taxonomy.concept(uri)?.preferredLabel;
  return {
    score: explanation.score,
    rating: presentRating(explanation),
    explanation: presentExplanation(explanation, opening, weights, taxonomy),
    pathway:
      opening.kind === 'vacancy' ? gapPathway(explanation, reachable.bridging, taxonomy) : null,
    languageCourses: presentLanguageCourses(
      languageCoursesFrom(explanation.language.languages, (tag) =>
        reachable.teaching(tag, taxonomy, labelOf),
      ),
    ),
  };
}

/** A page of a candidate's best openings, explained, and whether more follow. The caller has checked access. */
export function openingMatches(
  service: MatchingService,
  taxonomy: TaxonomyIndex,
  candidate: MatchCandidate,
  search: OpeningSearch,
  weights: MatchWeights,
) {
  const ranked = service.openings.rank(
    candidate,
    {
      kinds: [search.kind],
      ...(search.countries ? { countries: search.countries } : {}),
      ...(search.tracks ? { tracks: search.tracks } : {}),
      ...(search.occupationGroup ? { occupationGroup: search.occupationGroup } : {}),
      ...(search.language ? { language: search.language } : {}),
    },
    pageDepth(search),
    weights,
  );
  const { shown, hasMore } = pageOf(ranked, search);
  // One person: their credit on every skill is the same for each opening shown.
  const credits = candidateCredits(candidate, service.graph, weights);
  return {
    matches: shown.map((r) => ({
      opening: presentOpening(r.item, taxonomy),
      ...explained(service, taxonomy, candidate, r.item, weights, credits),
    })),
    hasMore,
  };
}

/** A page of an opening's best candidates among those the audience may see, explained, and whether more follow. */
export function candidateMatches(
  service: MatchingService,
  taxonomy: TaxonomyIndex,
  opening: MatchOpening,
  filter: CandidateFilter,
  page: { limit: number; offset: number },
  weights: MatchWeights,
) {
  const ranked = service.candidates.rank(opening, filter, pageDepth(page), weights);
  const { shown, hasMore } = pageOf(ranked, page);
  return {
    matches: shown.map((r) => ({
      candidate: {
        id: r.id,
        name: service.people.get(r.id)?.name ?? '',
        residenceCountry: r.item.residenceCountry,
      },
      ...explained(service, taxonomy, r.item, opening, weights),
    })),
    hasMore,
  };
}

/**
 * The occupations a person's skills point to most (query likelihood over ESCO, measured in
 * docs/matching.md#quality-on-esco), each with the held skills that support it.
 */
export function occupationSuggestions(
  service: MatchingService,
  taxonomy: TaxonomyIndex,
  candidate: MatchCandidate,
  limit: number,
) {
  const held = [...candidate.skills.keys()];
  if (held.length === 0) return [];
  return service
    .occupationRanker(held)
    .slice(0, limit)
    .filter((r) => r.score > 0)
    .map((r) => {
      const profile = service.graph.occupations.get(r.uri);
      const named = new Set([...(profile?.essential ?? []), ...(profile?.optional ?? [])]);
      return {
        occupation: { uri: r.uri, label: taxonomy.concept(r.uri)?.preferredLabel ?? r.uri },
        iscoCode: profile?.iscoCode ?? null,
        score: r.score,
        supportingSkills: held
          .filter((s) => named.has(s))
          .map((uri) => ({ uri, label: taxonomy.concept(uri)?.preferredLabel ?? uri })),
        essentialSkills: profile?.essential.length ?? 0,
      };
    });
}
