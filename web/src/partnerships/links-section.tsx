import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { Loaded, Loading, ProblemMessage } from '../shell/status';
import { FieldError, reasonFor, useSubmission } from './form-support';
import { linkPaths, type SlotLink } from './partnerships-api';

type Decision = 'accept' | 'reject' | 'withdraw';

/** One link with the decisions the signed-in user may take on it. */
function LinkRow({
  partnershipId,
  link,
  coordinates,
  changed,
}: {
  partnershipId: string;
  link: SlotLink;
  coordinates: boolean;
  changed: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { error, busy, run } = useSubmission();
  const mine = me.memberships.some((m) => m.organisationId === link.partyOrganisationId);
  const decide = (decision: Decision) =>
    void run(async () => {
      await apiRequest(linkPaths.decide(partnershipId, link.id, decision), {
        method: 'POST',
        body: {},
      });
      changed();
    });
  const open = link.status === 'proposed' || link.status === 'accepted';
  const name = `${link.slotTitle} (${link.partyName})`;
  return (
    <tr>
      <td>{link.slotTitle}</td>
      <td>{t(`partnerships.links.kinds.${link.slotKind}`)}</td>
      <td>{link.partyName}</td>
      <td>{link.occupation}</td>
      <td>{t(`partnerships.links.statuses.${link.status}`)}</td>
      <td>
        {coordinates && link.status === 'proposed' && (
          <>
            <button type="button" disabled={busy} onClick={() => decide('accept')}>
              {t('partnerships.links.accept', { name })}
            </button>{' '}
            <button type="button" disabled={busy} onClick={() => decide('reject')}>
              {t('partnerships.links.reject', { name })}
            </button>{' '}
          </>
        )}
        {mine && open && (
          <button type="button" disabled={busy} onClick={() => decide('withdraw')}>
            {t('partnerships.links.withdraw', { name })}
          </button>
        )}
        {error && <ProblemMessage error={error} />}
      </td>
    </tr>
  );
}

/** A party proposes one of its organisation's vacancies or programmes to the partnership. */
function ProposeForm({ partnershipId, changed }: { partnershipId: string; changed: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [slotKind, setSlotKind] = useState<'vacancy' | 'programme'>('vacancy');
  const [slotId, setSlotId] = useState('');
  const [occupation, setOccupation] = useState('');
  const { error, busy, run } = useSubmission();
  const orgs = new Set(me.memberships.map((m) => m.organisationId));
  const vacancies = useApi<{
    vacancies: { id: string; vacancy: { title: string; employerId: string } }[];
  }>(linkPaths.vacancies());
  const programmes = useApi<{
    programmes: { id: string; programme: { title: string; providerId: string } }[];
  }>(linkPaths.programmes());
  const options =
    slotKind === 'vacancy'
      ? vacancies.status === 'ok'
        ? vacancies.data.vacancies
            .filter((v) => orgs.has(v.vacancy.employerId))
            .map((v) => ({ id: v.id, title: v.vacancy.title }))
        : []
      : programmes.status === 'ok'
        ? programmes.data.programmes
            .filter((p) => orgs.has(p.programme.providerId))
            .map((p) => ({ id: p.id, title: p.programme.title }))
        : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const body = {
        slotKind,
        slotId,
        ...(occupation.trim() ? { occupation: occupation.trim() } : {}),
      };
      await apiRequest(linkPaths.links(partnershipId), { method: 'POST', body });
      setSlotId('');
      setOccupation('');
      changed();
    });
  };
  return (
    <form onSubmit={submit} className="stacked-form" aria-labelledby="propose-link-title">
      <h3 id="propose-link-title">{t('partnerships.links.propose')}</h3>
      <div className="field">
        <label htmlFor="link-kind">{t('partnerships.links.kind')}</label>
        <select
          id="link-kind"
          value={slotKind}
          onChange={(e) => {
            setSlotKind(e.target.value as 'vacancy' | 'programme');
            setSlotId('');
          }}
        >
          <option value="vacancy">{t('partnerships.links.kinds.vacancy')}</option>
          <option value="programme">{t('partnerships.links.kinds.programme')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="link-slot">{t('partnerships.links.slot')}</label>
        {(slotKind === 'vacancy' ? vacancies : programmes).status === 'loading' ? (
          <Loading />
        ) : options.length === 0 ? (
          <p id="link-slot" className="empty">
            {t('partnerships.links.noOwnSlots')}
          </p>
        ) : (
          <select
            id="link-slot"
            required
            value={slotId}
            onChange={(e) => setSlotId(e.target.value)}
          >
            <option value="">{t('partnerships.links.choose')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
        )}
        <FieldError id="link-slot-error" reason={reasonFor(error, 'slotId')} />
      </div>
      <div className="field">
        <label htmlFor="link-occupation">{t('partnerships.links.occupation')}</label>
        <p id="link-occupation-hint" className="muted">
          {t('partnerships.links.occupationHint')}
        </p>
        <input
          id="link-occupation"
          value={occupation}
          onChange={(e) => setOccupation(e.target.value)}
          aria-describedby="link-occupation-hint"
        />
        <FieldError id="link-occupation-error" reason={reasonFor(error, 'occupation')} />
      </div>
      {error && <ProblemMessage error={error} />}
      <button type="submit" disabled={busy || !slotId}>
        {t('partnerships.links.proposeButton')}
      </button>
    </form>
  );
}

/**
 * The partnership's linked vacancies and programmes: what its allocation draws slots from.
 * Parties propose their own; the partnership's coordinators accept or reject.
 */
export function LinksSection({
  partnershipId,
  partyOrganisationIds,
}: {
  partnershipId: string;
  partyOrganisationIds: readonly string[];
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [version, setVersion] = useState(0);
  const state = useApi<{ links: SlotLink[] }>(`${linkPaths.links(partnershipId)}?v=${version}`);
  const changed = () => setVersion((v) => v + 1);
  const coordinates = me.memberships.some(
    (m) =>
      (m.role === 'coordinator' && partyOrganisationIds.includes(m.organisationId)) ||
      m.role === 'admin',
  );
  const party = me.memberships.some((m) => partyOrganisationIds.includes(m.organisationId));
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">{t('partnerships.links.title')}</h2>
      <p className="muted">{t('partnerships.links.intro')}</p>
      <Loaded state={state}>
        {({ links }) =>
          links.length === 0 ? (
            <p className="empty">{t('partnerships.links.none')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('partnerships.links.slot')}</th>
                    <th scope="col">{t('partnerships.links.kind')}</th>
                    <th scope="col">{t('partnerships.links.party')}</th>
                    <th scope="col">{t('partnerships.links.occupation')}</th>
                    <th scope="col">{t('partnerships.status')}</th>
                    <th scope="col">{t('partnerships.links.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {links.map((link) => (
                    <LinkRow
                      key={link.id}
                      partnershipId={partnershipId}
                      link={link}
                      coordinates={coordinates}
                      changed={changed}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      {party && <ProposeForm partnershipId={partnershipId} changed={changed} />}
    </section>
  );
}
