import { useTranslation } from 'react-i18next';

/** Previous / next by offset; next only when the API says more matches follow. */
export function Pager({
  offset,
  pageSize,
  hasMore,
  onOffset,
}: {
  offset: number;
  pageSize: number;
  hasMore: boolean;
  onOffset: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (offset === 0 && !hasMore) return null;
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
        disabled={!hasMore}
        onClick={() => onOffset(offset + pageSize)}
      >
        {t('matching.next')}
      </button>
    </nav>
  );
}
