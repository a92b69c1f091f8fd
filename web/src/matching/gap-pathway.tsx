import { useTranslation } from 'react-i18next';
import type { GapPathway, LanguageCourse } from './matching-api';
import { languageName } from './names';

/** Each language the person is short of, and the courses they can reach that teach it. */
export function LanguageCoursesView({ courses }: { courses: LanguageCourse[] }) {
  const { t, i18n } = useTranslation();
  if (courses.length === 0) return null;
  return (
    <section className="match-section">
      <h3>{t('matching.languages.courses')}</h3>
      <ul className="match-modules">
        {courses.map((c) => {
          const language = languageName(i18n.language, c.tag);
          return (
            <li key={c.tag}>
              <p className="match-module-title">
                {t('matching.languages.courseGap', {
                  language,
                  required: c.skill
                    ? t('matching.languages.skillOf', {
                        level: c.required,
                        skill: t(`people.vacancy.cefrSkill.${c.skill}`),
                      })
                    : c.required,
                  held: c.held ?? t('matching.languages.notHeld'),
                })}
              </p>
              {c.modules.length === 0 ? (
                <p>{t('matching.languages.noCourse', { language })}</p>
              ) : (
                <ul>
                  {c.modules.map((m) => (
                    <li key={m.id}>
                      {t('matching.languages.course', {
                        title: m.title,
                        provider: [m.provider, m.country].filter(Boolean).join(', '),
                        hours: m.hours,
                        cost: m.cost,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

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
