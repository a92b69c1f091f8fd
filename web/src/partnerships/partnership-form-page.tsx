import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { Loaded, ProblemMessage } from '../shell/status';
import { FieldError, InputField, reasonFor, useSubmission } from './form-support';
import { CorridorsField, PartiesField, PrioritiesField, TRACKS } from './partnership-form-fields';
import {
  partnershipPaths,
  partnershipRoutes,
  type Corridor,
  type Dashboard,
  type Track,
} from './partnerships-api';

const TYPES = ['bilateral', 'multilateral', 'city_to_city', 'regional'] as const;
const STATUSES = ['idea', 'draft', 'negotiation', 'active', 'suspended', 'ended'] as const;

/** A partnership as the create and replace routes take it (partnershipDraftSchema). */
export interface Draft {
  title: string;
  type: string;
  status: string;
  summary: string;
  startsOn: string | null;
  endsOn: string | null;
  corridors: Corridor[];
  occupations: string[];
  tracks: Track[];
  quotas: Dashboard['partnership']['quotas'] & { minimumScore?: number };
  commitments: Dashboard['partnership']['commitments'];
  parties: { organisationId: string; role: string; contacts: unknown[] }[];
}

const emptyDraft: Draft = {
  title: '',
  type: 'bilateral',
  status: 'draft',
  summary: '',
  startsOn: null,
  endsOn: null,
  corridors: [{ origin: '', destination: '', originCities: [], destinationCities: [] }],
  occupations: [],
  tracks: ['away'],
  quotas: {
    cohortSize: null,
    trackShares: {},
    minWomenShare: null,
    perOccupation: [],
    perRegion: [],
  },
  commitments: [],
  parties: [],
};

/** The stored partnership as a draft to edit (party contacts kept as they are). */
function draftOf(p: Dashboard['partnership']): Draft {
  const parties = p.parties as unknown as {
    organisationId: string;
    role: string;
    contacts?: unknown[];
  }[];
  return {
    ...emptyDraft,
    ...p,
    parties: parties.map((x) => ({
      organisationId: x.organisationId,
      role: x.role,
      contacts: x.contacts ?? [],
    })),
  };
}

const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

/** Cohort size, minimum score, women's share, shares per track and caps per priority occupation. */
function QuotaFields({
  draft,
  set,
  error,
}: {
  draft: Draft;
  set: (d: Draft) => void;
  error: ReturnType<typeof useSubmission>['error'];
}) {
  const { t } = useTranslation();
  const q = draft.quotas;
  const quotas = (patch: Partial<Draft['quotas']>) => set({ ...draft, quotas: { ...q, ...patch } });
  const capOf = (o: string) => q.perOccupation.find((c) => c.occupation === o)?.max;
  const setCap = (o: string, v: string) => {
    const rest = q.perOccupation.filter((c) => c.occupation !== o);
    quotas({
      perOccupation: v.trim() === '' ? rest : [...rest, { occupation: o, max: Number(v) }],
    });
  };
  return (
    <fieldset>
      <legend>{t('partnerships.quotas')}</legend>
      <InputField
        id="quota-cohort"
        type="number"
        label={t('partnerships.cohortSize')}
        value={q.cohortSize?.toString() ?? ''}
        onChange={(v) => quotas({ cohortSize: numberOrNull(v) })}
        reason={reasonFor(error, 'quotas.cohortSize')}
      />
      <InputField
        id="quota-minimum-score"
        type="number"
        label={t('partnerships.form.minimumScore')}
        hint={t('partnerships.form.minimumScoreHint')}
        value={q.minimumScore?.toString() ?? ''}
        onChange={(v) => {
          const n = numberOrNull(v);
          const { minimumScore: _m, ...others } = q;
          set({ ...draft, quotas: n === null ? others : { ...others, minimumScore: n } });
        }}
        reason={reasonFor(error, 'quotas.minimumScore')}
      />
      <InputField
        id="quota-women"
        type="number"
        label={t('partnerships.minWomenShare')}
        value={q.minWomenShare?.toString() ?? ''}
        onChange={(v) => quotas({ minWomenShare: numberOrNull(v) })}
        reason={reasonFor(error, 'quotas.minWomenShare')}
      />
      {draft.tracks.map((tr) => (
        <InputField
          key={tr}
          id={`quota-share-${tr}`}
          type="number"
          label={t('partnerships.form.trackShare', { track: t(`partnerships.trackNames.${tr}`) })}
          value={q.trackShares[tr]?.toString() ?? ''}
          onChange={(v) => {
            const shares = { ...q.trackShares };
            const n = numberOrNull(v);
            if (n === null) delete shares[tr];
            else shares[tr] = n;
            quotas({ trackShares: shares });
          }}
          reason={reasonFor(error, `quotas.trackShares.${tr}`)}
        />
      ))}
      {draft.occupations.map((o) => (
        <InputField
          key={o}
          id={`quota-cap-${o}`}
          type="number"
          label={t('partnerships.form.cap', { occupation: o })}
          value={capOf(o)?.toString() ?? ''}
          onChange={(v) => setCap(o, v)}
          reason={undefined}
        />
      ))}
      <FieldError id="quota-caps-error" reason={reasonFor(error, 'quotas.perOccupation')} />
    </fieldset>
  );
}

/** Name, summary, type, status and dates. */
function TermsFields({
  draft,
  set,
  error,
}: {
  draft: Draft;
  set: (draft: Draft) => void;
  error: ReturnType<typeof useSubmission>['error'];
}) {
  const { t } = useTranslation();
  const field = (key: 'title' | 'summary') => (v: string) => set({ ...draft, [key]: v });
  return (
    <>
      <InputField
        id="partnership-title"
        label={t('partnerships.form.name')}
        value={draft.title}
        onChange={field('title')}
        reason={reasonFor(error, 'title')}
        required
      />
      <InputField
        id="partnership-summary"
        label={t('partnerships.form.summary')}
        value={draft.summary}
        onChange={field('summary')}
        reason={reasonFor(error, 'summary')}
      />
      <div className="field">
        <label htmlFor="partnership-type">{t('partnerships.type')}</label>
        <select
          id="partnership-type"
          value={draft.type}
          onChange={(e) => set({ ...draft, type: e.target.value })}
        >
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`partnerships.types.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="partnership-status">{t('partnerships.status')}</label>
        <select
          id="partnership-status"
          value={draft.status}
          onChange={(e) => set({ ...draft, status: e.target.value })}
        >
          {STATUSES.map((x) => (
            <option key={x} value={x}>
              {t(`partnerships.statuses.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <InputField
        id="partnership-starts"
        type="date"
        label={t('partnerships.form.startsOn')}
        value={draft.startsOn ?? ''}
        onChange={(v) => set({ ...draft, startsOn: v || null })}
        reason={reasonFor(error, 'startsOn')}
      />
      <InputField
        id="partnership-ends"
        type="date"
        label={t('partnerships.form.endsOn')}
        value={draft.endsOn ?? ''}
        onChange={(v) => set({ ...draft, endsOn: v || null })}
        reason={reasonFor(error, 'endsOn')}
      />
    </>
  );
}

/** The home and away tracks the partnership runs. */
function TracksField({
  tracks,
  onChange,
}: {
  tracks: Draft['tracks'];
  onChange: (tracks: Draft['tracks']) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('partnerships.tracks')}</legend>
      {TRACKS.map((tr) => (
        <label key={tr} className="checkbox">
          <input
            type="checkbox"
            checked={tracks.includes(tr)}
            onChange={(e) =>
              onChange(e.target.checked ? [...tracks, tr] : tracks.filter((x) => x !== tr))
            }
          />{' '}
          {t(`partnerships.trackNames.${tr}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The whole form; `id` given → replace that partnership, else create one. */
function PartnershipForm({ initial, id }: { initial: Draft; id?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, set] = useState<Draft>(initial);
  const { error, busy, run } = useSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const saved = await apiRequest<{ partnership: { id: string } }>(
        id ? partnershipPaths.dashboard(id) : partnershipPaths.list(),
        { method: id ? 'PUT' : 'POST', body: draft },
      );
      await navigate(partnershipRoutes.dashboard(saved.partnership.id));
    });
  };
  const title = id ? t('partnerships.form.editTitle') : t('partnerships.form.createTitle');
  return (
    <article aria-labelledby="partnership-form-title" className="partnership-forms">
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1 id="partnership-form-title">{title}</h1>
      <form onSubmit={submit} className="stacked-form" noValidate>
        <TermsFields draft={draft} set={set} error={error} />
        <CorridorsField
          corridors={draft.corridors}
          onChange={(corridors) => set({ ...draft, corridors })}
          error={error}
        />
        <TracksField tracks={draft.tracks} onChange={(tracks) => set({ ...draft, tracks })} />
        <PrioritiesField
          occupations={draft.occupations}
          onChange={(occupations) =>
            set({
              ...draft,
              occupations,
              quotas: {
                ...draft.quotas,
                perOccupation: draft.quotas.perOccupation.filter((c) =>
                  occupations.includes(c.occupation),
                ),
              },
            })
          }
          error={error}
        />
        <QuotaFields draft={draft} set={set} error={error} />
        <PartiesField
          parties={draft.parties}
          onChange={(parties) => set({ ...draft, parties })}
          error={error}
        />
        {error && <ProblemMessage error={error} />}
        <button type="submit" disabled={busy}>
          {id ? t('partnerships.form.save') : t('partnerships.form.create')}
        </button>
      </form>
    </article>
  );
}

/** /partnerships/new — create a partnership (coordinators). */
export function PartnershipCreatePage() {
  return <PartnershipForm initial={emptyDraft} />;
}

/** /partnerships/:id/edit — change a partnership's terms, parties and quotas (its coordinators). */
export function PartnershipEditPage() {
  const { id = '' } = useParams();
  const state = useApi<Dashboard>(partnershipPaths.dashboard(id));
  return (
    <Loaded state={state}>
      {(d) => <PartnershipForm initial={draftOf(d.partnership)} id={id} />}
    </Loaded>
  );
}
