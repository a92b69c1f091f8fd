import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { TextField } from '../people/form-fields';
import { ProblemMessage } from '../shell/status';
import { useSubmission } from '../onboarding/use-submission';
import { GrievanceForm } from './grievance-form';
import { GrievanceView } from './grievance-view';
import { addInformationByReceipt, followGrievance, type Grievance } from './grievances-api';
import './protection.css';

/** Anyone files a grievance, without an account: the receipt code follows it. */
export function FileGrievancePage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="protection-public" aria-labelledby="file-grievance-title">
      <h1 id="file-grievance-title" ref={heading} tabIndex={-1}>
        {t('protection.fileTitle')}
      </h1>
      <p>{t('protection.fileIntro')}</p>
      <GrievanceForm signedIn={state.status === 'signedIn'} />
      <p>
        <Link to="/grievance/follow">{t('protection.followLink')}</Link>
      </p>
    </section>
  );
}

/** Follows a grievance by its receipt code, and answers its handler. */
export function FollowGrievancePage() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const [grievance, setGrievance] = useState<Grievance | null>(null);
  const { submitting, error, submit, reason } = useSubmission();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onFollow = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => setGrievance(await followGrievance(code)));
  };
  const onInform = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => {
      setGrievance(await addInformationByReceipt(code, note));
      setNote('');
    });
  };
  return (
    <section className="protection-public" aria-labelledby="follow-grievance-title">
      <h1 id="follow-grievance-title" ref={heading} tabIndex={-1}>
        {t('protection.followTitle')}
      </h1>
      {error && <ProblemMessage error={error} />}
      <form onSubmit={onFollow} noValidate>
        <TextField
          id="receipt-code"
          label={t('protection.receiptCode')}
          value={code}
          onChange={setCode}
          reason={reason('receiptCode')}
        />
        <button type="submit" disabled={submitting}>
          {t('protection.follow')}
        </button>
      </form>
      {grievance && (
        <>
          <GrievanceView grievance={grievance} />
          {grievance.status !== 'resolved' && grievance.status !== 'closed' && (
            <form onSubmit={onInform} noValidate>
              <TextField
                id="grievance-information"
                label={t('protection.addInformation')}
                value={note}
                multiline
                onChange={setNote}
                reason={reason('note')}
              />
              <button type="submit" disabled={submitting}>
                {t('protection.send')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
