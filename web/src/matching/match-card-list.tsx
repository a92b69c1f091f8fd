import type { ReactNode } from 'react';
import { MatchCard } from './match-card';
import type { GapPathway, LanguageCourse, MatchExplanation, MatchRating } from './matching-api';

/** What every ranked match carries, whatever it matches: a person or an opening. */
export interface ScoredMatch {
  score: number;
  rating: MatchRating;
  explanation: MatchExplanation;
  pathway: GapPathway | null;
  languageCourses: LanguageCourse[];
}

/** How a page names one of its matches on its card. */
export interface MatchCardFace {
  key: string;
  title: string;
  facts: ReactNode;
  /** Whether the gap pathway shows (only towards a vacancy). */
  showPathway: boolean;
}

/**
 * The ranked cards of a page of matches (or of a page's section), numbered from `firstRank`; the
 * page says how each match is named (`faceOf`).
 */
export function MatchCardList<M extends ScoredMatch>({
  label,
  matches,
  faceOf,
  firstRank = 1,
  headingLevel,
}: {
  label: string;
  matches: readonly M[];
  faceOf: (match: M) => MatchCardFace;
  firstRank?: number;
  /** The level of the cards' headings: 2 on a page of matches, 3 inside a page's section. */
  headingLevel?: 2 | 3;
}) {
  return (
    <ol className="match-cards" aria-label={label}>
      {matches.map((m, i) => {
        const { key, ...face } = faceOf(m);
        return (
          <MatchCard
            key={key}
            rank={firstRank + i}
            headingLevel={headingLevel}
            {...face}
            score={m.score}
            rating={m.rating}
            languageCourses={m.languageCourses}
            explanation={m.explanation}
            pathway={m.pathway}
          />
        );
      })}
    </ol>
  );
}
