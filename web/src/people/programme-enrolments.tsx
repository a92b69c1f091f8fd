import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { Loaded } from '../shell/status';
import { FieldError, reasonsFor } from './field-error';
import { enrolmentPaths, type ProgrammeEnrolment } from './people-api';

const today = () => new Date().toISOString().slice(0, 10);
const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) });

/**
 * The provider's enrolments of a programme: enrol a person (their journey opens or moves on in
 * the partnerships the programme is linked to), the list with each journey's stage, and a
 * withdrawal with its reason.
 */
export function ProgrammeEnrolments({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const state = useApi<{ enrolments: ProgrammeEnrolment[] }>(
    `${enrolmentPaths.list(programmeId)}?v=${version}`,
  );
  const reload = () => setVersion((v) => v + 1);
  return (
    <section aria-labelledby="programme-enrolments-title" className="people-enrolments">
      <h2 id="programme-enrolments-title">{t('people.enrolment.title')}</h2>
      <EnrolForm programmeId={programmeId} onEnrolled={reload} />
      <Loaded state={state}>
        {({ enrolments }) =>
          enrolments.length === 0 ? (
            <p>{t('people.enrolment.none')}</p>
          ) : (
            <ul aria-label={t('people.enrolment.list')}>
              {enrolments.map((e) => (
                <EnrolmentItem key={e.id} enrolment={e} onWithdrawn={reload} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function EnrolForm({ programmeId, onEnrolled }: { programmeId: string; onEnrolled: () => void }) {
  const { t } = useTranslation();
  const [candidateId, setCandidateId] = useState('');
  const [enrolledOn, setEnrolledOn] = useState(today);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiRequest(enrolmentPaths.list(programmeId), {
        method: 'POST',
        body: { candidateId: candidateId.trim(), enrolledOn },
      });
      setCandidateId('');
      onEnrolled();
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  }
  const personReason = reasonsFor(error, 'candidateId');
  const dateReason = reasonsFor(error, 'enrolledOn');
  const general = error && !personReason && !dateReason ? error.message : undefined;
  return (
    <form onSubmit={submit} aria-label={t('people.enrolment.enrol')}>
      <label>
        {t('people.enrolment.person')}
        <input
          value={candidateId}
          onChange={(e) => setCandidateId(e.target.value)}
          aria-invalid={personReason ? true : undefined}
          aria-describedby={personReason ? 'enrol-person-error' : undefined}
          required
        />
      </label>
      <FieldError id="enrol-person-error" reason={personReason} />
      <label>
        {t('people.enrolment.enrolledOn')}
        <input
          type="date"
          value={enrolledOn}
          onChange={(e) => setEnrolledOn(e.target.value)}
          aria-invalid={dateReason ? true : undefined}
          aria-describedby={dateReason ? 'enrol-date-error' : undefined}
          required
        />
      </label>
      <FieldError id="enrol-date-error" reason={dateReason} />
      {general && (
        <p className="field-error" role="alert">
          {general}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('people.enrolment.enrol')}
      </button>
    </form>
  );
}

function EnrolmentItem({
  enrolment: e,
  onWithdrawn,
}: {
  enrolment: ProgrammeEnrolment;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function withdraw(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await apiRequest(enrolmentPaths.withdrawal(e.programmeId, e.id), {
        method: 'POST',
        body: { withdrawnOn: today(), reason },
      });
      onWithdrawn();
    } catch (caught) {
      setError(asApiError(caught));
    }
  }
  const status = e.withdrawnOn
    ? t('people.enrolment.withdrawnOn', { date: e.withdrawnOn, reason: e.withdrawalReason })
    : e.completedOn
      ? t('people.enrolment.completedOn', { date: e.completedOn })
      : t('people.enrolment.enrolledSince', { date: e.enrolledOn });
  return (
    <li>
      <strong>{e.name}</strong> — {status}
      <p>
        {e.journeys.length === 0
          ? t('people.enrolment.noJourney')
          : e.journeys
              .map((j) =>
                t('people.enrolment.journey', {
                  stage: t(`journeys.stages.${j.stage}`),
                  status: t(`people.enrolment.statuses.${j.status}`),
                }),
              )
              .join('; ')}
      </p>
      {!e.withdrawnOn && (
        <form onSubmit={withdraw} aria-label={t('people.enrolment.withdrawOf', { name: e.name })}>
          <label>
            {t('people.enrolment.reason')}
            <input value={reason} onChange={(ev) => setReason(ev.target.value)} required />
          </label>
          <FieldError reason={reasonsFor(error, 'reason') ?? error?.message} />
          <button type="submit">{t('people.enrolment.withdraw')}</button>
        </form>
      )}
    </li>
  );
}
