import { useId } from 'react';
import { H, HeadingLevel } from './heading';
import { useTranslation } from 'react-i18next';
import { CompensationPathway } from './compensation-pathway';
import { LevelPath } from './level-path';
import { OutcomeBadge } from './outcome-badge';
import type { Framework, LevelComparison, RecognitionResult } from './recognition-api';
import { reasonText } from './reason-text';
import { SkillLink } from './skill-link';
import { useSkillLabels, type SkillLabel } from './skill-labels';

function Coverage({
  result,
  label,
  qualificationTitle,
}: {
  result: RecognitionResult;
  label: SkillLabel;
  qualificationTitle: (id: string) => string;
}) {
  const { t } = useTranslation();
  const uid = useId();
  // Evidence sources read `qualification:<id>` when a qualification's learning outcomes cover the skill.
  const sourceLabel = (source: string) =>
    source.startsWith('qualification:')
      ? qualificationTitle(source.slice('qualification:'.length))
      : source;
  const { covered, missing, essential } = result.coverage;
  return (
    <section aria-labelledby={`${uid}-coverage`} className="concept-section">
      <H id={`${uid}-coverage`}>
        {t('recognition.coverage', { covered: covered.length, essential: essential.length })}
      </H>
      <div className="coverage">
        <div>
          <HeadingLevel>
            <H id={`${uid}-covered-skills`}>
              {t('recognition.coveredSkills', { count: covered.length })}
            </H>
          </HeadingLevel>
          {covered.length === 0 ? (
            <p className="muted">{t('common.none')}</p>
          ) : (
            <ul aria-labelledby={`${uid}-covered-skills`} data-testid="covered-skills">
              {covered.map((s) => (
                <li key={s.skillUri}>
                  <SkillLink uri={s.skillUri} label={label} />{' '}
                  <span className="meta">
                    ({t(`recognition.evidence.${s.evidence}`)}
                    {s.source ? `, ${sourceLabel(s.source)}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <HeadingLevel>
            <H id={`${uid}-missing-skills`}>
              {t('recognition.missingSkills', { count: missing.length })}
            </H>
          </HeadingLevel>
          {missing.length === 0 ? (
            <p className="muted">{t('common.none')}</p>
          ) : (
            <ul aria-labelledby={`${uid}-missing-skills`} data-testid="missing-skills">
              {missing.map((uri) => (
                <li key={uri}>
                  <SkillLink uri={uri} label={label} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

/** Why no levels were compared: an agreement settled the level, or the target sets none. */
function LevelWithoutComparison({ result }: { result: RecognitionResult }) {
  const { t } = useTranslation();
  const uid = useId();
  const settled = result.reasons.find(
    (r): r is { kind: 'level_settled_by_agreement'; agreementId: string } =>
      r.kind === 'level_settled_by_agreement',
  );
  const notRequired = result.reasons.some((r) => r.kind === 'level_not_required');
  if (!settled && !notRequired) return null;
  return (
    <section aria-labelledby={`${uid}-level-path`} className="concept-section">
      <H id={`${uid}-level-path`}>{t('recognition.levelPath')}</H>
      <p>
        {settled
          ? t('recognition.levelSettled', { agreement: settled.agreementId })
          : t('recognition.levelNotRequired')}
      </p>
    </section>
  );
}

/** The engine's explained answer: outcome, reasons, coverage, level path and compensation. */
export function EvaluationResult({
  result,
  frameworks,
  qualificationTitle,
}: {
  result: RecognitionResult;
  frameworks: Map<string, Framework>;
  qualificationTitle: (id: string) => string;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const label = useSkillLabels(result.target.occupations?.[0]);
  const comparison = result.reasons.find(
    (r): r is { kind: 'level_comparison'; comparison: LevelComparison } =>
      r.kind === 'level_comparison',
  )?.comparison;
  return (
    <article aria-labelledby={`${uid}-result-title`} className="evaluation-result">
      <H id={`${uid}-result-title`}>
        {t('recognition.resultFor', { target: result.target.label })}{' '}
        <OutcomeBadge outcome={result.outcome} />
      </H>
      <dl className="facts">
        <div>
          <dt>{t('recognition.basis')}</dt>
          <dd>
            {result.qualificationId
              ? qualificationTitle(result.qualificationId)
              : t('recognition.priorLearning')}
          </dd>
        </div>
        <div>
          <dt>{t('recognition.asOf')}</dt>
          <dd>
            {result.asOf} ({t('recognition.rulesVersion', { version: result.rulesVersion })})
          </dd>
        </div>
        {result.considered.length > 1 && (
          <div>
            <dt>{t('recognition.considered')}</dt>
            <dd>
              <ul className="plain-list">
                {result.considered.map((c) => (
                  <li key={c.qualificationId ?? 'prior'}>
                    {c.qualificationId
                      ? qualificationTitle(c.qualificationId)
                      : t('recognition.priorLearning')}
                    : <OutcomeBadge outcome={c.outcome} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby={`${uid}-reasons`} className="concept-section">
        <H id={`${uid}-reasons`}>{t('recognition.reasons')}</H>
        <ul className="plain-list" data-testid="reasons">
          {result.reasons.map((r, i) => (
            <li key={i}>{reasonText(r, t, label) ?? result.explanation?.[i] ?? r.kind}</li>
          ))}
        </ul>
      </section>
      <Coverage result={result} label={label} qualificationTitle={qualificationTitle} />
      {comparison ? (
        <LevelPath comparison={comparison} frameworks={frameworks} />
      ) : (
        <LevelWithoutComparison result={result} />
      )}
      <CompensationPathway result={result} label={label} />
    </article>
  );
}
