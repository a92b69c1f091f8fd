import { useTranslation } from 'react-i18next';
import type { WhatIf } from './allocation-api';

/** The allocation beside the optimum without quotas, first come first served and stable. */
export function WhatIfSection({ whatIf }: { whatIf: WhatIf | null }) {
  const { t } = useTranslation();
  if (!whatIf) return null;
  const womenRate = (s: WhatIf['scenarios'][number]) =>
    s.fairness.groups.gender.find((g) => g.value === 'female')?.rate;
  return (
    <section aria-labelledby="allocation-whatif-title">
      <h2 id="allocation-whatif-title">{t('allocation.whatIfTitle')}</h2>
      <p>{t('allocation.costOfQuotas', { cost: whatIf.costOfQuotas.toFixed(1) })}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('allocation.method')}</th>
            <th scope="col">{t('allocation.objective')}</th>
            <th scope="col">{t('allocation.relativeObjective')}</th>
            <th scope="col">{t('allocation.assigned')}</th>
            <th scope="col">{t('allocation.womenRate')}</th>
          </tr>
        </thead>
        <tbody>
          {whatIf.scenarios.map((s) => {
            const women = womenRate(s);
            return (
              <tr key={s.scenario}>
                <th scope="row">{t(`allocation.scenarios.${s.scenario}`)}</th>
                <td>{s.objective.toFixed(1)}</td>
                <td>{`${(s.relativeObjective * 100).toFixed(1)} %`}</td>
                <td>{s.assigned}</td>
                <td>{women === undefined ? '—' : `${(women * 100).toFixed(1)} %`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
