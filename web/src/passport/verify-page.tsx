import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { useAuth } from '../auth/auth-context';
import { ProblemMessage } from '../shell/status';
import { ClaimList, StatusBadge, useDateFormat } from './credential-card';
import { issuerName } from './credential-claims';
import type { StoredVerification, VerificationResult, VerifyOutput } from './passport-api';
import { passportPaths, passportRoutes } from './passport-api';
import './passport.css';

/** What a verify link carries: the credential itself (`#vc=`) or its id (`?credential=`). */
function linkedCredential(hash: string, search: string): { jwt?: string; id?: string } {
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const jwt = fragment.get('vc');
  if (jwt) return { jwt };
  const id = new URLSearchParams(search).get('credential');
  return id ? { id } : {};
}

function Result({ result }: { result: VerificationResult }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const valid = result.status === 'valid';
  const issuer = result.issuer?.name ?? issuerName(result.credential) ?? result.issuer?.id;
  return (
    <section
      className={`card passport-result ${valid ? 'passport-result-valid' : 'passport-result-invalid'}`}
      aria-labelledby="verify-result-title"
    >
      <h2 id="verify-result-title">
        {t('passport.verify.resultTitle')} <StatusBadge status={result.status} />
      </h2>
      <p className="passport-verdict">
        {t(`passport.verify.verdict.${result.status}`, {
          defaultValue: t('passport.verify.verdict.other'),
        })}
      </p>
      {result.reasons.length > 0 && (
        <>
          <h3>{t('passport.verify.why')}</h3>
          <ul className="plain-list">
            {result.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {result.credential && (
        <>
          <h3>{result.credential.name ?? t('passport.verify.credential')}</h3>
          <dl className="facts">
            {issuer && (
              <>
                <dt>{t('passport.issuer')}</dt>
                <dd>{issuer}</dd>
              </>
            )}
            {result.issuer && (
              <>
                <dt>{t('passport.verify.issuerId')}</dt>
                <dd className="passport-id">{result.issuer.id}</dd>
              </>
            )}
            {result.subject && (
              <>
                <dt>{t('passport.verify.subject')}</dt>
                <dd>{result.subject.name ?? result.subject.id}</dd>
              </>
            )}
            {result.validFrom && (
              <>
                <dt>{t('passport.issued')}</dt>
                <dd>{date(result.validFrom)}</dd>
              </>
            )}
            {result.validUntil && (
              <>
                <dt>{t('passport.expires')}</dt>
                <dd>{date(result.validUntil)}</dd>
              </>
            )}
          </dl>
          <ClaimList document={result.credential} />
        </>
      )}
      {result.checks.length > 0 && (
        <details>
          <summary>{t('passport.verify.checks')}</summary>
          <ul className="plain-list passport-checks">
            {result.checks.map((check) => (
              <li key={`${check.check}-${check.detail}`}>
                <span aria-hidden="true">{check.passed ? '✓' : '✗'}</span>{' '}
                <strong>
                  {t(`passport.verify.check.${check.check}`)}
                  {': '}
                  {check.passed ? t('passport.verify.passed') : t('passport.verify.failed')}
                </strong>{' '}
                — {check.detail}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** /verify — public: paste a credential or open a verify link, see what it proves and its status. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { state: auth } = useAuth();
  const { hash, search } = useLocation();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<VerificationResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);

  const verify = async (credential: string) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await apiRequest<VerifyOutput>(passportPaths.verify(), {
        method: 'POST',
        body: { credential: credential.trim() },
      });
      setResult(answer.results[0] ?? null);
      resultRef.current?.focus();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const linked = linkedCredential(hash, search);
    const controller = new AbortController();
    const load = async () => {
      if (linked.jwt) {
        setText(linked.jwt);
        await verify(linked.jwt);
        return;
      }
      if (!linked.id) return;
      // A printed passport's QR code names the credential: the server verifies what it stores.
      setBusy(true);
      const { jwt, ...answer } = await apiRequest<StoredVerification>(
        passportPaths.verification(linked.id),
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      setBusy(false);
      setText(jwt);
      setResult(answer);
    };
    load().catch((e: unknown) => {
      if (controller.signal.aborted) return;
      setBusy(false);
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    });
    return () => controller.abort();
    // Verify once per link opened; typing in the field does not re-run it.
  }, [hash, search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void verify(text);
  };

  return (
    <section aria-labelledby="verify-title" className="passport-area passport-verify">
      <title>{`${t('passport.verify.title')} · ${t('app.name')}`}</title>
      <h1 id="verify-title">{t('passport.verify.title')}</h1>
      <p>{t('passport.verify.intro')}</p>
      <form className="card" onSubmit={submit}>
        <label htmlFor={fieldId}>{t('passport.verify.pasteLabel')}</label>
        <p className="meta" id={`${fieldId}-hint`}>
          {t('passport.verify.pasteHint')}
        </p>
        <textarea
          id={fieldId}
          className="passport-paste"
          rows={6}
          spellCheck={false}
          aria-describedby={`${fieldId}-hint`}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button primary" disabled={busy || !text.trim()}>
          {t('passport.verify.submit')}
        </button>
      </form>
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="passport-result-region">
        {busy && (
          <p className="status" role="status">
            {t('passport.verify.checking')}
          </p>
        )}
        {error && <ProblemMessage error={error} />}
        {result && <Result result={result} />}
      </div>
      <p className="meta">
        {auth.status === 'signedIn' ? (
          <Link to={passportRoutes.mine()}>{t('passport.verify.backToPassport')}</Link>
        ) : (
          <Link to="/login">{t('passport.verify.signIn')}</Link>
        )}
      </p>
    </section>
  );
}
