import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GapPathwayView, LanguageCoursesView } from './gap-pathway';
import { MatchExplanationView } from './match-explanation';
import type { GapPathway, LanguageCourse, MatchExplanation, MatchRating } from './matching-api';
import { reasonLine } from './reason-line';
import { ScoreMeter } from './score-meter';

/**
 * One ranked match: its heading and facts (given by the page), the score, a one-line reason, and
 * a keyboard-operable expander with the full explanation and the gap pathway.
 */
export function MatchCard({
  rank,
  title,
  facts,
  score,
  rating,
  explanation,
  pathway,
  languageCourses = [],
  showPathway,
  headingLevel = 2,
}: {
  rank: number;
  title: string;
  facts: ReactNode;
  score: number;
  rating: MatchRating;
  explanation: MatchExplanation;
  pathway: GapPathway | null;
  languageCourses?: LanguageCourse[];
  showPathway: boolean;
  /** The level of the card's heading: 2 on a page of matches, 3 inside a page's section. */
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <li className="match-card" aria-labelledby={headingId}>
      <Heading id={headingId}>
        <span className="match-rank">{t('matching.rank', { rank })}</span> {title}
      </Heading>
      <p className="match-facts-line">{facts}</p>
      <ScoreMeter score={score} rating={rating} label={t('matching.scoreOf', { title })} />
      <p className="match-reason">{reasonLine(explanation, t, i18n.language)}</p>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('matching.hideExplanation') : t('matching.showExplanation')}
      </button>
      <div id={panelId} hidden={!open}>
        {open && (
          <>
            <MatchExplanationView explanation={explanation} />
            {showPathway && <GapPathwayView pathway={pathway} />}
            <LanguageCoursesView courses={languageCourses} />
          </>
        )}
      </div>
    </li>
  );
}
