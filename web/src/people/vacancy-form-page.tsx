import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, apiRequest } from '../api/client';
import { useApi } from '../api/use-api';
import { useMe } from '../auth/auth-context';
import { OccupationCombobox, type ChosenOccupation } from '../recognition/occupation-combobox';
import { ProblemMessage } from '../shell/status';
import { FieldError, reasonsFor } from './field-error';
import { peoplePaths, peopleRoutes, TRACKS, type Track, type Vacancy } from './people-api';
import { SkillName } from './skill-name';

const CONTRACTS = ['permanent', 'fixed_term', 'seasonal', 'apprenticeship'] as const;

/** Skills suggested from the occupation, each ticked in or out of the vacancy. */
function SkillChoices({
  title,
  uris,
  chosen,
  onToggle,
}: {
  title: string;
  uris: string[];
  chosen: ReadonlySet<string>;
  onToggle: (uri: string) => void;
}) {
  if (uris.length === 0) return null;
  return (
    <fieldset className="people-choices">
      <legend>{title}</legend>
      {uris.map((uri) => (
        <label key={uri} className="people-inline">
          <input type="checkbox" checked={chosen.has(uri)} onChange={() => onToggle(uri)} />{' '}
          <SkillName uri={uri} />
        </label>
      ))}
    </fieldset>
  );
}

/** /people/vacancies/new — an employer posts a vacancy, starting from ESCO's skills. */
export function VacancyFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const home = me.memberships.find((m) => m.role === 'employer') ?? me.memberships[0];
  const [occupation, setOccupation] = useState<ChosenOccupation | null>(null);
  const [title, setTitle] = useState('');
  const [country, setCountry] = useState(home?.country ?? '');
  const [positions, setPositions] = useState('1');
  const [contractType, setContractType] = useState<Vacancy['contractType']>('fixed_term');
  const [track, setTrack] = useState<Track>('away');
  const [legalPathway, setLegalPathway] = useState('');
  const [essential, setEssential] = useState<Set<string>>(new Set());
  const [optional, setOptional] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const suggestions = useApi<{ essential: string[]; optional: string[] }>(
    occupation ? peoplePaths.skillSuggestions(occupation.uri) : null,
  );
  const suggested =
    suggestions.status === 'ok' ? suggestions.data : { essential: [], optional: [] };
  const toggle = (set: Set<string>, save: (s: Set<string>) => void) => (uri: string) => {
    const next = new Set(set);
    if (!next.delete(uri)) next.add(uri);
    save(next);
  };

  const submit = async () => {
    setError(null);
    try {
      await apiRequest(peoplePaths.vacancies(), {
        method: 'POST',
        body: {
          title,
          employerId: home?.organisationId,
          occupationUri: occupation?.uri ?? '',
          essentialSkills: [...essential],
          optionalSkills: [...optional],
          country,
          positions: Number(positions),
          contractType,
          track,
          ...(legalPathway.trim() ? { legalPathway: legalPathway.trim() } : {}),
        },
      });
      void navigate(peopleRoutes.vacancies());
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    }
  };

  const text = (id: string, field: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{t(`people.vacancy.${field}`)}</label>
      <input
        id={id}
        type="text"
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={reasonsFor(error, field) ? true : undefined}
      />
      <FieldError reason={reasonsFor(error, field)} />
    </div>
  );

  return (
    <section aria-labelledby="people-vacancy-title" className="people-page">
      <title>{`${t('people.vacancy.new')} · ${t('app.name')}`}</title>
      <h1 id="people-vacancy-title">{t('people.vacancy.new')}</h1>
      {error && error.fields.length === 0 && <ProblemMessage error={error} />}
      <form
        className="people-card"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {text('vacancy-title', 'title', title, setTitle)}
        <OccupationCombobox
          id="vacancy-occupation"
          label={t('people.vacancy.occupation')}
          value={occupation}
          onChange={(o) => {
            setOccupation(o);
            setEssential(new Set());
            setOptional(new Set());
            if (o && !title) setTitle(o.label);
          }}
          error={reasonsFor(error, 'occupationUri')}
        />
        {suggestions.status === 'ok' && (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => setEssential(new Set(suggested.essential))}
            >
              {t('people.vacancy.takeEssentials')}
            </button>
          </p>
        )}
        <SkillChoices
          title={t('people.vacancy.essentialSkills')}
          uris={suggested.essential}
          chosen={essential}
          onToggle={toggle(essential, setEssential)}
        />
        <FieldError reason={reasonsFor(error, 'essentialSkills')} />
        <SkillChoices
          title={t('people.vacancy.optionalSkills')}
          uris={suggested.optional}
          chosen={optional}
          onToggle={toggle(optional, setOptional)}
        />
        <FieldError reason={reasonsFor(error, 'optionalSkills')} />
        {text('vacancy-country', 'country', country, (v) => setCountry(v.toUpperCase()))}
        {text('vacancy-positions', 'positions', positions, setPositions)}
        <div className="field">
          <label htmlFor="vacancy-contract">{t('people.vacancy.contractType')}</label>
          <select
            id="vacancy-contract"
            value={contractType}
            onChange={(e) => setContractType(e.target.value as Vacancy['contractType'])}
          >
            {CONTRACTS.map((c) => (
              <option key={c} value={c}>
                {t(`people.contracts.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="vacancy-track">{t('people.vacancy.track')}</label>
          <select
            id="vacancy-track"
            value={track}
            onChange={(e) => setTrack(e.target.value as Track)}
          >
            {TRACKS.map((tr) => (
              <option key={tr} value={tr}>
                {t(`people.tracks.${tr}`)}
              </option>
            ))}
          </select>
        </div>
        {text('vacancy-pathway', 'legalPathway', legalPathway, setLegalPathway)}
        <button type="submit" className="button primary">
          {t('people.vacancy.post')}
        </button>
      </form>
    </section>
  );
}
