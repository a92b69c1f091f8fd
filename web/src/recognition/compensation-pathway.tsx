import { useId } from 'react';
import { H, HeadingLevel } from './heading';
import { useTranslation } from 'react-i18next';
import { SkillLink } from './skill-link';
import type { BridgingPlan, MeasureKind, RecognitionResult } from './recognition-api';
import type { SkillLabel } from './skill-labels';

type CompensationReason = {
  kind: 'compensation';
  plan: BridgingPlan;
  allowed: MeasureKind[];
  unclosed: string[];
};

function SkillList({ uris, label }: { uris: string[]; label: SkillLabel }) {
  return (
    <ul className="plain-list">
      {uris.map((uri) => (
        <li key={uri}>
          <SkillLink uri={uri} label={label} />
        </li>
      ))}
    </ul>
  );
}

/** The bridging modules (cost, skills each teaches, total), other measures, and gaps left. */
export function CompensationPathway({
  result,
  label,
}: {
  result: RecognitionResult;
  label: SkillLabel;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const reason = result.reasons.find((r): r is CompensationReason => r.kind === 'compensation');
  if (!reason && result.measures.length === 0) return null;
  const plan = reason?.plan;
  const missing = new Set(result.coverage.missing);
  const others = result.measures.filter((m) => m.kind !== 'bridging_training');
  return (
    <section aria-labelledby={`${uid}-compensation`} className="concept-section">
      <H id={`${uid}-compensation`}>{t('recognition.compensation')}</H>
      {plan && plan.modules.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              {plan.method === 'exact'
                ? t('recognition.planExact')
                : t('recognition.planGreedy', { bound: plan.bound })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('recognition.module')}</th>
                <th scope="col">{t('recognition.cost')}</th>
                <th scope="col">{t('recognition.skillsTaught')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.modules.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.title}
                    <div className="meta">
                      {m.provider}
                      {m.country ? ` (${m.country})` : ''} ·{' '}
                      {t('recognition.hours', { count: m.hours })}
                    </div>
                  </td>
                  <td>{t('recognition.euros', { amount: m.cost })}</td>
                  <td>
                    <SkillList uris={m.skills.filter((s) => missing.has(s))} label={label} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('recognition.total')}</th>
                <td data-testid="compensation-total">
                  {t('recognition.euros', { amount: plan.cost })}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {plan && !plan.coverExists && (
        <div className="problem" role="note">
          <p className="problem-title">{t('recognition.noCover')}</p>
          <SkillList uris={plan.uncoverable} label={label} />
        </div>
      )}
      {reason && reason.unclosed.length > 0 && (
        <div className="problem" role="note">
          <p className="problem-title">{t('recognition.unclosed')}</p>
          <SkillList uris={reason.unclosed} label={label} />
        </div>
      )}
      {others.map((m) => (
        <div key={m.kind}>
          <HeadingLevel>
            <H>{t(`recognition.measureKinds.${m.kind}`)}</H>
          </HeadingLevel>
          {m.kind === 'adaptation_period' && <p>{t('recognition.months', { count: m.months })}</p>}
          {m.skills.length > 0 ? (
            <SkillList uris={m.skills} label={label} />
          ) : (
            <p>{t('recognition.confirmLevel')}</p>
          )}
        </div>
      ))}
    </section>
  );
}
