import { useId } from 'react';
import { H, HeadingLevel } from './heading';
import { useTranslation } from 'react-i18next';
import { ConfidenceBadge } from './outcome-badge';
import type { Framework, LevelComparison } from './recognition-api';
import { levelLabel } from './recognition-api';

/** How the held and the required level were brought into one framework and compared. */
export function LevelPath({
  comparison: c,
  frameworks,
}: {
  comparison: LevelComparison;
  frameworks: Map<string, Framework>;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const name = (id: string) => frameworks.get(id)?.name ?? id;
  return (
    <section aria-labelledby={`${uid}-level-path`} className="concept-section">
      <H id={`${uid}-level-path`}>{t('recognition.levelPath')}</H>
      <dl className="facts">
        <div>
          <dt>{t('recognition.heldLevel')}</dt>
          <dd>{levelLabel(c.from, frameworks)}</dd>
        </div>
        <div>
          <dt>{t('recognition.requiredLevel')}</dt>
          <dd>{levelLabel(c.to, frameworks)}</dd>
        </div>
      </dl>
      {c.steps.length > 0 && (
        <>
          <HeadingLevel>
            <H>{t('recognition.referencingSteps')}</H>
          </HeadingLevel>
          <ol className="level-path">
            {c.steps.map((s, i) => (
              <li key={i}>
                {levelLabel({ frameworkId: s.fromFrameworkId, level: s.fromLevel }, frameworks)} →{' '}
                {name(s.toFrameworkId)} {s.toLevels.join('/')}{' '}
                <ConfidenceBadge confidence={s.confidence} />
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        {c.relation === 'incomparable'
          ? t('recognition.relations.incomparable')
          : t('recognition.comparedIn', {
              framework: name(c.via ?? ''),
              held: c.fromLevels.join('/'),
              required: c.toLevels.join('/'),
              relation: t(`recognition.relations.${c.relation}`, { count: c.shortfall }),
            })}{' '}
        <ConfidenceBadge confidence={c.confidence} />
      </p>
    </section>
  );
}
