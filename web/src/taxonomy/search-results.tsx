import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import { taxonomyRoutes } from '../api/taxonomy';
import type { SearchResult } from '../api/taxonomy';
import { TypeBadge, useSkillVocabulary } from './concept-parts';

/** Arrow keys move between result links (and back up to the search box from the first). */
export function moveFocus(event: KeyboardEvent, list: HTMLElement | null, from: 'input' | 'list') {
  if (!list || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const links = Array.from(list.querySelectorAll<HTMLAnchorElement>('a.result-link'));
  if (links.length === 0) return;
  const index = from === 'input' ? -1 : links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) {
    if (from === 'list') document.getElementById('taxonomy-search')?.focus();
  } else {
    links[Math.min(next, links.length - 1)]?.focus();
  }
  event.preventDefault();
}

function resultPath(result: SearchResult): string {
  return result.type === 'occupation'
    ? taxonomyRoutes.occupation(result.id)
    : taxonomyRoutes.skill(result.id);
}

/** One search hit: label, type, the synonym that matched, and its code. */
export function SearchResultItem({ result: r }: { result: SearchResult }) {
  const { t } = useTranslation();
  const vocabulary = useSkillVocabulary();
  const code = r.type === 'occupation' ? (r.code ?? r.iscoCode) : undefined;
  const showMatched =
    r.matchedLabel && r.matchedLabel.toLowerCase() !== r.preferredLabel.toLowerCase();
  return (
    <li className="result" data-concept-type={r.type}>
      <div className="result-main">
        <Link to={resultPath(r)} className="result-link">
          {r.preferredLabel}
        </Link>
        <TypeBadge type={r.type} />
      </div>
      <div className="result-meta">
        {showMatched && (
          <span className="also">{t('taxonomy.also', { label: r.matchedLabel })}</span>
        )}
        {code && <span className="code">{code}</span>}
        {r.skillType && <span className="meta">{vocabulary.skillType(r.skillType)}</span>}
      </div>
    </li>
  );
}
