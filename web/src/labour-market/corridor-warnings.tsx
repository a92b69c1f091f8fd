import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { fmt, lmiPaths, type Complementarity, type Warnings } from './lmi-api';

/** Occupations of an origin → destination corridor ranked by complementarity. */
export function CorridorView() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ origin: 'MA', destination: 'BE', month: '2025-12' });
  const [asked, setAsked] = useState(form);
  const state = useApi<{ occupations: Complementarity[] }>(lmiPaths.corridor(asked));
  return (
    <section aria-labelledby="lmi-corridor">
      <h2 id="lmi-corridor">{t('lmi.corridorTitle')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(form);
        }}
      >
        {(['origin', 'destination', 'month'] as const).map((k) => (
          <label key={k}>
            {t(`lmi.${k}`)}{' '}
            <input
              value={form[k]}
              onChange={(e) => setForm({ ...form, [k]: e.target.value.trim() })}
              size={k === 'month' ? 8 : 3}
            />
          </label>
        ))}
        <button type="submit">{t('lmi.show')}</button>
      </form>
      <Loaded state={state}>
        {({ occupations }) =>
          occupations.length === 0 ? (
            <p className="empty">{t('lmi.noCorridor')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('lmi.columns.iscoCode')}</th>
                  <th scope="col">{t('lmi.destinationShortage')}</th>
                  <th scope="col">{t('lmi.originSurplus')}</th>
                  <th scope="col">{t('lmi.score')}</th>
                  <th scope="col">{t('lmi.couldMove')}</th>
                </tr>
              </thead>
              <tbody>
                {occupations.map((o) => (
                  <tr key={o.iscoCode}>
                    <td>{o.iscoCode}</td>
                    <td>{fmt(o.destinationShortage)}</td>
                    <td>{fmt(o.originSurplus)}</td>
                    <td>{fmt(o.score)}</td>
                    <td>{fmt(o.destinationCouldGain)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}

/** Brain-drain early warnings of an origin country, each with its numbers. */
export function WarningsList() {
  const { t } = useTranslation();
  const [country, setCountry] = useState('NG');
  const state = useApi<Warnings>(/^[A-Z]{2}$/.test(country) ? lmiPaths.warnings(country) : null);
  return (
    <section aria-labelledby="lmi-warnings">
      <h2 id="lmi-warnings">{t('lmi.warningsTitle')}</h2>
      <label>
        {t('lmi.origin')}{' '}
        <input
          value={country}
          onChange={(e) => setCountry(e.target.value.trim().toUpperCase())}
          size={3}
        />
      </label>
      <Loaded state={state}>
        {(w) => (
          <ul>
            {w.healthDensity && (
              <li role="alert">
                {t('lmi.healthWarning', {
                  density: fmt(w.healthDensity.densityPer10000, 1),
                  threshold: w.healthDensity.threshold,
                  shortfall: fmt(w.healthDensity.shortfall),
                })}
              </li>
            )}
            {w.health && !w.healthDensity && (
              <li>{t('lmi.healthOk', { density: fmt(w.health.densityPer10000, 1) })}</li>
            )}
            {w.outflow.map((o) => (
              <li key={o.iscoCode}>
                {t('lmi.outflowWarning', {
                  isco: o.iscoCode,
                  months: o.monthsAhead,
                  demand: fmt(o.demandThen),
                  supply: fmt(o.supplyAfterOutflows),
                  outflow: fmt(o.cumulativeOutflow),
                })}
              </li>
            ))}
            {w.outflow.length === 0 && !w.healthDensity && <li>{t('lmi.noWarnings')}</li>}
            {(w.plannedDepartures ?? []).map((d) => (
              <li key={`planned-${d.iscoCode}`}>
                {t('lmi.plannedDepartures', {
                  isco: d.iscoCode,
                  total: fmt(d.total),
                  quotas: fmt(d.fromQuotas),
                  allocated: fmt(d.allocated),
                })}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
