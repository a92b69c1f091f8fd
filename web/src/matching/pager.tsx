import { useTranslation } from 'react-i18next';

/**
 * Previous / next by offset. The API does not count all matches, so a full page is taken to
 * mean there may be more.
 */
export function Pager({
  offset,
  pageSize,
  shown,
  onOffset,
}: {
  offset: number;
  pageSize: number;
  shown: number;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (offset === 0 && shown < pageSize) return null;
  return (
    <nav className="match-pager" aria-label={t('matching.pages')}>
      <button
        type="button"
        className="button"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - pageSize))}
      >
        {t('matching.previous')}
      </button>
      <button
        type="button"
        className="button"
        disabled={shown < pageSize}
        onClick={() => onOffset(offset + pageSize)}
      >
        {t('matching.next')}
      </button>
    </nav>
  );
}
