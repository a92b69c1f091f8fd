import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiRequest } from '../api/client';
import { useMe } from '../auth/auth-context';
import { Loading, ProblemMessage } from '../shell/status';
import { CountrySelect } from './country-select';
import { reasonsFor } from './field-error';
import { TextField } from './form-fields';
import { peoplePaths, peopleRoutes, type Candidate, type CandidateProfile } from './people-api';
import { ProfileAvailability } from './profile-availability';
import { ProfileConsents } from './profile-consents';
import { ProfileData } from './profile-data';
import { ProfileExperience } from './profile-experience';
import { ProfileLanguages } from './profile-languages';
import { ProfilePreferences } from './profile-preferences';
import { ProfileQualifications } from './profile-qualifications';
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
    qualifications: [],
    experience: [],
    preferences: { destinationCountries: [], tracks: [], sectors: [] },
    availability: {},
  };
}

/** The profile with every list present, whatever an older record or an import left out. */
const complete = (p: CandidateProfile): CandidateProfile => ({
  ...emptyProfile(p.name, p.residenceCountry),
  ...p,
});

/**
 * /people/profile — the candidate's own profile: identity, skills, languages, qualifications,
 * experience, availability, preferences, consent and data rights. One column, phone first.
 */
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
        setDraft(complete(candidate.profile));
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
      setDraft(complete(candidate.profile));
      setSaved(true);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const candidate = loaded.candidate;
  const identity = (
    <>
      <TextField
        id="people-name"
        label={t('people.profile.name')}
        value={draft.name}
        onChange={(name) => change({ name })}
        reason={reasonsFor(error, 'name')}
      />
      {(['residenceCountry', 'nationality'] as const).map((field) => (
        <CountrySelect
          key={field}
          id={`people-${field}`}
          label={t(`people.profile.${field}`)}
          value={draft[field]}
          onChange={(code) => change({ [field]: code })}
          reason={reasonsFor(error, field)}
        />
      ))}
    </>
  );

  return (
    <section aria-labelledby="people-profile-title" className="people-page">
      <title>{`${t('people.profile.title')} · ${t('app.name')}`}</title>
      <h1 id="people-profile-title">{t('people.profile.title')}</h1>
      {!candidate && <p>{t('people.profile.start')}</p>}
      <p>
        <Link to={peopleRoutes.importCv()}>{t('people.import.link')}</Link>
      </p>
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
      <ProfileQualifications
        qualifications={draft.qualifications}
        onChange={(qualifications) => change({ qualifications })}
        error={error}
      />
      <ProfileExperience
        experience={draft.experience}
        onChange={(experience) => change({ experience })}
        error={error}
      />
      <ProfileAvailability
        availability={draft.availability}
        onChange={(availability) => change({ availability })}
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
