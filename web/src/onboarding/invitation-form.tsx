import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../people/form-fields';
import { ProblemMessage } from '../shell/status';
import { inviteToOrganisation, ROLES, type Organisation } from './onboarding-api';
import { useSubmission } from './use-submission';

/** Invites someone by e-mail to one of the active organisations with a role. */
export function InvitationForm({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation();
  const active = organisations.filter((o) => o.active && o.kind !== 'individual');
  const [organisationId, setOrganisationId] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('coordinator');
  const [sent, setSent] = useState<string | null>(null);
  const { submitting, error, submit, reason } = useSubmission();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    void submit(async () => {
      const invited = await inviteToOrganisation(organisationId, email.trim(), role);
      setSent(invited.email);
      setEmail('');
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('onboarding.inviteTitle')} className="stack">
      <h2>{t('onboarding.inviteTitle')}</h2>
      <p className="field-hint">{t('onboarding.inviteHint')}</p>
      {error && !reason('email') && !reason('role') && <ProblemMessage error={error} />}
      {sent && <p role="status">{t('onboarding.invited', { email: sent })}</p>}
      <SelectField
        id="invite-organisation"
        label={t('onboarding.organisation')}
        value={organisationId}
        onChange={setOrganisationId}
        options={active.map((o) => [o.id, `${o.name} (${o.country})`] as const)}
        blank={t('onboarding.chooseOrganisation')}
        reason={undefined}
      />
      <TextField
        id="invite-email"
        label={t('auth.email')}
        value={email}
        onChange={setEmail}
        reason={reason('email')}
      />
      <SelectField
        id="invite-role"
        label={t('onboarding.roleLabel')}
        value={role}
        onChange={setRole}
        options={ROLES.map((r) => [r, t(`onboarding.role.${r}`)] as const)}
        reason={reason('role')}
      />
      <button type="submit" className="button primary" disabled={submitting || !organisationId}>
        {t('onboarding.inviteSubmit')}
      </button>
    </form>
  );
}
