import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiRequest } from '../api/client';
import { useMe } from '../auth/auth-context';
import { Loading, ProblemMessage } from '../shell/status';
import { FieldError, reasonsFor } from './field-error';
import { peoplePaths, type Candidate, type CandidateProfile } from './people-api';
import { ProfileConsents } from './profile-consents';
import { ProfileData } from './profile-data';
import { ProfileLanguages } from './profile-languages';
import { ProfilePreferences } from './profile-preferences';
import { ProfileSkills } from './profile-skills';

type Loaded = { status: 'loading' } | { status: 'ok'; candidate: Candidate | null };

const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) });

function emptyProfile(name: string, country: string): CandidateProfile {
  return {
    name,
    residenceCountry: country,
    nationality: country,
    skills: [],
    languages: [],
    preferences: { destinationCountries: [], tracks: [], sectors: [] },
  };
}

/** /people/profile — the candidate's own profile: skills, languages, preferences, consent. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [draft, setDraft] = useState<CandidateProfile | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    apiRequest<Candidate>(peoplePaths.me(), { signal: controller.signal }).then(
      (candidate) => {
        setLoaded({ status: 'ok', candidate });
        setDraft(candidate.profile);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const country = me.memberships[0]?.country ?? '';
        setLoaded({ status: 'ok', candidate: null });
        setDraft(emptyProfile(me.displayName, country));
        if (!(e instanceof ApiError && e.status === 404)) setError(asApiError(e));
      },
    );
    return () => controller.abort();
  }, [me]);

  if (loaded.status === 'loading' || !draft) return <Loading />;
  const change = (next: Partial<CandidateProfile>) => {
    setDraft({ ...draft, ...next });
    setSaved(false);
  };
  const save = async () => {
    setError(null);
    try {
      const candidate = await apiRequest<Candidate>(peoplePaths.me(), {
        method: 'PUT',
        body: draft,
      });
      setLoaded({ status: 'ok', candidate });
      setDraft(candidate.profile);
      setSaved(true);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const candidate = loaded.candidate;
  const identity = (['name', 'residenceCountry', 'nationality'] as const).map((field) => (
    <div className="field" key={field}>
      <label htmlFor={`people-${field}`}>{t(`people.profile.${field}`)}</label>
      <input
        id={`people-${field}`}
        type="text"
        value={draft[field]}
        aria-invalid={reasonsFor(error, field) ? true : undefined}
        onChange={(e) =>
          change({ [field]: field === 'name' ? e.target.value : e.target.value.toUpperCase() })
        }
      />
      <FieldError reason={reasonsFor(error, field)} />
    </div>
  ));

  return (
    <section aria-labelledby="people-profile-title" className="people-page">
      <title>{`${t('people.profile.title')} · ${t('app.name')}`}</title>
      <h1 id="people-profile-title">{t('people.profile.title')}</h1>
      {!candidate && <p>{t('people.profile.start')}</p>}
      {error && error.fields.length === 0 && <ProblemMessage error={error} />}
      <div className="people-card">{identity}</div>
      <ProfileSkills
        skills={draft.skills}
        onChange={(skills) => change({ skills })}
        error={error}
      />
      <ProfileLanguages
        languages={draft.languages}
        onChange={(languages) => change({ languages })}
        error={error}
      />
      <ProfilePreferences
        preferences={draft.preferences}
        onChange={(preferences) => change({ preferences })}
        error={error}
      />
      <p className="people-actions">
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('people.profile.save')}
        </button>{' '}
        <span role="status">{saved ? t('people.profile.saved') : ''}</span>
        {error && error.fields.length > 0 && (
          <span className="field-error" role="alert">
            {t('people.fixFields')}
          </span>
        )}
      </p>
      {candidate && (
        <>
          <ProfileConsents
            candidate={candidate}
            onChange={(c) => setLoaded({ status: 'ok', candidate: c })}
          />
          <ProfileData
            onErased={() => {
              setLoaded({ status: 'ok', candidate: null });
              setDraft(emptyProfile(me.displayName, me.memberships[0]?.country ?? ''));
            }}
          />
        </>
      )}
    </section>
  );
}
