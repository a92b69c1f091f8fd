import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, apiRequest } from '../api/client';
import { useMe } from '../auth/auth-context';
import { ProblemMessage } from '../shell/status';
import { FieldError, reasonsFor } from './field-error';
import { peoplePaths, peopleRoutes, type Programme, type ProgrammeModule } from './people-api';
import { SkillName } from './skill-name';
import { SkillSearch } from './skill-search';

const LOCATIONS = ['origin', 'destination', 'third_country', 'online'] as const;

/** One module of the programme: title, hours and the ESCO skills it teaches. */
function ModuleEditor({
  index,
  module,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  module: ProgrammeModule;
  onChange: (m: ProgrammeModule) => void;
  onRemove: () => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const at = `modules.${index}`;
  return (
    <fieldset className="people-card">
      <legend>{t('people.programme.module', { n: index + 1 })}</legend>
      <div className="field">
        <label htmlFor={`module-${index}-title`}>{t('people.programme.moduleTitle')}</label>
        <input
          id={`module-${index}-title`}
          type="text"
          value={module.title}
          onChange={(e) => onChange({ ...module, title: e.target.value })}
        />
        <FieldError reason={reasonsFor(error, `${at}.title`)} />
      </div>
      <div className="field">
        <label htmlFor={`module-${index}-hours`}>{t('people.programme.hours')}</label>
        <input
          id={`module-${index}-hours`}
          type="text"
          inputMode="numeric"
          value={String(module.hours)}
          onChange={(e) => onChange({ ...module, hours: Number(e.target.value) })}
        />
        <FieldError reason={reasonsFor(error, `${at}.hours`)} />
      </div>
      <ul className="people-list">
        {module.skills.map((uri) => (
          <li key={uri}>
            <span className="people-grow">
              <SkillName uri={uri} />
            </span>
            <button
              type="button"
              className="button"
              onClick={() =>
                onChange({ ...module, skills: module.skills.filter((s) => s !== uri) })
              }
            >
              {t('people.remove')}
            </button>
          </li>
        ))}
      </ul>
      <FieldError reason={reasonsFor(error, `${at}.skills`)} />
      <SkillSearch
        held={new Set(module.skills)}
        onAdd={(uri) => onChange({ ...module, skills: [...module.skills, uri] })}
      />
      <button type="button" className="button" onClick={onRemove}>
        {t('people.programme.removeModule')}
      </button>
    </fieldset>
  );
}

/** /people/programmes/new — a training provider publishes a programme mapped to skills. */
export function ProgrammeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const home = me.memberships.find((m) => m.role === 'trainer') ?? me.memberships[0];
  const [title, setTitle] = useState('');
  const [location, setLocation] = useState<Programme['location']>('origin');
  const [country, setCountry] = useState(home?.country ?? '');
  const [seats, setSeats] = useState('20');
  const [modules, setModules] = useState<ProgrammeModule[]>([{ title: '', skills: [], hours: 40 }]);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async () => {
    setError(null);
    try {
      await apiRequest(peoplePaths.programmes(), {
        method: 'POST',
        body: {
          title,
          providerId: home?.organisationId,
          location,
          ...(country ? { country } : {}),
          modules,
          seats: Number(seats),
        },
      });
      void navigate(peopleRoutes.programmes());
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e) }));
    }
  };
  const text = (field: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={`programme-${field}`}>{t(`people.programme.${field}`)}</label>
      <input
        id={`programme-${field}`}
        type="text"
        value={value}
        onChange={(e) => set(e.target.value)}
        aria-invalid={reasonsFor(error, field) ? true : undefined}
      />
      <FieldError reason={reasonsFor(error, field)} />
    </div>
  );

  return (
    <section aria-labelledby="people-programme-title" className="people-page">
      <title>{`${t('people.programme.new')} · ${t('app.name')}`}</title>
      <h1 id="people-programme-title">{t('people.programme.new')}</h1>
      {error && error.fields.length === 0 && <ProblemMessage error={error} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="people-card">
          {text('title', title, setTitle)}
          <div className="field">
            <label htmlFor="programme-location">{t('people.programme.location')}</label>
            <select
              id="programme-location"
              value={location}
              onChange={(e) => setLocation(e.target.value as Programme['location'])}
            >
              {LOCATIONS.map((l) => (
                <option key={l} value={l}>
                  {t(`people.locations.${l}`)}
                </option>
              ))}
            </select>
          </div>
          {text('country', country, (v) => setCountry(v.toUpperCase()))}
          {text('seats', seats, setSeats)}
        </div>
        {modules.map((m, i) => (
          <ModuleEditor
            key={i}
            index={i}
            module={m}
            error={error}
            onChange={(next) => setModules(modules.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setModules(modules.filter((_, j) => j !== i))}
          />
        ))}
        <FieldError reason={reasonsFor(error, 'modules', true)} />
        <p className="people-actions">
          <button
            type="button"
            className="button"
            onClick={() => setModules([...modules, { title: '', skills: [], hours: 40 }])}
          >
            {t('people.programme.addModule')}
          </button>{' '}
          <button type="submit" className="button primary">
            {t('people.programme.publish')}
          </button>
        </p>
      </form>
    </section>
  );
}
