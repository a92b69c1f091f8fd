import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { Loaded, ProblemMessage } from '../shell/status';
import { CredentialCard, shownStatus } from './credential-card';
import { credentialFileName, downloadFile } from './download';
import type { Credential, MyCredentials, Presentation } from './passport-api';
import { passportPaths, verifyLink } from './passport-api';
import { PassportNav } from './passport-nav';

const pdfLanguages = ['en', 'fr', 'ar'] as const;

function CredentialActions({ credential }: { credential: Credential }) {
  const { t } = useTranslation();
  const name = (extension: string) => credentialFileName(credential.kind, credential.id, extension);
  return (
    <div className="passport-actions">
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadFile(
            name('json'),
            JSON.stringify(credential.credential, null, 2),
            'application/vc+json',
          )
        }
      >
        {t('passport.exportJson')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => downloadFile(name('jwt'), credential.jwt, 'application/vc+jwt')}
      >
        {t('passport.exportJwt')}
      </button>
      <Link to={verifyLink(credential.jwt)}>{t('passport.checkLink')}</Link>
    </div>
  );
}

function PassportTools({ selected, all }: { selected: string[]; all: Credential[] }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState(pdfLanguages.find((l) => l === i18n.language) ?? 'en');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const chosen = selected.length > 0 ? selected : all.map((c) => c.id);
  const present = async () => {
    setBusy(true);
    setError(null);
    try {
      const presentation = await apiRequest<Presentation>(passportPaths.presentations(), {
        method: 'POST',
        body: { credentialIds: chosen },
      });
      downloadFile(
        'passport-presentation.json',
        JSON.stringify(presentation, null, 2),
        'application/vp+json',
      );
      setNotice(t('passport.presentationReady', { count: chosen.length }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card passport-tools" aria-labelledby="passport-tools-title">
      <h2 id="passport-tools-title">{t('passport.toolsTitle')}</h2>
      <p>
        {selected.length > 0
          ? t('passport.selectedCount', { count: selected.length })
          : t('passport.allChosen')}
      </p>
      <div className="passport-actions">
        <label>
          {t('passport.pdfLanguage')}{' '}
          <select
            value={language}
            onChange={(e) => setLanguage(e.target.value as (typeof pdfLanguages)[number])}
          >
            {pdfLanguages.map((l) => (
              <option key={l} value={l}>
                {t(`passport.languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <a className="button primary" href={passportPaths.pdf(language, selected)} download>
          {t('passport.downloadPdf')}
        </a>
        <button type="button" className="button" disabled={busy} onClick={() => void present()}>
          {t('passport.makePresentation')}
        </button>
      </div>
      <p className="status" role="status">
        {notice}
      </p>
      {error && <ProblemMessage error={error} />}
    </section>
  );
}

/** /passport — the person's credentials: cards, export, presentation and printable PDF. */
export function MyPassportPage() {
  const { t } = useTranslation();
  const state = useApi<MyCredentials>(passportPaths.mine());
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setSelected((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const now = Date.now();
  return (
    <section aria-labelledby="passport-title" className="passport-area">
      <title>{`${t('passport.mineTitle')} · ${t('app.name')}`}</title>
      <h1 id="passport-title">{t('passport.mineTitle')}</h1>
      <PassportNav />
      <p>{t('passport.mineIntro')}</p>
      <Loaded state={state}>
        {({ credentials }) =>
          credentials.length === 0 ? (
            <p className="empty">{t('passport.noneYet')}</p>
          ) : (
            <>
              <PassportTools selected={selected} all={credentials} />
              <div className="cards passport-cards">
                {credentials.map((credential) => (
                  <CredentialCard
                    key={credential.id}
                    credential={credential}
                    status={shownStatus(credential, now)}
                    select={
                      <label className="passport-select">
                        <input
                          type="checkbox"
                          checked={selected.includes(credential.id)}
                          onChange={(e) => toggle(credential.id, e.target.checked)}
                        />{' '}
                        <span className="visually-hidden">
                          {t('passport.choose', { title: credential.title })}
                        </span>
                      </label>
                    }
                  >
                    <CredentialActions credential={credential} />
                  </CredentialCard>
                ))}
              </div>
            </>
          )
        }
      </Loaded>
    </section>
  );
}
