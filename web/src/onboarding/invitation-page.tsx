import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/auth-context';
import { NewPasswordField } from '../auth/password-field';
import { TextField } from '../people/form-fields';
import { Loading, ProblemMessage } from '../shell/status';
import { acceptInvitation, lookUpInvitation, type InvitationOffer } from './onboarding-api';
import { useSubmission } from './use-submission';

/** The token from the link's fragment (never sent to the server with the page request). */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** Accepting an invitation: shows what it offers, then sets the name and password. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [token] = useState(tokenFromFragment);
  const [offer, setOffer] = useState<InvitationOffer | 'unusable' | null>(null);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const { submitting, error, submit, reason } = useSubmission();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Keep the token out of the history and of anything that reads the address later.
    window.history.replaceState(null, '', window.location.pathname);
    if (!token) return setOffer('unusable');
    lookUpInvitation(token).then(setOffer, () => setOffer('unusable'));
  }, [token]);
  useEffect(() => heading.current?.focus(), [offer]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(async () => {
      signIn(await acceptInvitation(token, displayName, password));
      await navigate('/');
    });
  };

  if (offer === null) return <Loading />;
  const unusable = offer === 'unusable' || Boolean(reason('token'));
  return (
    <section className="login" aria-labelledby="invitation-title">
      <h1 id="invitation-title" ref={heading} tabIndex={-1}>
        {t('onboarding.invitationTitle')}
      </h1>
      {offer === 'unusable' || unusable ? (
        <p role="alert">
          {t('onboarding.invitationUnusable')} <Link to="/login">{t('account.backToSignIn')}</Link>
        </p>
      ) : (
        <>
          <p>
            {t('onboarding.invitationOffer', {
              organisation: offer.organisationName,
              role: t(`onboarding.role.${offer.role}`),
              email: offer.email,
            })}
          </p>
          {error && !reason('displayName') && !reason('password') && (
            <ProblemMessage error={error} />
          )}
          <form onSubmit={onSubmit} noValidate>
            <TextField
              id="invitation-name"
              label={t('onboarding.name')}
              value={displayName}
              onChange={setDisplayName}
              reason={reason('displayName')}
            />
            <NewPasswordField
              id="invitation-password"
              label={t('onboarding.password')}
              value={password}
              onChange={setPassword}
              error={reason('password')}
            />
            <button type="submit" className="button primary" disabled={submitting}>
              {t('onboarding.invitationSubmit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
