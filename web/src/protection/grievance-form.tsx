import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CountrySelect } from '../people/country-select';
import { SelectField, TextField } from '../people/form-fields';
import { ProblemMessage } from '../shell/status';
import { useSubmission } from '../onboarding/use-submission';
import { fileGrievance, readAsBase64, TOPICS, type Filing } from './grievances-api';

const FIELDS = ['topic', 'narrative', 'country', 'occurredFrom'];

/** Files a grievance (anonymously when asked or when no one is signed in) and shows its receipt code. */
export function GrievanceForm({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Filing>({
    topic: '',
    narrative: '',
    country: '',
    occurredFrom: null,
    attachments: [],
  });
  const [anonymous, setAnonymous] = useState(!signedIn);
  const [receipt, setReceipt] = useState<string | null>(null);
  const { submitting, error, submit, reason } = useSubmission();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => {
      const filed = await fileGrievance(form, anonymous || !signedIn);
      setReceipt(filed.receiptCode);
    });
  };
  const onFiles = async (files: FileList | null) => {
    const chosen = [...(files ?? [])];
    const attachments = await Promise.all(
      chosen.map(async (f) => ({ name: f.name, contentBase64: await readAsBase64(f) })),
    );
    setForm((f) => ({ ...f, attachments }));
  };

  if (receipt) {
    return (
      <div className="grievance-receipt" role="status">
        <h2>{t('protection.filedTitle')}</h2>
        <p>{t('protection.receiptExplain')}</p>
        <p className="receipt-code" dir="ltr">
          <strong data-testid="receipt-code">{receipt}</strong>
        </p>
        <Link to={`/grievance/follow`}>{t('protection.followLink')}</Link>
      </div>
    );
  }
  const shownInForm = FIELDS.some((field) => reason(field));
  return (
    <form onSubmit={onSubmit} noValidate className="grievance-form">
      {error && !shownInForm && <ProblemMessage error={error} />}
      <SelectField
        id="grievance-topic"
        label={t('protection.topic')}
        value={form.topic}
        onChange={(topic) => setForm((f) => ({ ...f, topic: topic as Filing['topic'] }))}
        options={TOPICS.map((topic) => [topic, t(`protection.topics.${topic}`)] as const)}
        blank={t('protection.chooseTopic')}
        reason={reason('topic')}
      />
      <TextField
        id="grievance-narrative"
        label={t('protection.narrative')}
        value={form.narrative}
        multiline
        onChange={(narrative) => setForm((f) => ({ ...f, narrative }))}
        reason={reason('narrative')}
      />
      <CountrySelect
        id="grievance-country"
        label={t('protection.country')}
        value={form.country}
        onChange={(country) => setForm((f) => ({ ...f, country }))}
        reason={reason('country')}
      />
      <TextField
        id="grievance-date"
        type="date"
        label={t('protection.occurredFrom')}
        value={form.occurredFrom ?? ''}
        onChange={(d) => setForm((f) => ({ ...f, occurredFrom: d || null }))}
        reason={reason('occurredFrom')}
      />
      <div className="field">
        <label htmlFor="grievance-files">{t('protection.attachments')}</label>
        <input
          id="grievance-files"
          type="file"
          multiple
          accept="application/pdf,image/png,image/jpeg"
          onChange={(e) => void onFiles(e.target.files)}
        />
        <p className="hint">{t('protection.attachmentsHint')}</p>
      </div>
      {signedIn && (
        <div className="field checkbox">
          <input
            id="grievance-anonymous"
            type="checkbox"
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          <label htmlFor="grievance-anonymous">{t('protection.anonymous')}</label>
        </div>
      )}
      <p className="hint">{t('protection.confidential')}</p>
      <button type="submit" disabled={submitting}>
        {t('protection.file')}
      </button>
    </form>
  );
}
