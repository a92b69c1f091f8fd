import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { partnershipPaths, type PartnershipSummary } from '../partnerships/partnerships-api';
import { useSubmission } from '../partnerships/form-support';
import { Loaded, ProblemMessage } from '../shell/status';
import {
  allocationPaths,
  allocationRoutes,
  type AllocationMode,
  type AllocationRun,
} from './allocation-api';

/** The runs of a partnership, newest first, each linking to its results. */
function RunList({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const state = useApi<{ runs: AllocationRun[] }>(allocationPaths.runs(partnershipId));
  return (
    <section aria-labelledby="allocation-runs-title">
      <h2 id="allocation-runs-title">{t('allocation.runsTitle')}</h2>
      <Loaded state={state}>
        {({ runs }) =>
          runs.length === 0 ? (
            <p className="empty">{t('allocation.noRuns')}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('allocation.startedAt')}</th>
                  <th scope="col">{t('allocation.mode')}</th>
                  <th scope="col">{t('allocation.status')}</th>
                  <th scope="col">{t('allocation.objective')}</th>
                  <th scope="col">{t('allocation.assigned')}</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={allocationRoutes.run(r.id)}>
                        {new Date(r.createdAt).toLocaleString()}
                      </Link>
                    </td>
                    <td>{t(`allocation.modes.${r.mode}`)}</td>
                    <td>
                      <span className="badge">{t(`allocation.statuses.${r.status}`)}</span>
                    </td>
                    <td>{r.summary ? r.summary.objective.toFixed(1) : '—'}</td>
                    <td>{r.summary ? r.summary.assigned : '—'}</td>
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

/** Starts a run of the chosen partnership and opens it. */
function StartRunForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [mode, setMode] = useState<AllocationMode>('optimal');
  const [seed, setSeed] = useState('');
  const { error, busy, run } = useSubmission();
  const submit = () =>
    run(async () => {
      const body = { mode, ...(seed.trim() === '' ? {} : { seed: Number(seed) }) };
      const { run: started } = await apiRequest<{ run: AllocationRun }>(
        allocationPaths.runs(partnershipId),
        { method: 'POST', body },
      );
      await navigate(allocationRoutes.run(started.id));
    });
  return (
    <form
      aria-labelledby="allocation-start-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="allocation-start-title">{t('allocation.startTitle')}</h2>
      <fieldset>
        <legend>{t('allocation.mode')}</legend>
        {(['optimal', 'stable'] as const).map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name="allocation-mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />{' '}
            {t(`allocation.modes.${m}`)} — {t(`allocation.modeHints.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="allocation-seed">{t('allocation.seed')}</label>
        <p id="allocation-seed-hint" className="muted">
          {t('allocation.seedHint')}
        </p>
        <input
          id="allocation-seed"
          type="number"
          min={0}
          value={seed}
          aria-describedby="allocation-seed-hint"
          onChange={(e) => setSeed(e.target.value)}
        />
      </div>
      {error && <ProblemMessage error={error} title={t('allocation.startFailed')} />}
      <button type="submit" disabled={busy}>
        {t('allocation.start')}
      </button>
    </form>
  );
}

/** /allocation — choose a partnership, start a run of its cohort, see its earlier runs. */
export function AllocationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('partnership') ?? '';
  const state = useApi<{ partnerships: PartnershipSummary[] }>(partnershipPaths.list());
  return (
    <section aria-labelledby="allocation-title">
      <title>{`${t('allocation.title')} · ${t('app.name')}`}</title>
      <h1 id="allocation-title">{t('allocation.title')}</h1>
      <p>{t('allocation.intro')}</p>
      <Loaded state={state}>
        {({ partnerships }) => (
          <div className="field">
            <label htmlFor="allocation-partnership">{t('allocation.partnership')}</label>
            <select
              id="allocation-partnership"
              value={chosen}
              onChange={(e) => setParams(e.target.value ? { partnership: e.target.value } : {})}
            >
              <option value="">{t('allocation.choosePartnership')}</option>
              {partnerships.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
        )}
      </Loaded>
      {chosen && (
        <>
          <StartRunForm key={chosen} partnershipId={chosen} />
          <RunList partnershipId={chosen} />
        </>
      )}
    </section>
  );
}
