import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/client';
import { useApi } from '../../api/use-api';
import {
  FieldError,
  invalidProps,
  reasonFor,
  useSubmission,
} from '../../partnerships/form-support';
import { Loaded, ProblemMessage } from '../../shell/status';
import {
  fairRecruitmentPaths,
  fairRecruitmentRoutes,
  type ComplianceRecord,
  type Contract,
  type FairRecruitmentReport,
} from './fair-recruitment-api';
import './fair-recruitment.css';

const months = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);

/** A figure withheld for small counts (null) shown as "fewer than n". */
function useWithheld(threshold: number) {
  const { t } = useTranslation();
  const withheld = t('protection.suppressed', { n: threshold });
  return (n: number | null) => (n === null ? withheld : n);
}

/** The sentence saying why some figures read "fewer than n", when any do. */
function SmallCountsNote({ shown, threshold }: { shown: boolean; threshold: number }) {
  const { t } = useTranslation();
  return shown ? (
    <p className="muted">{t('fairRecruitment.smallCountsWithheld', { n: threshold })}</p>
  ) : null;
}

/** SDG 10.7.1 overall and per cohort, with its definition. */
function ReportSection({ report }: { report: FairRecruitmentReport }) {
  const { t } = useTranslation();
  const o = report.overall;
  const count = useWithheld(report.smallCountThreshold);
  const anySuppressed = o.suppressed || report.byCohort.some((c) => c.suppressed);
  return (
    <section aria-labelledby="fr-report">
      <h2 id="fr-report">{t('fairRecruitment.indicator')}</h2>
      <p className="muted">{t('fairRecruitment.definition')}</p>
      <SmallCountsNote shown={anySuppressed} threshold={report.smallCountThreshold} />
      <dl className="figures">
        <div>
          <dt>{t('fairRecruitment.median')}</dt>
          <dd>{months(o.median)}</dd>
        </div>
        <div>
          <dt>{t('fairRecruitment.mean')}</dt>
          <dd>{months(o.mean)}</dd>
        </div>
        <div>
          <dt>{t('fairRecruitment.shareWhoPaid')}</dt>
          <dd>{percent(o.shareWhoPaid)}</dd>
        </div>
        <div>
          <dt>{t('fairRecruitment.employerPaysFlags')}</dt>
          <dd>{count(o.peopleWithEmployerPaysFlags)}</dd>
        </div>
        <div>
          <dt>{t('fairRecruitment.substitutionFlags')}</dt>
          <dd>{report.substitutionFlags}</dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('fairRecruitment.byCohort')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fairRecruitment.cohort')}</th>
              <th scope="col">{t('fairRecruitment.people')}</th>
              <th scope="col">{t('fairRecruitment.median')}</th>
              <th scope="col">{t('fairRecruitment.shareWhoPaid')}</th>
            </tr>
          </thead>
          <tbody>
            {report.byCohort.map((c) => (
              <tr key={c.cohort}>
                <th scope="row">{c.cohort}</th>
                <td>{count(c.people)}</td>
                <td>{months(c.median)}</td>
                <td>{percent(c.shareWhoPaid)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Suspends an organisation with a reason, or lifts its suspension with a reason. */
function SuspensionForm(props: {
  partnershipId: string;
  record: ComplianceRecord;
  changed: () => void;
}) {
  const { t } = useTranslation();
  const { record } = props;
  const active =
    record.suspension && record.suspension.liftedAt === null ? record.suspension : null;
  const [reason, setReason] = useState('');
  const { error, busy, run } = useSubmission();
  const id = `fr-suspend-${record.role}-${record.organisationId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await apiRequest(
        active
          ? fairRecruitmentPaths.lift(props.partnershipId, active.id)
          : fairRecruitmentPaths.suspend(props.partnershipId),
        {
          method: 'POST',
          body: active
            ? { reason }
            : { organisationId: record.organisationId, role: record.role, reason },
        },
      );
      setReason('');
      props.changed();
    });
  };
  const reasonError = reasonFor(error, 'reason');
  return (
    <form onSubmit={submit} className="stacked-form">
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          {active ? t('fairRecruitment.liftReason') : t('fairRecruitment.suspendReason')} (
          {record.name})
        </label>
        <input
          id={`${id}-reason`}
          required
          minLength={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...invalidProps(`${id}-error`, reasonError)}
        />
        <FieldError id={`${id}-error`} reason={reasonError} />
      </div>
      {error && <ProblemMessage error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {active ? t('fairRecruitment.lift') : t('fairRecruitment.suspend')}
      </button>
    </form>
  );
}

/** Each employer's and recruiter's record; coordinators suspend from here. */
function ComplianceSection({
  partnershipId,
  version,
  changed,
}: {
  partnershipId: string;
  version: number;
  changed: () => void;
}) {
  const { t } = useTranslation();
  const state = useApi<{
    records: ComplianceRecord[];
    canSuspend: boolean;
    smallCountThreshold: number;
  }>(`${fairRecruitmentPaths.compliance(partnershipId)}?v=${version}`);
  return (
    <section aria-labelledby="fr-compliance">
      <h2 id="fr-compliance">{t('fairRecruitment.compliance')}</h2>
      <Loaded state={state}>
        {({ records, canSuspend, smallCountThreshold }) =>
          records.length === 0 ? (
            <p className="empty">{t('fairRecruitment.noRecords')}</p>
          ) : (
            <>
              <SmallCountsNote
                shown={records.some((r) => r.suppressed)}
                threshold={smallCountThreshold}
              />
              <ComplianceCards
                partnershipId={partnershipId}
                records={records}
                canSuspend={canSuspend}
                threshold={smallCountThreshold}
                changed={changed}
              />
            </>
          )
        }
      </Loaded>
    </section>
  );
}

/** One card per record; a withheld figure reads "fewer than n". */
function ComplianceCards(props: {
  partnershipId: string;
  records: ComplianceRecord[];
  canSuspend: boolean;
  threshold: number;
  changed: () => void;
}) {
  const { t } = useTranslation();
  const { partnershipId, records, canSuspend, changed } = props;
  const count = useWithheld(props.threshold);
  return (
    <ul className="cards">
      {records.map((r) => {
        const suspended = r.suspension && r.suspension.liftedAt === null;
        return (
          <li key={`${r.role}:${r.organisationId}`} className="card">
            <h3>
              {r.name}{' '}
              <span className="badge badge-muted">{t(`fairRecruitment.roles.${r.role}`)}</span>
              {suspended && (
                <span className="badge badge-flag"> {t('fairRecruitment.suspended')}</span>
              )}
            </h3>
            <dl className="facts">
              <dt>{t('fairRecruitment.placements')}</dt>
              <dd>{count(r.placements)}</dd>
              <dt>{t('fairRecruitment.substitutionFlags')}</dt>
              <dd>{count(r.substitutionFlags)}</dd>
              <dt>{t('fairRecruitment.feesCharged')}</dt>
              <dd>
                {count(r.feesChargedToWorkers)}{' '}
                {Object.entries(r.amountsChargedToWorkers ?? {})
                  .map(([c, a]) => `(${a} ${c})`)
                  .join(' ')}
              </dd>
              <dt>{t('fairRecruitment.grievancesUpheld')}</dt>
              <dd>{count(r.grievancesUpheld)}</dd>
            </dl>
            {suspended && (
              <p className="meta">
                {t('fairRecruitment.suspendedBecause')}: {r.suspension!.reason}
              </p>
            )}
            {canSuspend && (
              <SuspensionForm partnershipId={partnershipId} record={r} changed={changed} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The partnership's contracts the caller may read, flagged ones marked. */
function ContractList({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const state = useApi<{ contracts: Contract[] }>(
    `${fairRecruitmentPaths.contracts}?partnershipId=${partnershipId}`,
  );
  return (
    <section aria-labelledby="fr-partnership-contracts">
      <h2 id="fr-partnership-contracts">{t('fairRecruitment.contracts')}</h2>
      <Loaded state={state}>
        {({ contracts }) =>
          contracts.length === 0 ? (
            <p className="empty">{t('fairRecruitment.noContracts')}</p>
          ) : (
            <ul className="plain-list">
              {contracts.map((c) => (
                <li key={c.id}>
                  <Link to={fairRecruitmentRoutes.contract(c.id)}>
                    {c.personName} · {c.employerName}
                  </Link>
                  {c.substitution && (
                    <span className="badge badge-flag"> {t('fairRecruitment.substitution')}</span>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

/** A partnership's fair-recruitment figures and its compliance page. */
export function CompliancePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const report = useApi<FairRecruitmentReport>(fairRecruitmentPaths.report(id));
  return (
    <div className="page">
      <h1>{t('fairRecruitment.partnershipTitle')}</h1>
      <Loaded state={report}>{(r) => <ReportSection report={r} />}</Loaded>
      <ContractList partnershipId={id} />
      <ComplianceSection
        partnershipId={id}
        version={version}
        changed={() => setVersion((v) => v + 1)}
      />
    </div>
  );
}
