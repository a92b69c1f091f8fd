import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { FieldError, reasonsFor } from './field-error';
import { TextField } from './form-fields';
import { SkillName } from './skill-name';
import { SkillSearch } from './skill-search';

/** A module as the form holds it: numbers as typed, converted when the programme is sent. */
export interface ModuleDraft {
  title: string;
  skills: string[];
  hours: string;
  cost: string;
}

/** One module of the programme: title, hours, cost and the ESCO skills it teaches. */
export function ModuleEditor({
  index,
  module,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  module: ModuleDraft;
  onChange: (m: ModuleDraft) => void;
  onRemove: () => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const at = `modules.${index}`;
  const id = `module-${index}`;
  return (
    <fieldset className="people-card">
      <legend>{t('people.programme.module', { n: index + 1 })}</legend>
      <TextField
        id={`${id}-title`}
        label={t('people.programme.moduleTitle')}
        value={module.title}
        onChange={(title) => onChange({ ...module, title })}
        reason={reasonsFor(error, `${at}.title`)}
      />
      <div className="people-pair">
        <TextField
          id={`${id}-hours`}
          numeric
          label={t('people.programme.hours')}
          value={module.hours}
          onChange={(hours) => onChange({ ...module, hours })}
          reason={reasonsFor(error, `${at}.hours`)}
        />
        <TextField
          id={`${id}-cost`}
          numeric
          label={t('people.programme.moduleCost')}
          value={module.cost}
          onChange={(cost) => onChange({ ...module, cost })}
          reason={reasonsFor(error, `${at}.cost`)}
        />
      </div>
      <ul className="people-list" aria-label={t('people.programme.moduleSkills')}>
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
