import { useTranslation } from 'react-i18next';
import type { GapPathway } from './matching-api';

/** The training modules that close the gap, their totals, and the skills no module teaches. */
export function GapPathwayView({ pathway }: { pathway: GapPathway | null }) {
  const { t } = useTranslation();
  return (
    <section className="match-section">
      <h3>{t('matching.pathway.title')}</h3>
      {pathway === null ? (
        <p>{t('matching.pathway.nothingMissing')}</p>
      ) : (
        <>
          {pathway.modules.length > 0 ? (
            <ol className="match-modules">
              {pathway.modules.map((m) => (
                <li key={m.id}>
                  <p className="match-module-title">{m.title}</p>
                  <p className="meta">
                    {[m.provider, m.country].filter(Boolean).join(', ')} ·{' '}
                    {t('matching.pathway.module', { hours: m.hours, cost: m.cost })}
                  </p>
                  {m.skills.length > 0 && (
                    <p>
                      {t('matching.pathway.teaches', {
                        skills: m.skills.map((s) => s.label).join(', '),
                      })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('matching.pathway.noModules')}</p>
          )}
          {pathway.modules.length > 0 && (
            <p className="match-totals">
              {t('matching.pathway.totals', {
                modules: pathway.modules.length,
                hours: pathway.hours,
                cost: pathway.cost,
              })}
              {pathway.method === 'greedy' &&
                ` ${t('matching.pathway.greedy', { bound: pathway.bound })}`}
            </p>
          )}
          {pathway.uncoverable.length > 0 && (
            <div className="match-chip-group">
              <p className="match-chip-title">{t('matching.pathway.uncoverable')}</p>
              <ul
                className="match-chips match-chips-missing"
                aria-label={t('matching.pathway.uncoverable')}
              >
                {pathway.uncoverable.map((s) => (
                  <li key={s.uri} className="match-chip match-chip-missing">
                    {s.label}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
