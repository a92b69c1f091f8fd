import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { useSubmission } from '../partnerships/form-support';
import { Loading, ProblemMessage } from '../shell/status';
import {
  allocationPaths,
  allocationRoutes,
  isActive,
  type AllocationRun,
  type RunDetail,
} from './allocation-api';
import { FairnessSection } from './fairness-section';
import { OverrideForm } from './override-form';
import { PeopleSection } from './people-section';
import { useRunDetail } from './use-run';
import { WhatIfSection } from './what-if-section';

/** Progress of a queued or running run, announced politely. */
function RunProgress({ run }: { run: AllocationRun }) {
  const { t } = useTranslation();
  const percent = Math.round(run.progress * 100);
  return (
    <div aria-live="polite">
      <label htmlFor="allocation-progress">
        {t(`allocation.statuses.${run.status}`)} — {run.message}
      </label>{' '}
      <progress id="allocation-progress" max={100} value={percent}>
        {percent}%
      </progress>{' '}
      {percent}%
    </div>
  );
}

/** The run's figures: objective, dual bound, gap, how many assigned. */
function RunSummaryTable({ run }: { run: AllocationRun }) {
  const { t } = useTranslation();
  const s = run.summary;
  if (!s) return null;
  const rows: [string, string][] = [
    [t('allocation.objective'), s.objective.toFixed(1)],
    [t('allocation.dualBound'), s.dualBound === null ? '—' : s.dualBound.toFixed(1)],
    [t('allocation.gap'), s.gap === null ? '—' : `${(s.gap * 100).toFixed(2)} %`],
    [t('allocation.provenOptimal'), s.provenOptimal ? t('allocation.yes') : t('allocation.no')],
    [t('allocation.assigned'), String(s.assigned)],
    [t('allocation.unassigned'), String(s.unassigned)],
    [t('allocation.duration'), `${s.durationMs.toFixed(0)} ms`],
    [t('allocation.seed'), String(run.seed)],
    [t('allocation.scoreModel'), run.scoreModel ?? '—'],
  ];
  return (
    <section aria-labelledby="allocation-summary-title">
      <h2 id="allocation-summary-title">{t('allocation.summaryTitle')}</h2>
      <table className="data-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!s.quotasEnforced && <p className="muted">{t('allocation.quotasNotEnforced')}</p>}
      {s.quotaPrices.length > 0 && (
        <table className="data-table">
          <caption>{t('allocation.quotaPricesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('allocation.constraint')}</th>
              <th scope="col">{t('allocation.price')}</th>
            </tr>
          </thead>
          <tbody>
            {s.quotaPrices.map((q) => (
              <tr key={q.constraint}>
                <th scope="row">
                  <code>{q.constraint}</code>
                </th>
                <td>
                  {q.price.toFixed(2)} {t(`allocation.units.${q.unit}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Why an infeasible run has no assignment: the constraints that conflict. */
function Conflicts({ run }: { run: AllocationRun }) {
  const { t } = useTranslation();
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{t('allocation.infeasibleTitle')}</p>
      <ul>
        {run.conflicts.map((c) => (
          <li key={`${c.constraint}:${c.reason}`}>
            <code>{c.constraint}</code>: {c.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FinishedRun({ detail, reload }: { detail: RunDetail; reload: () => void }) {
  const [chosen, setChosen] = useState<{ candidateId: string; name: string | null } | null>(null);
  const [version, setVersion] = useState(0);
  const runId = detail.run.id;
  return (
    <>
      <RunSummaryTable run={detail.run} />
      <FairnessSection fairness={detail.fairness} />
      <WhatIfSection whatIf={detail.whatIf} />
      <PeopleSection runId={runId} version={version} onChoose={setChosen} />
      {chosen && (
        <OverrideForm
          key={chosen.candidateId}
          runId={runId}
          candidateId={chosen.candidateId}
          name={chosen.name}
          slots={detail.slots}
          onDone={() => {
            setVersion((v) => v + 1);
            reload();
          }}
        />
      )}
    </>
  );
}

/** /allocation/runs/:runId — a run's progress, then its results, reports and overrides. */
export function RunPage() {
  const { t } = useTranslation();
  const { runId = '' } = useParams();
  const navigate = useNavigate();
  const { detail, error, reload } = useRunDetail(runId);
  const rerun = useSubmission();
  if (error) return <ProblemMessage error={error} />;
  if (!detail) return <Loading />;
  const { run } = detail;
  return (
    <section aria-labelledby="allocation-run-title">
      <title>{`${t('allocation.runTitle')} · ${t('app.name')}`}</title>
      <h1 id="allocation-run-title">{t('allocation.runTitle')}</h1>
      <p>
        <Link to={allocationRoutes.home(run.partnershipId)}>{t('allocation.backToRuns')}</Link>
      </p>
      <p>
        {t(`allocation.modes.${run.mode}`)} ·{' '}
        <span className="badge">{t(`allocation.statuses.${run.status}`)}</span>
        {run.candidates !== undefined &&
          ` · ${t('allocation.cohortSize', { candidates: run.candidates, slots: run.slots ?? 0 })}`}
      </p>
      {isActive(run.status) && <RunProgress run={run} />}
      {run.status === 'infeasible' && <Conflicts run={run} />}
      {run.status === 'failed' && (
        <div className="problem" role="alert">
          <p className="problem-title">{t('allocation.failedTitle')}</p>
          <p>{run.message}</p>
        </div>
      )}
      {run.status === 'succeeded' && <FinishedRun detail={detail} reload={reload} />}
      {!isActive(run.status) && (
        <p>
          <button
            type="button"
            disabled={rerun.busy}
            onClick={() =>
              void rerun.run(async () => {
                const { run: again } = await apiRequest<{ run: AllocationRun }>(
                  allocationPaths.rerun(run.id),
                  { method: 'POST' },
                );
                await navigate(allocationRoutes.run(again.id));
              })
            }
          >
            {t('allocation.rerun')}
          </button>
        </p>
      )}
      {rerun.error && <ProblemMessage error={rerun.error} />}
    </section>
  );
}
