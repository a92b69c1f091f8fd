import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { JourneyTable } from './journey-table';
import { journeyPaths, type CohortFilter, type JourneyList } from './journeys-api';

const pageSize = 50;

/** A page of a partnership's journeys the user may see, with previous and next. */
export function JourneyListSection({
  partnershipId,
  filter = {},
  title,
}: {
  partnershipId: string;
  filter?: CohortFilter;
  title: string;
}) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const state = useApi<JourneyList>(journeyPaths.list(partnershipId, filter, offset, pageSize));
  return (
    <section aria-labelledby="journey-list-title">
      <h2 id="journey-list-title">{title}</h2>
      <Loaded state={state}>
        {(page) => (
          <>
            <JourneyTable journeys={page.journeys} />
            {page.total > page.limit && (
              <nav className="journey-pager" aria-label={t('journeys.pages')}>
                <p aria-live="polite">
                  {t('journeys.pageOf', {
                    from: page.offset + 1,
                    to: page.offset + page.journeys.length,
                    total: page.total,
                  })}
                </p>
                <button
                  type="button"
                  className="button"
                  disabled={page.offset === 0}
                  onClick={() => setOffset(Math.max(0, page.offset - pageSize))}
                >
                  {t('journeys.previous')}
                </button>{' '}
                <button
                  type="button"
                  className="button"
                  disabled={page.offset + page.limit >= page.total}
                  onClick={() => setOffset(page.offset + pageSize)}
                >
                  {t('journeys.nextPage')}
                </button>
              </nav>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
