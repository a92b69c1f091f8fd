import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import {
  allocationPaths,
  type PeopleFilter,
  type PeoplePage,
  type PersonSlot,
} from './allocation-api';

const PAGE = 25;

/** One slot as a short label with its kind. */
export function SlotLabel({ slot }: { slot: PersonSlot | null }) {
  const { t } = useTranslation();
  if (!slot) return <span className="muted">{t('allocation.unassignedSlot')}</span>;
  return (
    <>
      {slot.label} <span className="badge">{t(`allocation.slotKinds.${slot.kind}`)}</span>
    </>
  );
}

/** The run's people, a page at a time: slot, score and the reason, overrides in force. */
export function PeopleSection({
  runId,
  version,
  onChoose,
}: {
  runId: string;
  /** Changes after an override, to reload the page. */
  version: number;
  onChoose: (person: { candidateId: string; name: string | null }) => void;
}) {
  const { t } = useTranslation();
  const [show, setShow] = useState<PeopleFilter>('all');
  const [offset, setOffset] = useState(0);
  const state = useApi<PeoplePage>(
    `${allocationPaths.people(runId, show, offset, PAGE)}&v=${version}`,
  );
  return (
    <section aria-labelledby="allocation-people-title">
      <h2 id="allocation-people-title">{t('allocation.peopleTitle')}</h2>
      <div className="field">
        <label htmlFor="allocation-people-filter">{t('allocation.show')}</label>
        <select
          id="allocation-people-filter"
          value={show}
          onChange={(e) => {
            setShow(e.target.value as PeopleFilter);
            setOffset(0);
          }}
        >
          {(['all', 'assigned', 'unassigned'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`allocation.filters.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <Loaded state={state}>
        {(page) => (
          <>
            <table className="data-table">
              <caption>
                {t('allocation.peopleCaption', {
                  from: page.total === 0 ? 0 : page.offset + 1,
                  to: page.offset + page.people.length,
                  total: page.total,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('allocation.person')}</th>
                  <th scope="col">{t('allocation.slot')}</th>
                  <th scope="col">{t('allocation.score')}</th>
                  <th scope="col">{t('allocation.reason')}</th>
                  <th scope="col">{t('allocation.override')}</th>
                </tr>
              </thead>
              <tbody>
                {page.people.map((p) => (
                  <tr key={p.candidateId}>
                    <th scope="row">
                      {p.name ?? t('allocation.anonymous')}{' '}
                      <span className="muted">
                        ({p.originRegion}, {t(`allocation.genders.${p.gender}`)})
                      </span>
                    </th>
                    <td>
                      <SlotLabel slot={p.slot} />
                    </td>
                    <td>{p.score === null ? '—' : p.score.toFixed(1)}</td>
                    <td>{p.reason}</td>
                    <td>
                      {p.override && (
                        <p>
                          {p.override.locked ? '🔒 ' : ''}
                          <SlotLabel slot={p.finalSlot} /> — {p.override.reason}
                        </p>
                      )}
                      <button
                        type="button"
                        onClick={() => onChoose({ candidateId: p.candidateId, name: p.name })}
                      >
                        {t('allocation.overrideThis')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav aria-label={t('allocation.pages')}>
              <button
                type="button"
                disabled={page.offset === 0}
                onClick={() => setOffset(Math.max(0, page.offset - PAGE))}
              >
                {t('allocation.previous')}
              </button>{' '}
              <button
                type="button"
                disabled={page.offset + page.people.length >= page.total}
                onClick={() => setOffset(page.offset + PAGE)}
              >
                {t('allocation.next')}
              </button>
            </nav>
          </>
        )}
      </Loaded>
    </section>
  );
}
