import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { OccupationCombobox } from '../recognition/occupation-combobox';
import { InputField, reasonFor, FieldError } from './form-support';
import type { ApiError } from '../api/client';
import type { Corridor, Track } from './partnerships-api';

export const TRACKS: Track[] = ['home', 'away', 'study'];
export const PARTY_ROLES = [
  'signatory',
  'funder',
  'implementer',
  'training_provider',
  'recognition_body',
  'employer',
  'workers_representative',
  'intermediary',
] as const;

/** Origin → destination rows: add, change, remove. */
export function CorridorsField(props: {
  corridors: Corridor[];
  onChange: (c: Corridor[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const { corridors, onChange } = props;
  const set = (i: number, patch: Partial<Corridor>) =>
    onChange(corridors.map((c, k) => (k === i ? { ...c, ...patch } : c)));
  return (
    <fieldset>
      <legend>{t('partnerships.corridors')}</legend>
      {corridors.map((c, i) => (
        <div key={i} className="inline-fields">
          <InputField
            id={`corridor-${i}-origin`}
            label={t('partnerships.form.origin', { n: i + 1 })}
            value={c.origin}
            onChange={(v) => set(i, { origin: v.toUpperCase() })}
            reason={reasonFor(props.error, `corridors.${i}.origin`)}
            required
          />
          <InputField
            id={`corridor-${i}-destination`}
            label={t('partnerships.form.destination', { n: i + 1 })}
            value={c.destination}
            onChange={(v) => set(i, { destination: v.toUpperCase() })}
            reason={reasonFor(props.error, `corridors.${i}.destination`)}
            required
          />
          <button type="button" onClick={() => onChange(corridors.filter((_, k) => k !== i))}>
            {t('partnerships.form.removeCorridor', { n: i + 1 })}
          </button>
        </div>
      ))}
      <FieldError id="corridors-error" reason={reasonFor(props.error, 'corridors')} />
      <button
        type="button"
        onClick={() =>
          onChange([
            ...corridors,
            { origin: '', destination: '', originCities: [], destinationCities: [] },
          ])
        }
      >
        {t('partnerships.form.addCorridor')}
      </button>
    </fieldset>
  );
}

/** Priority occupations: ESCO occupations from the taxonomy search, or ISCO-08 unit groups. */
export function PrioritiesField(props: {
  occupations: string[];
  onChange: (o: string[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const [isco, setIsco] = useState('');
  const { occupations, onChange } = props;
  const add = (o: string) => {
    if (o && !occupations.includes(o)) onChange([...occupations, o]);
  };
  return (
    <fieldset>
      <legend>{t('partnerships.occupations')}</legend>
      {occupations.length === 0 ? (
        <p className="empty">{t('partnerships.form.noPriorities')}</p>
      ) : (
        <ul>
          {occupations.map((o) => (
            <li key={o}>
              <span>{o}</span>{' '}
              <button type="button" onClick={() => onChange(occupations.filter((x) => x !== o))}>
                {t('partnerships.form.removeOccupation', { occupation: o })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError id="occupations-error" reason={reasonFor(props.error, 'occupations')} />
      <OccupationCombobox
        id="priority-esco"
        label={t('partnerships.form.addEsco')}
        value={null}
        onChange={(chosen) => chosen && add(chosen.uri)}
      />
      <div className="inline-fields">
        <InputField
          id="priority-isco"
          label={t('partnerships.form.addIsco')}
          hint={t('partnerships.form.iscoHint')}
          value={isco}
          onChange={setIsco}
          reason={undefined}
        />
        <button
          type="button"
          onClick={() => {
            add(isco.trim());
            setIsco('');
          }}
        >
          {t('partnerships.form.addIscoButton')}
        </button>
      </div>
    </fieldset>
  );
}

interface PartyRow {
  organisationId: string;
  role: string;
  contacts: unknown[];
}

/** Parties: an organisation and its role, per row. */
export function PartiesField(props: {
  parties: PartyRow[];
  onChange: (p: PartyRow[]) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const orgs = useApi<{ organisations: { id: string; name: string; country: string }[] }>(
    '/api/organisations',
  );
  const list = orgs.status === 'ok' ? orgs.data.organisations : [];
  const { parties, onChange } = props;
  const set = (i: number, patch: Partial<PartyRow>) =>
    onChange(parties.map((p, k) => (k === i ? { ...p, ...patch } : p)));
  return (
    <fieldset>
      <legend>{t('partnerships.form.parties')}</legend>
      {parties.map((p, i) => (
        <div key={i} className="inline-fields">
          <div className="field">
            <label htmlFor={`party-${i}-org`}>
              {t('partnerships.form.organisation', { n: i + 1 })}
            </label>
            <select
              id={`party-${i}-org`}
              value={p.organisationId}
              required
              onChange={(e) => set(i, { organisationId: e.target.value })}
            >
              <option value="">{t('partnerships.links.choose')}</option>
              {list.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.country})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`party-${i}-role`}>{t('partnerships.form.role', { n: i + 1 })}</label>
            <select
              id={`party-${i}-role`}
              value={p.role}
              onChange={(e) => set(i, { role: e.target.value })}
            >
              {PARTY_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`partnerships.roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => onChange(parties.filter((_, k) => k !== i))}>
            {t('partnerships.form.removeParty', { n: i + 1 })}
          </button>
          <FieldError id={`party-${i}-error`} reason={reasonFor(props.error, `parties.${i}`)} />
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...parties, { organisationId: '', role: 'signatory', contacts: [] }])
        }
      >
        {t('partnerships.form.addParty')}
      </button>
    </fieldset>
  );
}
