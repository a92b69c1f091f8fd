import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useMe } from '../auth/auth-context';
import { Loading, ProblemMessage } from '../shell/status';
import { InvitationForm } from './invitation-form';
import {
  createOrganisation,
  deactivateOrganisation,
  fetchOrganisations,
  updateOrganisation,
  type Organisation,
  type OrganisationInput,
} from './onboarding-api';
import { OrganisationForm } from './organisation-form';
import './onboarding.css';

/** Administrators list, create, edit and deactivate organisations, and invite people. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const isAdmin = me.memberships.some((m) => m.role === 'admin');

  const reload = useCallback(async () => {
    try {
      const list = (await fetchOrganisations()).organisations;
      setOrganisations(list.filter((o) => o.kind !== 'individual'));
    } catch (caught) {
      setLoadError(caught instanceof ApiError ? caught : new ApiError({ status: 0 }));
    }
  }, []);
  useEffect(() => {
    heading.current?.focus();
    void reload();
  }, [reload]);

  const save = async (input: OrganisationInput) => {
    const saved = editing
      ? await updateOrganisation(editing.id, input)
      : await createOrganisation(input);
    setNotice(t(editing ? 'onboarding.saved' : 'onboarding.created', { name: saved.name }));
    setEditing(null);
    // Not awaited: the form empties at once, so nothing typed while the list reloads is wiped.
    void reload();
  };
  const deactivate = async (org: Organisation) => {
    if (!window.confirm(t('onboarding.deactivateQuestion', { name: org.name }))) return;
    await deactivateOrganisation(org.id);
    setNotice(t('onboarding.deactivated', { name: org.name }));
    await reload();
  };

  return (
    <section aria-labelledby="organisations-title" className="stack onboarding-page">
      <h1 id="organisations-title" ref={heading} tabIndex={-1}>
        {t('onboarding.organisationsTitle')}
      </h1>
      {!isAdmin && <p role="alert">{t('onboarding.adminsOnly')}</p>}
      <p role="status">{notice}</p>
      {loadError && <ProblemMessage error={loadError} />}
      {organisations === null && !loadError ? (
        <Loading />
      ) : organisations?.length === 0 ? (
        <p>{t('onboarding.noOrganisations')}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="organisations-title"
          tabIndex={0}
        >
          <table>
            <caption>{t('onboarding.organisationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('onboarding.organisationName')}</th>
                <th scope="col">{t('onboarding.organisationKind')}</th>
                <th scope="col">{t('onboarding.country')}</th>
                <th scope="col">{t('onboarding.status')}</th>
                <th scope="col">{t('onboarding.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations?.map((org) => (
                <tr key={org.id}>
                  <th scope="row">{org.name}</th>
                  <td>{t(`onboarding.kind.${org.kind}`)}</td>
                  <td>{[org.city, org.country].filter(Boolean).join(', ')}</td>
                  <td>{org.active ? t('onboarding.active') : t('onboarding.inactive')}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      onClick={() => setEditing(org)}
                      aria-label={t('onboarding.editNamed', { name: org.name })}
                    >
                      {t('onboarding.edit')}
                    </button>{' '}
                    {org.active && (
                      <button
                        type="button"
                        className="button"
                        onClick={() => void deactivate(org)}
                        aria-label={t('onboarding.deactivateNamed', { name: org.name })}
                      >
                        {t('onboarding.deactivate')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <OrganisationForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onSave={save}
        onCancel={() => setEditing(null)}
      />
      {organisations && <InvitationForm organisations={organisations} />}
    </section>
  );
}
