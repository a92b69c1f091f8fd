import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { credentialClaims } from './credential-claims';
import type { Credential, CredentialDocument } from './passport-api';

/** Dates as the reader's language writes them. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (iso: string) => format.format(new Date(iso));
}

/** A status as a coloured badge with its word (never colour alone). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge passport-status passport-status-${status}`}>
      {t(`passport.status.${status}`, { defaultValue: status })}
    </span>
  );
}

/** The claims of a credential as a definition list, labels translated. */
export function ClaimList({ document }: { document: CredentialDocument | null }) {
  const { t } = useTranslation();
  const claims = credentialClaims(document);
  if (claims.length === 0) return null;
  return (
    <dl className="facts passport-claims">
      {claims.map((claim) => (
        <div key={claim.key} className="passport-claim">
          <dt>{t(`passport.claims.${claim.key}`, { defaultValue: claim.key })}</dt>
          <dd>
            {claim.value === 'true'
              ? t('passport.yes')
              : claim.value === 'false'
                ? t('passport.no')
                : claim.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One credential: kind, title, issuer, dates, status and claims; actions below. */
export function CredentialCard({
  credential,
  status,
  children,
  select,
}: {
  credential: Credential;
  /** The status shown: the state, or `expired` past its end. */
  status: string;
  children?: ReactNode;
  select?: ReactNode;
}) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const headingId = `credential-${credential.id}`;
  return (
    <article className="card passport-card" aria-labelledby={headingId}>
      <p className="meta passport-kind">
        {select}
        {t(`passport.kinds.${credential.kind}`, { defaultValue: credential.kind })}
      </p>
      <h2 id={headingId} className="passport-title">
        {credential.title}
      </h2>
      <p>
        <StatusBadge status={status} />
        {credential.stateReason && (
          <span className="meta"> {t('passport.reason', { reason: credential.stateReason })}</span>
        )}
      </p>
      <dl className="facts">
        <dt>{t('passport.issuer')}</dt>
        <dd>{credential.issuer.name}</dd>
        <dt>{t('passport.issued')}</dt>
        <dd>{date(credential.issuedAt)}</dd>
        {credential.validUntil && (
          <>
            <dt>{t('passport.expires')}</dt>
            <dd>{date(credential.validUntil)}</dd>
          </>
        )}
      </dl>
      <ClaimList document={credential.credential} />
      {children}
    </article>
  );
}

/** The status a holder or issuer sees: the state in the lists, or expired past the end date. */
export function shownStatus(credential: Credential, now: number): string {
  if (credential.state !== 'active') return credential.state;
  if (credential.validUntil && Date.parse(credential.validUntil) < now) return 'expired';
  return 'valid';
}
