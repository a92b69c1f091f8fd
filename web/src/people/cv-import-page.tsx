import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError, apiRequest } from '../api/client';
import { ProblemMessage } from '../shell/status';
import { CountrySelect } from './country-select';
import { FieldError, reasonsFor } from './field-error';
import { SelectField } from './form-fields';
import { peoplePaths, peopleRoutes, type Candidate, type ImportReport } from './people-api';
import { SkillName } from './skill-name';

/** The server refuses uploads above 2 MiB; saying so before sending spares the wait. */
const MAX_BYTES = 2 * 1024 * 1024;
const FORMATS = ['json_resume', 'europass_xml'] as const;
type Format = (typeof FORMATS)[number];

interface Draft {
  name?: string;
  skills?: { uri: string }[];
  languages?: { tag: string }[];
  qualifications?: { title: string }[];
  experience?: { title: string; employer?: string }[];
}

const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) });

/** What the CV gave: name, skills, languages, qualifications and experience, and what it did not. */
function ImportPreview({ draft, report }: { draft: Draft; report: ImportReport }) {
  const { t } = useTranslation();
  const list = (title: string, items: string[]) =>
    items.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </>
    );
  return (
    <section aria-labelledby="people-import-preview" className="people-card">
      <h2 id="people-import-preview">{t('people.import.preview')}</h2>
      {draft.name && <p>{draft.name}</p>}
      {(draft.skills?.length ?? 0) > 0 && (
        <>
          <h3>{t('people.skills.title')}</h3>
          <ul>
            {draft.skills?.map((s) => (
              <li key={s.uri}>
                <SkillName uri={s.uri} />
              </li>
            ))}
          </ul>
        </>
      )}
      {list(
        t('people.languages.title'),
        (draft.languages ?? []).map((l) => l.tag),
      )}
      {list(
        t('people.qualifications.title'),
        (draft.qualifications ?? []).map((q) => q.title),
      )}
      {list(
        t('people.experience.title'),
        (draft.experience ?? []).map((e) => (e.employer ? `${e.title}, ${e.employer}` : e.title)),
      )}
      <p>{t('people.import.mapped', { count: report.mapped.length })}</p>
      {report.unmapped.length > 0 && (
        <>
          <h3>{t('people.import.unmapped')}</h3>
          <ul>
            {report.unmapped.map((u) => (
              <li key={u.path}>
                <code>{u.path}</code>: {u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * /people/profile/import — a candidate uploads a JSON Resume or Europass XML CV, previews what
 * it gives (a dry run) and then adds it to the profile. Nothing is stored before confirming.
 */
export function CvImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The file itself, read when sent: reading it on choosing left a moment in which Preview,
  // pressed at once, found no content yet and asked for a file that was there.
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('json_resume');
  const [fileProblem, setFileProblem] = useState<string | undefined>();
  const [hasProfile, setHasProfile] = useState(true);
  const [fill, setFill] = useState({ residenceCountry: '', nationality: '' });
  const [preview, setPreview] = useState<{ draft: Draft; report: ImportReport } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    apiRequest<Candidate>(peoplePaths.me(), { signal: controller.signal }).catch(
      (e: unknown) => e instanceof ApiError && e.status === 404 && setHasProfile(false),
    );
    return () => controller.abort();
  }, []);

  const choose = (chosen: File | undefined) => {
    setPreview(null);
    setError(null);
    setFile(null);
    setFileProblem(undefined);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) return setFileProblem(t('people.import.tooLarge'));
    if (/\.xml$/i.test(chosen.name)) setFormat('europass_xml');
    else if (/\.json$/i.test(chosen.name)) setFormat('json_resume');
    setFile(chosen);
  };

  const send = async (dryRun: boolean) => {
    if (file === null) return setFileProblem(t('people.import.chooseFile'));
    setError(null);
    const filled = Object.fromEntries(Object.entries(fill).filter(([, v]) => v));
    try {
      const content = await file.text();
      const answer = await apiRequest<{ draft: Draft; report: ImportReport }>(
        peoplePaths.importCv(),
        {
          method: 'POST',
          body: { format, content, dryRun, ...(hasProfile ? {} : { fill: filled }) },
        },
      );
      if (dryRun) setPreview(answer);
      else void navigate(peopleRoutes.profile());
    } catch (e) {
      setError(asApiError(e));
    }
  };

  const fileReason = fileProblem ?? reasonsFor(error, 'content');
  return (
    <section aria-labelledby="people-import-title" className="people-page">
      <title>{`${t('people.import.title')} · ${t('app.name')}`}</title>
      <h1 id="people-import-title">{t('people.import.title')}</h1>
      <p>{t('people.import.intro')}</p>
      {error && <ProblemMessage error={error} title={t('people.import.failed')} />}
      <form
        className="people-card"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <div className="field">
          <label htmlFor="import-file">{t('people.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,.xml,application/json,application/xml,text/xml"
            onChange={(e) => choose(e.target.files?.[0])}
            aria-invalid={fileReason ? true : undefined}
            aria-describedby={fileReason ? 'import-file-error' : undefined}
          />
          <FieldError id="import-file-error" reason={fileReason} />
        </div>
        <SelectField
          id="import-format"
          label={t('people.import.format')}
          value={format}
          onChange={(v) => setFormat(v as Format)}
          options={FORMATS.map((f) => [f, t(`people.import.formats.${f}`)] as const)}
          reason={reasonsFor(error, 'format')}
        />
        {!hasProfile &&
          (['residenceCountry', 'nationality'] as const).map((field) => (
            <CountrySelect
              key={field}
              id={`import-${field}`}
              label={t(`people.profile.${field}`)}
              value={fill[field]}
              onChange={(code) => setFill({ ...fill, [field]: code })}
              reason={reasonsFor(error, field)}
              optional
            />
          ))}
        <p className="people-actions">
          <button type="submit" className="button">
            {t('people.import.previewButton')}
          </button>
          {preview && (
            <button type="button" className="button primary" onClick={() => void send(false)}>
              {t('people.import.confirm')}
            </button>
          )}
          <Link to={peopleRoutes.profile()}>{t('people.import.back')}</Link>
        </p>
      </form>
      {preview && <ImportPreview draft={preview.draft} report={preview.report} />}
    </section>
  );
}
