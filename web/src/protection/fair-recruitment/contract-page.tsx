import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/client';
import { useApi } from '../../api/use-api';
import { InputField, reasonFor, useSubmission } from '../../partnerships/form-support';
import { Loaded, ProblemMessage } from '../../shell/status';
import {
  COST_KINDS,
  PAYERS,
  STAGES,
  fairRecruitmentPaths,
  type ComparedField,
  type Contract,
  type ContractTerms,
  type CostKind,
  type Payer,
  type RecruitmentCost,
} from './fair-recruitment-api';
import './fair-recruitment.css';

const FIELDS: ComparedField[] = ['wage', 'hoursPerWeek', 'occupationUri', 'place'];
/** Amounts of money and hours: decimal keypad on phones, never negative. */
const AMOUNT = { inputMode: 'decimal', min: '0', step: 'any' } as const;

function cell(terms: ContractTerms | undefined, field: ComparedField): string {
  if (!terms) return '—';
  if (field === 'wage')
    return terms.wage ? `${terms.wage.amount} ${terms.wage.currency} / ${terms.wage.per}` : '—';
  if (field === 'hoursPerWeek')
    return terms.hoursPerWeek === null ? '—' : String(terms.hoursPerWeek);
  if (field === 'occupationUri') return terms.occupationUri?.split('/').pop() ?? '—';
  return [terms.city, terms.country].filter(Boolean).join(', ') || '—';
}

/** The offer, the signed contract and the actual terms side by side; flagged fields stand out. */
function Comparison({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const flagged = new Set(
    contract.comparisons.flatMap((c) =>
      c.differences.filter((d) => d.beyondTolerance).map((d) => d.field),
    ),
  );
  return (
    <section aria-labelledby="fr-comparison">
      <h2 id="fr-comparison">{t('fairRecruitment.comparison')}</h2>
      {contract.substitution ? (
        <p className="problem" role="status">
          {t('fairRecruitment.substitutionExplained')}
        </p>
      ) : (
        <p className="muted">{t('fairRecruitment.noSubstitution')}</p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('fairRecruitment.comparison')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fairRecruitment.field')}</th>
              {STAGES.map((s) => (
                <th scope="col" key={s}>
                  {t(`fairRecruitment.stages.${s}`)}
                  <br />
                  <span className="muted">{contract.versions[s]?.statedOn ?? ''}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((f) => (
              <tr key={f} className={flagged.has(f) ? 'flagged-row' : undefined}>
                <th scope="row">
                  {t(`fairRecruitment.fields.${f}`)}
                  {flagged.has(f) && (
                    <span className="badge badge-flag"> {t('fairRecruitment.flag')}</span>
                  )}
                </th>
                {STAGES.map((s) => (
                  <td key={s}>{cell(contract.versions[s]?.terms, f)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The person reports the terms they actually work under (wage per month, hours per week). */
function ActualTermsForm({ contract, changed }: { contract: Contract; changed: () => void }) {
  const { t } = useTranslation();
  const base = contract.versions.signed?.terms ?? contract.versions.offer?.terms;
  const [amount, setAmount] = useState('');
  const [hours, setHours] = useState('');
  const { error, busy, run } = useSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const terms: ContractTerms = {
      wage: { amount: Number(amount), currency: base?.wage?.currency ?? 'EUR', per: 'month' },
      hoursPerWeek: hours === '' ? null : Number(hours),
      occupationUri: base?.occupationUri ?? null,
      country: base?.country ?? null,
      city: base?.city ?? null,
    };
    void run(async () => {
      await apiRequest(fairRecruitmentPaths.version(contract.id, 'actual'), {
        method: 'PUT',
        body: { terms, statedOn: new Date().toISOString().slice(0, 10) },
      });
      changed();
    });
  };
  return (
    <form onSubmit={submit} className="stacked-form" aria-labelledby="fr-actual">
      <h2 id="fr-actual">{t('fairRecruitment.reportActual')}</h2>
      <InputField
        id="fr-actual-wage"
        label={`${t('fairRecruitment.monthlyWage')} (${base?.wage?.currency ?? 'EUR'})`}
        type="number"
        inputProps={AMOUNT}
        required
        value={amount}
        onChange={setAmount}
        reason={reasonFor(error, 'terms.wage')}
      />
      <InputField
        id="fr-actual-hours"
        label={t('fairRecruitment.hoursPerWeek')}
        type="number"
        inputProps={AMOUNT}
        value={hours}
        onChange={setHours}
        reason={reasonFor(error, 'terms.hoursPerWeek')}
      />
      {error && <ProblemMessage error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {t('fairRecruitment.send')}
      </button>
    </form>
  );
}

/** Records a fee or cost paid, and who paid it: one field per line, fit for a phone. */
function CostForm({ contract, changed }: { contract: Contract; changed: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CostKind>('recruitment_fee');
  const [paidBy, setPaidBy] = useState<Payer>('worker');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(contract.versions.offer?.terms.wage?.currency ?? 'EUR');
  const [paidOn, setPaidOn] = useState('');
  const { error, busy, run } = useSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await apiRequest(fairRecruitmentPaths.recordCost, {
        method: 'POST',
        body: {
          contractId: contract.id,
          kind,
          paidBy,
          amount: Number(amount),
          currency: currency.trim().toUpperCase(),
          ...(paidOn ? { paidOn } : {}),
        },
      });
      setAmount('');
      changed();
    });
  };
  return (
    <form onSubmit={submit} className="stacked-form" aria-labelledby="fr-cost">
      <h2 id="fr-cost">{t('fairRecruitment.recordCost')}</h2>
      <div className="field">
        <label htmlFor="fr-cost-kind">{t('fairRecruitment.kind')}</label>
        <select
          id="fr-cost-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as CostKind)}
        >
          {COST_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`fairRecruitment.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <InputField
        id="fr-cost-amount"
        label={t('fairRecruitment.amount')}
        type="number"
        inputProps={AMOUNT}
        required
        value={amount}
        onChange={setAmount}
        reason={reasonFor(error, 'amount')}
      />
      <InputField
        id="fr-cost-currency"
        label={t('fairRecruitment.currency')}
        inputProps={{ maxLength: 3 }}
        required
        value={currency}
        onChange={setCurrency}
        reason={reasonFor(error, 'currency')}
      />
      <div className="field">
        <label htmlFor="fr-cost-payer">{t('fairRecruitment.paidBy')}</label>
        <select
          id="fr-cost-payer"
          value={paidBy}
          onChange={(e) => setPaidBy(e.target.value as Payer)}
        >
          {PAYERS.map((p) => (
            <option key={p} value={p}>
              {t(`fairRecruitment.payers.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <InputField
        id="fr-cost-date"
        label={t('fairRecruitment.paidOn')}
        type="date"
        value={paidOn}
        onChange={setPaidOn}
        reason={reasonFor(error, 'paidOn')}
      />
      {error && <ProblemMessage error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {t('fairRecruitment.record')}
      </button>
    </form>
  );
}

function CostList({ costs }: { costs: RecruitmentCost[] }) {
  const { t } = useTranslation();
  if (costs.length === 0) return <p className="empty">{t('fairRecruitment.noCosts')}</p>;
  return (
    <ul className="plain-list">
      {costs.map((c) => (
        <li key={c.id}>
          {t(`fairRecruitment.kinds.${c.kind}`)}: {c.amount} {c.currency} ·{' '}
          {t(`fairRecruitment.payers.${c.paidBy}`)}
          {c.employerShouldPay && (
            <span className="badge badge-flag"> {t('fairRecruitment.employerShouldPay')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One contract: its comparison, its costs and the forms to add to them. */
export function ContractPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const contract = useApi<{ contract: Contract }>(
    `${fairRecruitmentPaths.contract(id)}?v=${version}`,
  );
  const costs = useApi<{ costs: RecruitmentCost[] }>(
    `${fairRecruitmentPaths.costs(id)}&v=${version}`,
  );
  return (
    <div className="page">
      <Loaded state={contract}>
        {({ contract: c }) => (
          <>
            <h1>
              {t('fairRecruitment.contractOf')} {c.personName}
            </h1>
            <p className="meta">
              {c.employerName}
              {c.recruiterName ? ` · ${c.recruiterName}` : ''}
            </p>
            <Comparison contract={c} />
            <section aria-labelledby="fr-costs">
              <h2 id="fr-costs">{t('fairRecruitment.costs')}</h2>
              <Loaded state={costs}>{({ costs: list }) => <CostList costs={list} />}</Loaded>
            </section>
            <CostForm contract={c} changed={changed} />
            <ActualTermsForm contract={c} changed={changed} />
          </>
        )}
      </Loaded>
    </div>
  );
}
