import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { FieldError, InputField, reasonFor, useSubmission } from './form-support';
import { AGREEMENT_KINDS, workshopPaths } from './workshops-api';

const DATES = ['signedOn', 'effectiveFrom', 'reviewOn', 'expiresOn'] as const;
type DateField = (typeof DATES)[number];

/** Reads a chosen file as base64, without the data-URL prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** Registers an agreement with its metadata and, optionally, its signed document. */
export function AgreementForm({
  partnershipId,
  changed,
}: {
  partnershipId: string;
  changed: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<string>(AGREEMENT_KINDS[0]);
  const [dates, setDates] = useState<Record<DateField, string>>({
    signedOn: '',
    effectiveFrom: '',
    reviewOn: '',
    expiresOn: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const { error, busy, run } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const document = file
        ? {
            fileName: file.name,
            mediaType: file.type || 'application/octet-stream',
            contentBase64: await readBase64(file),
          }
        : null;
      const body = {
        title,
        kind,
        ...Object.fromEntries(DATES.map((f) => [f, dates[f] || null])),
        document,
      };
      await apiRequest(workshopPaths.agreements(partnershipId), { method: 'POST', body });
      changed();
    });
  };
  const documentReason = reasonFor(error, 'document');
  return (
    <section aria-labelledby="agreement-form-title">
      <h2 id="agreement-form-title">{t('partnerships.manage.addAgreement')}</h2>
      <form onSubmit={submit} className="stacked-form">
        <InputField
          id="agreement-title"
          label={t('partnerships.agreement')}
          value={title}
          onChange={setTitle}
          reason={reasonFor(error, 'title')}
          required
        />
        <div className="field">
          <label htmlFor="agreement-kind">{t('partnerships.type')}</label>
          <select id="agreement-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`partnerships.agreementKinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {DATES.map((f) => (
          <InputField
            key={f}
            id={`agreement-${f}`}
            type="date"
            label={t(`partnerships.manage.dates.${f}`)}
            value={dates[f]}
            onChange={(value) => setDates({ ...dates, [f]: value })}
            reason={reasonFor(error, f)}
          />
        ))}
        <div className="field">
          <label htmlFor="agreement-document">{t('partnerships.manage.document')}</label>
          <input
            id="agreement-document"
            type="file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={documentReason ? true : undefined}
            aria-describedby={documentReason ? 'agreement-document-error' : undefined}
          />
          <FieldError id="agreement-document-error" reason={documentReason} />
        </div>
        {error && <ProblemMessage error={error} />}
        <button type="submit" className="button primary" disabled={busy}>
          {t('partnerships.manage.addAgreement')}
        </button>
      </form>
    </section>
  );
}
